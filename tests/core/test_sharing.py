"""The sharing page as a person uses it: search, tick, save; inheritance, blocking, and what search then shows.

Every change here goes through the rendered form (``sharing-form``), so the names of its fields are
tested too. ``test_share.py`` posts the same form field by field.
"""

import re

import pytest
import transaction
from pyramid.traversal import resource_path
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.catalog.catalog import ALLOWED, PortalCatalog
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.events import ObjectModified
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import (
    ADMINISTRATOR,
    ANONYMOUS,
    DEFAULT_PERMISSION_MAP,
    EDITOR,
    INSPECTOR,
    SITE_MANAGER,
    allowed_tokens_for,
    user_principal,
)
from hpportal.news.models import Section

LAN_LOGIN = "lan.nt"
LAN_TITLE = "Nguyễn Thị Lan"
LAN_PASSWORD = "mật-khẩu-của-chị-Lan-2026"
ROLE_HEADERS = ["Người dùng hoặc nhóm", "Cộng tác viên", "Biên tập viên", "Lãnh đạo Ban Biên tập", "Quản trị cổng"]
ROLE_HEADERS.append("Cơ quan trả lời")
EDITOR_COLUMN = 2  # the row's header cell, then Collaborator, then Editor


def open_site(app):
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    return tm, conn, conn.root()[ROOT_KEY]


def add_person(app) -> str:
    """A city officer with no role anywhere yet; her principal id."""
    tm, conn, site = open_site(app)
    with tm:
        user = site.principals.add_user(
            User(LAN_LOGIN, LAN_TITLE, email="lan.nt@haiphong.gov.vn", password=LAN_PASSWORD)
        )
        principal = user_principal(user.id)
    conn.close()
    return principal


def principal_of(app, login):
    tm, conn, site = open_site(app)
    principal = user_principal(site.principals.by_login(login).id)
    conn.close()
    return principal


def audit_entries(app, action):
    tm, conn, site = open_site(app)
    entries = [e for e in site.audit.entries() if e.action == action]
    conn.close()
    return entries


def tick(form, principal, role, on=True):
    """Tick (or clear) the box of ``role`` in ``principal``'s row, as a person would."""
    for box in form.fields.get(f"role:{principal}", ()):
        if box._value == role:
            box.checked = on
            return
    raise AssertionError(f"no box for {role} of {principal}")


def share(browser, path, principal, role, on=True, q=None):
    """Open the sharing page of ``path`` (searching ``q``), tick or clear one box, save; the page after."""
    form = browser.get(path + "/sharing", {"q": q} if q else {}).forms["sharing-form"]
    tick(form, principal, role, on)
    return form.submit("save", status=303).follow()


def set_block(browser, path, blocked):
    form = browser.get(path + "/sharing").forms["sharing-form"]
    form["block"].checked = blocked
    return form.submit("save", status=303).follow()


def row_of(page, title):
    """The cells of the sharing table's row of ``title`` (``None`` when nobody of that name has a row)."""
    for row in page.html.select("#sharing-form tbody tr"):
        if title in row.th.get_text():
            return row.find_all(["th", "td"])
    return None


def test_the_page_names_people_and_roles_in_vietnamese(boards_app, browser_as):
    principal = add_person(boards_app)
    admin = browser_as(testing.ADMIN_LOGIN)
    page = admin.get("/so-a/tin-tuc/sharing")
    headers = [th.get_text(strip=True) for th in page.html.select("#sharing-form thead th")]
    assert headers == ROLE_HEADERS
    assert "Không kế thừa vai trò từ thư mục cấp trên" in page.text
    assert row_of(page, LAN_TITLE) is None

    # Search without diacritics, by part of the name: she gets a row of empty boxes.
    page = admin.get("/so-a/tin-tuc/sharing", {"q": "nguyen thi"})
    cells = row_of(page, LAN_TITLE)
    assert LAN_LOGIN in cells[0].get_text()
    assert [box["value"] for box in page.html.find_all("input", attrs={"name": f"role:{principal}"})] == [
        "Collaborator",
        "Editor",
        "Approver",
        "Site Manager",
        "Responder",
    ]
    assert not any(box.has_attr("checked") for box in page.html.find_all("input", attrs={"name": f"role:{principal}"}))
    # Groups are found too, and shown as groups.
    page = admin.get("/so-a/tin-tuc/sharing", {"q": "biên tập"})
    assert "(nhóm)" in page.text


def test_a_grant_reaches_down_until_a_folder_blocks_it(boards_app, browser_as):
    principal = add_person(boards_app)
    admin = browser_as(testing.ADMIN_LOGIN)
    lan = TestApp(boards_app)
    testing.login(lan, LAN_LOGIN, LAN_PASSWORD)
    lan.get("/so-a/tin-tuc/contents", status=403)

    page = share(admin, "/so-a/tin-tuc", principal, EDITOR, q="lan.nt")
    assert "Đã lưu thay đổi." in page.text
    assert row_of(page, LAN_TITLE)[EDITOR_COLUMN].find("input")["name"] == f"role:{principal}"
    assert lan.get("/so-a/tin-tuc/contents").status_int == 200
    assert lan.get("/so-a/tin-tuc/bai-1/history").status_int == 200  # (published: only Approvers edit)
    lan.get("/so-a/contents", status=403)  # granted below the portal, not on it
    lan.get("/so-b/tin-tuc/contents", status=403)
    (entry,) = audit_entries(boards_app, audit.ROLES_CHANGED)
    assert (entry.actor, entry.target, entry.detail) == (testing.ADMIN_LOGIN, "/so-a/tin-tuc", f"{LAN_TITLE}: +Editor")

    # A section added later inherits the grant.
    tm, conn, site = open_site(boards_app)
    with tm:
        site["so-a"]["tin-tuc"].add("thoi-su", Section(title="Thời sự"), registry=boards_app.registry)
    conn.close()
    assert lan.get("/so-a/tin-tuc/thoi-su/edit").status_int == 200
    assert lan.get("/so-a/tin-tuc/thoi-su/contents").status_int == 200
    page = admin.get("/so-a/tin-tuc/thoi-su/sharing")
    editor_cell = row_of(page, LAN_TITLE)[EDITOR_COLUMN]
    box = editor_cell.find("input")
    assert box.has_attr("checked") and box.has_attr("disabled") and not box.has_attr("name")
    assert "kế thừa từ" in editor_cell.get_text()
    assert editor_cell.a.get_text() == "Tin tức" and editor_cell.a["href"].endswith("/so-a/tin-tuc/sharing")
    # Each grant names where it comes from: the board's editors are granted on the portal itself.
    board_cell = row_of(page, "Biên tập viên — Sở A")[EDITOR_COLUMN]
    assert board_cell.find("input").has_attr("disabled") and board_cell.a["href"].endswith("/so-a/sharing")

    # Blocking inheritance takes the right away below; unblocking gives it back.
    page = set_block(admin, "/so-a/tin-tuc/thoi-su", True)
    assert page.forms["sharing-form"]["block"].checked
    assert row_of(page, LAN_TITLE) is None  # nothing reaches here from above any more
    lan.get("/so-a/tin-tuc/thoi-su/contents", status=403)
    lan.get("/so-a/tin-tuc/thoi-su/edit", status=403)
    assert lan.get("/so-a/tin-tuc/contents").status_int == 200  # the section above is not affected
    set_block(admin, "/so-a/tin-tuc/thoi-su", False)
    assert lan.get("/so-a/tin-tuc/thoi-su/contents").status_int == 200
    assert [e.detail for e in audit_entries(boards_app, audit.INHERITANCE_CHANGED)] == ["inherited", "blocked"]

    # Revoking where it was granted takes it away everywhere below.
    page = share(admin, "/so-a/tin-tuc", principal, EDITOR, on=False)
    assert row_of(page, LAN_TITLE) is None
    lan.get("/so-a/tin-tuc/contents", status=403)
    lan.get("/so-a/tin-tuc/thoi-su/contents", status=403)
    lan.get("/so-a/tin-tuc/bai-1/edit", status=403)
    assert audit_entries(boards_app, audit.ROLES_CHANGED)[0].detail == f"{LAN_TITLE}: -Editor"


def test_a_portal_manager_shares_only_inside_their_portal(boards_app, browser_as):
    manager = browser_as("so-a-qt")
    assert manager.get("/so-a/sharing").status_int == 200
    assert manager.get("/so-a/tin-tuc/sharing").status_int == 200
    manager.get("/so-b/sharing", status=403)
    manager.get("/so-b/tin-tuc/sharing", status=403)
    manager.get("/sharing", status=403)

    # A forged form: global roles and made-up roles are dropped, the local role is kept.
    principal = principal_of(boards_app, "so-b-btv")
    form = manager.get("/so-a/tin-tuc/sharing").forms["sharing-form"]
    fields = [("csrf_token", form["csrf_token"].value), ("save", "1"), ("principal", principal)]
    fields += [(f"role:{principal}", role) for role in (ADMINISTRATOR, INSPECTOR, "Owner", "Chủ tịch", EDITOR)]
    manager.post("/so-a/tin-tuc/sharing", fields, status=303)
    tm, conn, site = open_site(boards_app)
    assert site["so-a"]["tin-tuc"].local_roles[principal] == frozenset({EDITOR})
    conn.close()
    (entry,) = audit_entries(boards_app, audit.ROLES_CHANGED)
    assert entry.detail == "so-b-btv: +Editor"

    # Without the form's token nothing is saved.
    manager.post("/so-a/tin-tuc/sharing", [("save", "1"), ("principal", principal)], status=400)
    tm, conn, site = open_site(boards_app)
    assert site["so-a"]["tin-tuc"].local_roles[principal] == frozenset({EDITOR})
    conn.close()


def test_blocking_cannot_lock_a_manager_out_by_accident(boards_app, browser_as):
    """so-a-qt manages sharing through their board group's grant on /so-a: a block on a section would end that."""
    manager = browser_as("so-a-qt")
    form = manager.get("/so-a/tin-tuc/sharing").forms["sharing-form"]
    form["block"].checked = True
    page = form.submit("save", status=200)
    assert "mất quyền quản lý chia sẻ" in page.text and "Đã lưu thay đổi." not in page.text
    assert manager.get("/so-a/tin-tuc/contents").status_int == 200
    assert not audit_entries(boards_app, audit.INHERITANCE_CHANGED)
    assert not audit_entries(boards_app, audit.ROLES_CHANGED)
    tm, conn, site = open_site(boards_app)
    assert not getattr(site["so-a"]["tin-tuc"], "block_local_roles", False)
    board_managers = next(p for p, roles in site["so-a"].local_roles.items() if SITE_MANAGER in roles)
    conn.close()
    # The group's roles come from the portal: shown, not changeable here.
    assert SITE_MANAGER not in [box._value for box in form.fields[f"role:{board_managers}"]]

    # Granted the role here first, they may block: the board then loses the section, they keep it.
    me = principal_of(boards_app, "so-a-qt")
    share(manager, "/so-a/tin-tuc", me, SITE_MANAGER, q="so-a-qt")
    page = set_block(manager, "/so-a/tin-tuc", True)
    assert "Đã lưu thay đổi." in page.text
    assert row_of(page, "so-a-qt")[4].find("input").has_attr("checked")
    browser_as("so-a-btv").get("/so-a/tin-tuc/contents", status=403)
    assert manager.get("/so-a/tin-tuc/contents").status_int == 200
    # The city's Site Manager is above every portal: a block does not shut them out.
    assert browser_as("quantri-tp").get("/so-a/tin-tuc/sharing").status_int == 200


def hide_from_the_public(app, path):
    """Restrict viewing as the workflow will for a draft: only the board, the managers and Inspectors view it."""
    tm, conn, site = open_site(app)
    with tm:
        article = site["so-a"]["tin-tuc"]["bai-1"]
        article.permission_map = {**DEFAULT_PERMISSION_MAP, ANONYMOUS: frozenset()}
        app.registry.notify(ObjectModified(article))
    conn.close()


WORDS = "Bài viết của Sở A"
ARTICLE = "/so-a/tin-tuc/bai-1"


def results(browser):
    """(found the article, the total the page announces) for a search of the article's words."""
    page = browser.get("/search", {"q": WORDS})
    total = int(re.search(r"<strong>(\d+)</strong>", str(page.html.select_one(".result-count"))).group(1))
    return ARTICLE in page.text, total


def found_by(app, login, words=WORDS):
    """What the catalog itself finds for ``login``'s allowed tokens (no page, no loaded objects)."""
    tm, conn, site = open_site(app)
    user = site.principals.by_login(login)
    paths = search(site.catalog, SearchQuery(text=words), allowed=allowed_tokens_for(user)).paths
    conn.close()
    return ARTICLE in paths


@pytest.fixture
def reindexed(monkeypatch):
    """Paths whose catalog entry (in full or only ``allowed``) is written, while the test runs."""
    paths = []
    index_object, reindex_allowed = PortalCatalog.index_object, PortalCatalog.reindex_allowed

    def index_spy(self, obj):
        paths.append(resource_path(obj))
        return index_object(self, obj)

    def allowed_spy(self, docid, obj):
        paths.append(resource_path(obj))
        return reindex_allowed(self, docid, obj)

    monkeypatch.setattr(PortalCatalog, "index_object", index_spy)
    monkeypatch.setattr(PortalCatalog, "reindex_allowed", allowed_spy)
    return paths


def test_search_listings_and_counts_follow_who_may_view(boards_app, browser_as, reindexed):
    anonymous = TestApp(boards_app)
    assert results(anonymous) == (True, 1)
    hide_from_the_public(boards_app, ARTICLE)
    assert results(anonymous) == (False, 0)
    assert ARTICLE not in anonymous.get("/so-a/tin-tuc/").text
    assert ARTICLE not in anonymous.get("/").text
    assert ARTICLE not in anonymous.get("/so-a/").text
    assert results(browser_as("so-a-btv")) == (True, 1)  # the board of so-a, through its group
    assert results(browser_as("thanhtra")) == (True, 1)  # the Inspector views everything
    outsider = browser_as("so-b-btv")
    assert results(outsider) == (False, 0)
    assert ARTICLE not in outsider.get("/so-a/tin-tuc/").text
    outsider.get(ARTICLE, status=403)
    assert found_by(boards_app, "so-a-btv") and not found_by(boards_app, "so-b-btv")

    # A grant on the section reaches the article's ``allowed`` value, and only the section's subtree is rewritten.
    admin = browser_as(testing.ADMIN_LOGIN)
    principal = principal_of(boards_app, "so-b-btv")
    reindexed.clear()
    share(admin, "/so-a/tin-tuc", principal, EDITOR, q="so-b-btv")
    assert ARTICLE in reindexed
    assert all(path.startswith("/so-a/tin-tuc") for path in reindexed), reindexed
    tm, conn, site = open_site(boards_app)
    docid = site.catalog.docid_for_path(ARTICLE)
    assert principal in site.catalog[ALLOWED]._rev_index[docid]
    conn.close()
    assert found_by(boards_app, "so-b-btv")
    assert results(outsider) == (True, 1)
    assert outsider.get(ARTICLE).status_int == 200
    assert results(anonymous) == (False, 0)  # the public still does not see it

    share(admin, "/so-a/tin-tuc", principal, EDITOR, on=False)
    assert not found_by(boards_app, "so-b-btv")
    assert results(outsider) == (False, 0)
    outsider.get(ARTICLE, status=403)
