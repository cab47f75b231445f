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


def public_pages(shipped) -> dict[str, str]:
    """name -> URL of one public page of each type, in the five languages."""
    browser = TestApp(shipped.app)
    section = first_link(browser, "/", ".main-nav a[href$='/tin-tuc/']")
    en_home = shipped.url + "/en/"
    pages = {
        "home": shipped.url + "/",
        "component-home": shipped.url + "/so-xay-dung/",
        "section": section,
        "article": first_link(browser, section, ".teaser h2 a"),
        "page": first_link(browser, shipped.url + "/gioi-thieu/", ".teaser h2 a"),
        "documents": shipped.url + "/van-ban-tai-lieu/",
        "search": shipped.url + "/search?q=hai+phong",
        "qa": shipped.url + "/hoi-dap/",
        "ask": shipped.url + "/hoi-dap/ask",
        "track": shipped.url + "/hoi-dap/track",
        "login": shipped.url + "/login",
        "not-found": shipped.url + "/khong-co-trang-nay",
        "home-en": en_home,
        "article-en": first_link(browser, en_home, ".teaser h3 a, .teaser h2 a"),
        "search-en": shipped.url + "/en/search?q=port",
        "component-home-en": shipped.url + "/so-xay-dung/en/",
    }
    for code in ("zh", "ko", "ja"):
        pages[f"home-{code}"] = f"{shipped.url}/{code}/"
    question = browser.get(pages["qa"]).html.select_one("main a[href*='/hoi-dap/'][href$='/']:not([href$='/hoi-dap/'])")
    if question is not None:
        pages["question"] = question["href"]
    pages["drafts"] = shipped.url + "/van-ban/drafts"
    pages["draft"] = first_link(browser, "/van-ban/", ".open-drafts li a")  # open: with the comment form
    pages["draft-closed"] = first_link(browser, "/van-ban/drafts", ".drafts-closed li a")  # with its summary
    return {name: url.replace("http://localhost", shipped.url) for name, url in pages.items()}


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
    }
