"""Browser tests: Playwright drives Debian's Chromium against the real app served by waitress.

Chromium missing is a failure, never a skip: ``.ci/run`` installs it.
"""

from __future__ import annotations

import threading

import pytest
from playwright.sync_api import expect
from waitress.server import create_server
from webtest import TestApp

from hpportal import testing
from hpportal.news.models import NewsArticle, Section

CHROMIUM = "/usr/bin/chromium"
ARTICLES = {
    "xe-buyt-dien": (
        "Hải Phòng khai trương tuyến xe buýt điện",
        "<p>Tuyến xe buýt điện đầu tiên nối trung tâm với Đồ Sơn.</p>",
    ),
    "hop-tac-du-lich": (
        "Đà Nẵng và Hải Phòng hợp tác du lịch",
        "<p>Hai thành phố ký kết chương trình hợp tác phát triển du lịch biển.</p>",
    ),
}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


def _news(root, registry):
    site = root["hpportal"]
    site.add("tin-tuc", Section(title="Tin tức"), registry=registry)
    for name, (title, body) in ARTICLES.items():
        site["tin-tuc"].add(name, NewsArticle(title=title, description=title + ".", body=body), registry=registry)
        testing.publish(site["tin-tuc"][name], registry)


@pytest.fixture
def live_server(app):
    """The base URL of the app (portal + admin + two articles) served by waitress on a free port."""
    testing.populate(app, _news)
    # Render each kind of page once first: on a cold, loaded machine compiling the templates
    # takes longer than a browser should wait for one page.
    warm = TestApp(app)
    for url in ("/", "/tin-tuc/", "/tin-tuc/xe-buyt-dien/", "/search?q=x", "/login"):
        warm.get(url)
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


@pytest.fixture
def page(page):
    # The first render of a page compiles its templates: give a slow machine time.
    page.set_default_timeout(120_000)
    page.set_default_navigation_timeout(120_000)
    expect.set_options(timeout=30_000)
    return page
