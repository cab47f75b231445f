"""Every language version has its Hỏi - Đáp, its login and its portal's contact (issue 12, point 4): a visitor
of /en asks in English and tracks the answer there; a component portal links to its own versions."""

from __future__ import annotations

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY
from hpportal.demo.build import build_demo
from hpportal.qa.models import Question


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The demo as ``make serve`` makes it: built, then upgraded."""
    app = testing.make_app(testing.settings_for(tmp_path_factory.mktemp("versions") / "var"))
    testing.populate(app, lambda root, registry: build_demo(root, registry))
    testing.populate(app, lambda root, registry: upgrade(root[ROOT_KEY], registry))
    yield app
    testing.database(app).close()


def ask(browser, path: str, title: str):
    form = browser.get(path).forms["ask-form"]
    values = {
        "full_name": "John Smith",
        "citizen_id": "031085001234",
        "address": "5 Lach Tray, Gia Vien ward",
        "phone": "0912345678",
        "email": "john.smith@example.com",
        "field": "xay-dung",
        "title": title,
        "text": "Which papers do I need to register a foreign-owned company's office in Hai Phong?",
        "consent": True,
    }
    for key, value in values.items():
        form[key] = value
    return form.submit("send")


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/en/hoi-dap/ask", "Ask a question"), ("/so-xay-dung/zh/hoi-dap/ask", "提问"), ("/ja/hoi-dap/ask", None)],
)
def test_every_language_version_has_its_question_form_in_its_language(served, path, heading):
    page = TestApp(served).get(path)
    language = path.split("/")[-3]
    assert f'<html lang="{language}"' in page.text
    assert "ask-form" in page.forms
    if heading:
        assert heading in page.html.select_one("h1").text


def test_a_visitor_asks_in_english_and_tracks_the_answer_in_english(served):
    visitor = TestApp(served)
    sent = ask(visitor, "/en/hoi-dap/ask", "Registering a company office").follow()
    assert sent.request.path.startswith("/en/hoi-dap/")
    assert '<html lang="en"' in sent.text
    (code,) = testing.read_site(
        served,
        lambda site: [
            q.code
            for q in site["en"]["hoi-dap"].values()
            if isinstance(q, Question) and q.title.startswith("Registering")
        ],
    )
    assert code in sent.text
    form = visitor.get("/en/hoi-dap/track").forms["track-form"]
    form["code"], form["contact"] = code, "john.smith@example.com"
    tracked = form.submit()
    assert '<html lang="en"' in tracked.text and "Registering a company office" in tracked.text


def test_a_component_portal_links_to_its_own_language_versions(served):
    links = TestApp(served).get("/so-xay-dung/").html.select("nav.languages a")
    hrefs = {link["hreflang"]: link["href"] for link in links}
    assert set(hrefs) == {"vi", "en", "zh", "ko", "ja"}
    for code in ("zh", "ko", "ja"):
        assert hrefs[code] == f"http://localhost/so-xay-dung/{code}/"
        page = TestApp(served).get(hrefs[code])
        assert "Sở Xây dựng" in page.html.select_one("footer").text  # the portal's contact, not the city's


@pytest.mark.parametrize("path", ["/en/login", "/so-xay-dung/ko/login"])
def test_every_language_version_has_its_login(served, path):
    page = TestApp(served).get(path)
    language = path.split("/")[-2]
    assert f'<html lang="{language}"' in page.text
    assert "password" in page.forms["deform"].fields


def test_the_login_link_of_a_language_version_opens_its_login(served):
    page = TestApp(served).get("/en/")
    link = page.html.select_one(".login-link a")["href"]
    assert link.startswith("http://localhost/en/login?came_from=")
    assert '<html lang="en"' in TestApp(served).get(link).text
