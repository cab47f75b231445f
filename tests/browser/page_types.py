"""One page of each type of the shipped portal, public and management, for the checks every page must pass.

The checks (HTML validity, axe, keyboard, reflow) run over these lists. A page type added to the
portal belongs here. Addresses are found the way a visitor finds them (the first link of a listing),
so the lists follow the demo content.
"""

from __future__ import annotations

from pathlib import Path

from webtest import TestApp

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import SITE_MANAGER

REPO = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "var" / "screenshots"
#: This module's own Site Manager of the city (second factor enrolled): the management pages are seen as them.
MANAGER = "giao-dien-qt"


def tool(path: Path) -> Path:
    """A tool from the npm registry: `make test` installs them (``npm ci``)."""
    assert path.exists(), f"{path} is missing: run `make node` (npm ci) first"
    return path


def first_link(browser: TestApp, url: str, selector: str) -> str:
    page = browser.get(url)
    link = page.html.select_one(selector)
    assert link is not None, f"no {selector} on {url}"
    return link["href"]


#: The language versions beside Vietnamese: each has the page types a citizen opens in Vietnamese.
OTHER_LANGUAGES = ("en", "zh", "ko", "ja")
#: The page types of every language version.
LANGUAGE_TYPES = ("home", "component-home", "section", "article", "page", "search", "qa", "ask", "track", "login",
                  "not-found")  # fmt: skip
#: The page types only the Vietnamese portal has (the documents database, the published questions).
VIETNAMESE_TYPES = ("documents", "documents-filtered", "documents-by-number", "document", "drafts", "draft",
                    "draft-closed", "qa-component", "question", "procedures", "procedures-filtered", "procedure",
                    "procedure-not-online", "dialogues", "dialogue", "dialogue-record", "dialogue-ask")  # fmt: skip
#: Every public page type, by name: the Vietnamese ones bare, the others with ``-en``, ``-zh`` …
PUBLIC_TYPES = (
    LANGUAGE_TYPES + VIETNAMESE_TYPES + tuple(f"{name}-{code}" for code in OTHER_LANGUAGES for name in LANGUAGE_TYPES)
)
#: The pages answered with 404 on purpose.
NOT_FOUND = tuple(name for name in PUBLIC_TYPES if name.startswith("not-found"))


def public_pages(shipped) -> dict[str, str]:
    """name -> URL of one public page of each type, in the five languages (``-en``, ``-zh`` … for the others)."""
    browser = TestApp(shipped.app)
    pages = language_pages(browser, shipped.url, "")
    pages["component-home"] = shipped.url + "/so-xay-dung/"
    documents = shipped.url + "/van-ban/"
    pages["documents"] = documents
    pages["documents-filtered"] = documents + "?field=y-te&validity=con-hieu-luc"
    pages["documents-by-number"] = documents + "?q=204%2F2025%2FQ%C4%90-UBND"
    pages["document"] = first_link(browser, pages["documents-by-number"], ".documents-list a")
    pages["drafts"] = documents + "drafts"
    pages["draft"] = first_link(browser, documents, ".open-drafts li a")  # open: with the comment form
    pages["draft-closed"] = first_link(browser, documents + "drafts", ".drafts-closed li a")  # with its summary
    for code in OTHER_LANGUAGES:
        for name, url in language_pages(browser, shipped.url, f"/{code}").items():
            pages[f"{name}-{code}"] = url
        pages[f"component-home-{code}"] = f"{shipped.url}/so-xay-dung/{code}/"
    pages["qa-component"] = shipped.url + "/so-xay-dung/hoi-dap/"
    pages["question"] = first_link(browser, pages["qa-component"], ".qa-list a")
    procedures = shipped.url + "/dich-vu-cong/"
    pages["procedures"] = procedures
    pages["procedures-filtered"] = procedures + "?q=giay+phep&level=thanh-pho&online=toan-trinh"
    pages["procedure"] = first_link(browser, procedures + "?q=1004227", ".procedures-list tbody a")
    pages["procedure-not-online"] = first_link(browser, procedures + "?online=khong", ".procedures-list tbody a")
    pages["dialogues"] = shipped.url + "/doi-thoai/"
    pages["dialogue"] = first_link(browser, pages["dialogues"], ".dialogues-coming a")
    pages["dialogue-record"] = first_link(browser, pages["dialogues"], ".dialogues-archive a")
    pages["dialogue-ask"] = pages["dialogue"] + "ask"
    assert set(pages) == set(PUBLIC_TYPES), set(pages) ^ set(PUBLIC_TYPES)
    return {name: url.replace("http://localhost", shipped.url) for name, url in pages.items()}


def language_pages(browser: TestApp, base: str, prefix: str) -> dict[str, str]:
    """The page types of one language version (``prefix`` is ``""`` for Vietnamese, else ``"/en"`` …)."""
    home = f"{base}{prefix}/"
    section = first_link(browser, home, ".main-nav a[href$='/tin-tuc/']")
    return {
        "home": home,
        "section": section,
        "article": first_link(browser, section, ".teaser h2 a, .teaser h3 a"),
        "page": first_link(browser, f"{base}{prefix}/gioi-thieu/", ".teaser h2 a, .teaser h3 a"),
        "search": f"{base}{prefix}/search?q=hai+phong",
        "qa": f"{base}{prefix}/hoi-dap/",
        "ask": f"{base}{prefix}/hoi-dap/ask",
        "track": f"{base}{prefix}/hoi-dap/track",
        "login": f"{base}{prefix}/login",
        "not-found": f"{base}{prefix}/khong-co-trang-nay",
    }


def add_manager(shipped) -> None:
    """This module's own city Site Manager, made once in the shipped portal."""

    def build(root, registry):
        principals = root[ROOT_KEY].principals
        if principals.by_login(MANAGER) is not None:
            return
        user = User(MANAGER, "Quản trị giao diện", email=f"{MANAGER}@haiphong.gov.vn", password=testing.BOARD_PASSWORD)
        user.roles = frozenset({SITE_MANAGER})
        user.totp_secret = testing.BOARD_TOTP
        principals.add_user(user)

    testing.populate(shipped.app, build)


def manager_browser(shipped) -> TestApp:
    add_manager(shipped)
    browser = TestApp(shipped.app, extra_environ={"HTTP_HOST": shipped.url.removeprefix("http://")})
    testing.login(browser, MANAGER, testing.BOARD_PASSWORD, totp=testing.BOARD_TOTP)
    return browser


def management_pages(shipped, browser: TestApp) -> dict[str, str]:
    """name -> path of one management page of each type, as the city's Site Manager sees them."""
    section = "/tin-tuc/"
    article = first_link(browser, section, ".teaser h2 a").replace(shipped.url, "")
    return {
        "contents": section + "contents",
        "add-article": section + "add?type=NewsArticle",
        "edit-article": article + "edit",
        "history": article + "history",
        "sharing": section + "sharing",
        "my-work": "/my-work",
        "users": "/users",
        "groups": "/groups",
        "profile": "/profile",
        "qa-board": "/hoi-dap/",
        "draft-comments": first_link(browser, "/van-ban/", ".open-drafts li a").replace(shipped.url, "") + "comments",
        "edit-portal": "/edit",
        "documents-board": "/van-ban/",
        "add-document": "/van-ban/add?type=LegalDocument",
        "procedures-import": "/dich-vu-cong/import",
        "add-procedure": "/dich-vu-cong/add?type=Procedure",
        "inbox": "/tiep-nhan/",
        "inbox-upload": "/tiep-nhan/upload",
        "inbox-record": "/tiep-nhan/record",
        "add-dialogue": "/doi-thoai/add?type=Dialogue",
        "dialogue-moderation": "/doi-thoai/chuyen-doi-so-dich-vu-cong/moderate",
        "dialogue-script": "/doi-thoai/chuyen-doi-so-dich-vu-cong/script",
    }
