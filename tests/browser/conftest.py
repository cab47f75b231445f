"""Browser tests: Playwright drives Debian's Chromium against the real app served by waitress.

Chromium missing is a failure, never a skip: ``.ci/run`` installs it.
"""

from __future__ import annotations

import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pyramid.paster import get_appsettings
from waitress.server import create_server
from webtest import TestApp

from hpportal import testing
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY
from hpportal.demo.build import build_demo
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
def serve():
    """``serve(app, warm_urls)``: the base URL of ``app`` served by waitress on a free port (stopped after the test).

    Each of ``warm_urls`` is rendered once first: on a cold, loaded machine compiling the templates
    takes longer than a browser should wait for one page.
    """
    servers = []

    def start(app, warm_urls) -> str:
        warm = TestApp(app)
        for url in warm_urls:
            warm.get(url)
        server = create_server(app, host="127.0.0.1", port=0, threads=4)
        threading.Thread(target=server.run, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.effective_port}"

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def live_server(app, serve):
    """The base URL of the app (portal + admin + two articles) served by waitress on a free port."""
    testing.populate(app, _news)
    return serve(app, ("/", "/tin-tuc/", "/tin-tuc/xe-buyt-dien/", "/search?q=x", "/login"))


@pytest.fixture
def boards_copy(tmp_path, boards_database):
    """A copy of the boards database (``testing.two_portals``): the directory to make an app on."""
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    return directory


@pytest.fixture
def new_page(browser):
    """``new_page()``: a page in a fresh browser context (its own cookies: another person)."""
    contexts = []

    def make():
        context = browser.new_context(locale="vi-VN")
        context.set_default_timeout(120_000)
        context.set_default_navigation_timeout(120_000)
        contexts.append(context)
        return context.new_page()

    expect.set_options(timeout=30_000)
    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(page):
    # The first render of a page compiles its templates: give a slow machine time.
    page.set_default_timeout(120_000)
    page.set_default_navigation_timeout(120_000)
    expect.set_options(timeout=30_000)
    return page


# -- the portal as shipped: what `make serve` serves, for the journey tests ------------------------

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Shipped:
    """The demo city served with ``development.ini``'s settings (page cache on, four threads)."""

    url: str
    app: object
    logins: dict[str, tuple[str, str]]  # login -> (password, role), as `make serve` prints them
    mailbox: object  # the test SMTP server's mailbox: where the portal's mail goes
    var: Path
    #: login -> the TOTP secret enrolled at its first login (``board_pages.sign_in`` keeps it here), so
    #: that a later test logging in as the same Administrator or Site Manager can give a code.
    totp: dict[str, str] = field(default_factory=dict)

    def password(self, login: str) -> str:
        return self.logins[login][0]


def shipped_settings(var: Path, smtp_port: int) -> dict:
    """``development.ini``'s settings, with every file under the checkout's ``var/`` moved to ``var``
    and the mail sent to the test SMTP server. Nothing else differs from what `make serve` runs."""
    settings = dict(get_appsettings(str(REPO / "development.ini")))
    here_var = str(REPO / "var")
    settings = {key: value.replace(here_var, str(var)) if isinstance(value, str) else value
                for key, value in settings.items()}  # fmt: skip
    settings["mail.host"] = "127.0.0.1"
    settings["mail.port"] = str(smtp_port)
    return settings


@pytest.fixture(scope="session")
def shipped(tmp_path_factory, smtp_server):
    """The demo city as `make serve` serves it, shared by the journey tests of the session.

    It is one running portal, as a reviewer would use it: tests change it (a question asked, an
    article approved), so each test works on its own items and never relies on another's changes.
    """
    var = tmp_path_factory.mktemp("shipped") / "var"
    var.mkdir()
    app = testing.make_app(shipped_settings(var, smtp_server.port))
    logins = []
    testing.populate(app, lambda root, registry: logins.extend(build_demo(root, registry)))
    testing.populate(app, lambda root, registry: upgrade(root[ROOT_KEY], registry))
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    yield Shipped(
        url=f"http://127.0.0.1:{server.effective_port}",
        app=app,
        logins={login: (password, role) for login, password, role in logins},
        mailbox=smtp_server.mailbox,
        var=var,
    )
    server.close()
    testing.database(app).close()
