"""A component portal created through the web: its starter sections, language versions and five board
groups; unlisted (seen only by its board) until its Site Manager opens it; its creation in the audit log."""

from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.boards import BOARD_ROLES, board_of, create_board
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY, SubPortal
from hpportal.core.security import APPROVER, COLLABORATOR, EDITOR, RESPONDER, SITE_MANAGER
from hpportal.qa.models import agencies

STARTERS = ["gioi-thieu", "tin-tuc", "van-ban", "hoi-dap", "doi-thoai", "lien-he"]


def open_site(app):
    conn = testing.database(app).open()
    return conn, conn.root()[ROOT_KEY]


def create(manager, title="Phường Hồng Bàng"):
    form = manager.get("/add?type=SubPortal").forms["add-form"]
    form["title"] = title
    return form.submit("save").follow()


def test_a_new_portal_has_its_starter_sections_language_versions_and_five_groups(boards_app, browser_as):
    home = create(browser_as("quantri-tp"))
    conn, site = open_site(boards_app)
    portal = site["phuong-hong-bang"]
    assert [name for name in portal.keys() if name in STARTERS] == STARTERS
    assert [portal[name].title for name in STARTERS] == [
        "Giới thiệu",
        "Tin tức",
        "Văn bản",
        "Hỏi - Đáp",
        "Đối thoại trực tuyến",
        "Liên hệ",
    ]
    assert portal["hoi-dap"].type_name == "QASection"
    assert "Phường Hồng Bàng" in portal["lien-he"]["thong-tin-lien-he"].body
    assert [portal[code]["gioi-thieu"].title for code in ("en", "zh", "ko", "ja")] == ["About", "简介", "소개", "紹介"]
    board = board_of(portal, site.principals)
    assert set(board) == {APPROVER, EDITOR, COLLABORATOR, SITE_MANAGER, RESPONDER}
    assert board[RESPONDER].title == "Cơ quan trả lời — Phường Hồng Bàng"
    conn.close()
    # Its language links go to its own versions, never to the city's.
    switcher = {a.get_text(): a["href"] for a in home.html.select(".languages a, [hreflang]") if a.get("href")}
    for name, code in (("English", "en"), ("中文", "zh"), ("한국어", "ko"), ("日本語", "ja")):
        assert switcher.get(name, "").startswith(f"http://localhost/phuong-hong-bang/{code}"), switcher


def test_a_new_portal_is_unlisted_until_its_site_manager_opens_it(boards_app, browser_as):
    manager = browser_as("quantri-tp")
    home = create(manager)
    public = TestApp(boards_app)
    assert public.get("/phuong-hong-bang/", expect_errors=True).status_int in (303, 403, 404)
    assert "Phường Hồng Bàng" not in public.get("/").text
    assert "localhost/phuong-hong-bang" not in public.get("/search", {"q": "Phường Hồng Bàng"}).text
    conn, site = open_site(boards_app)
    assert "Phường Hồng Bàng" not in [a.title for a in agencies(site)]  # not offered for routing
    conn.close()
    entries = [e for e in site_audit(boards_app) if e.action == audit.PORTAL_ADDED]
    assert [(e.actor, e.target) for e in entries] == [("quantri-tp", "/phuong-hong-bang")]

    # Its board sees it, told that it is not open yet, with the action to open it.
    notice = home.html.select_one(".portal-closed").get_text()
    assert "chưa mở" in notice
    opened = home.forms["open-portal-form"].submit().follow()
    assert "đã mở cho công chúng" in opened.text and opened.html.select_one(".portal-closed") is None

    page = public.get("/phuong-hong-bang/")
    menu = [a.get_text().strip() for a in page.html.select("nav a")]
    assert {"Giới thiệu", "Tin tức", "Văn bản", "Hỏi - Đáp", "Liên hệ"} <= set(menu), menu
    assert "Phường Hồng Bàng" in public.get("/").text
    assert public.get("/phuong-hong-bang/hoi-dap/").status_int == 200
    conn, site = open_site(boards_app)
    assert "Phường Hồng Bàng" in [a.title for a in agencies(site)]
    conn.close()
    assert [e.target for e in site_audit(boards_app) if e.action == audit.PORTAL_OPENED] == ["/phuong-hong-bang"]


def test_only_its_managers_open_a_portal(boards_app, browser_as):
    create(browser_as("quantri-tp"))
    editor = browser_as("so-a-qt")  # the Site Manager of another portal
    token = editor.get("/so-a/").html.find("input", attrs={"name": "csrf_token"})["value"]
    editor.post("/phuong-hong-bang/open-portal", {"csrf_token": token}, status=403)
    assert "Phường Hồng Bàng" not in TestApp(boards_app).get("/").text


def site_audit(app):
    conn, site = open_site(app)
    try:
        return list(site.audit.entries())
    finally:
        conn.close()


def test_upgrade_gives_older_portals_their_missing_starter_sections_and_groups(boards_app):
    def older_portal(root, registry):
        site = root[ROOT_KEY]
        site.add("so-c", SubPortal(title="Sở C"), registry=registry)
        four = {role for role, _name, _label in BOARD_ROLES} - {RESPONDER}
        create_board(site["so-c"], site.principals, registry=registry, roles=four)

    testing.populate(boards_app, older_portal)
    done = []
    testing.populate(boards_app, lambda root, registry: done.extend(upgrade(root[ROOT_KEY], registry)))
    conn, site = open_site(boards_app)
    assert [name for name in site["so-c"].keys() if name in STARTERS] == STARTERS
    assert "tin-tuc" in site["so-a"] and "van-ban" in site["so-a"] and site["so-a"]["tin-tuc"]["bai-1"]
    assert RESPONDER in board_of(site["so-c"], site.principals)
    assert site["so-c"].opened  # portals made before are open
    conn.close()
    again = []
    testing.populate(boards_app, lambda root, registry: again.extend(upgrade(root[ROOT_KEY], registry)))
    assert not [line for line in again if "starter" in line or "board groups" in line]
