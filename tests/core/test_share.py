"""The sharing page: grant, inherit, block, revoke; and search that never shows what one may not view."""

import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.catalog.catalog import ALLOWED
from hpportal.core.events import ObjectModified
from hpportal.core.portal import ROOT_KEY
from hpportal.core.security import ANONYMOUS, DEFAULT_PERMISSION_MAP, EDITOR, user_principal
from hpportal.news.models import Section


def open_site(app):
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    return tm, conn, conn.root()[ROOT_KEY]


def principal_of(app, login):
    tm, conn, site = open_site(app)
    principal = user_principal(site.principals.by_login(login).id)
    conn.close()
    return principal


def save_sharing(browser, url, principal, roles, block=False, status=303):
    """Post the sharing form of ``url`` as a person would after ticking ``roles`` for ``principal``."""
    form = browser.get(url + "/sharing", {"q": "so-b-btv"}).forms["sharing-form"]
    fields = [("csrf_token", form["csrf_token"].value), ("save", "1"), ("principal", principal)]
    fields += [(f"role:{principal}", role) for role in roles]
    if block:
        fields.append(("block", "1"))
    return browser.post(url + "/sharing", fields, status=status)


def test_a_grant_reaches_down_the_tree_until_a_folder_blocks_it(boards_app, browser_as):
    admin, editor = browser_as(testing.ADMIN_LOGIN), browser_as("so-b-btv")
    principal = principal_of(boards_app, "so-b-btv")
    editor.get("/so-a/tin-tuc/contents", status=403)

    save_sharing(admin, "/so-a/tin-tuc", principal, [EDITOR])
    assert editor.get("/so-a/tin-tuc/contents").status_int == 200
    assert editor.get("/so-a/tin-tuc/bai-1/history").status_int == 200  # (published: only Approvers edit)
    editor.get("/so-a/contents", status=403)  # granted below the portal, not on it

    tm, conn, site = open_site(boards_app)
    with tm:
        site["so-a"]["tin-tuc"].add("thoi-su", Section(title="Thời sự"), registry=boards_app.registry)
    conn.close()
    assert editor.get("/so-a/tin-tuc/thoi-su/contents").status_int == 200
    page = admin.get("/so-a/tin-tuc/thoi-su/sharing")
    assert "so-b-btv" in page.text and "kế thừa từ" in page.text and "Tin tức" in page.text

    save_sharing(admin, "/so-a/tin-tuc/thoi-su", principal, [], block=True)
    editor.get("/so-a/tin-tuc/thoi-su/contents", status=403)
    save_sharing(admin, "/so-a/tin-tuc/thoi-su", principal, [], block=False)
    assert editor.get("/so-a/tin-tuc/thoi-su/contents").status_int == 200

    save_sharing(admin, "/so-a/tin-tuc", principal, [])
    editor.get("/so-a/tin-tuc/contents", status=403)
    tm, conn, site = open_site(boards_app)
    changes = [e for e in site.audit.entries() if e.action == audit.ROLES_CHANGED]
    assert changes[0].detail.endswith("-Editor") and changes[-1].detail.endswith("+Editor")
    assert any(e.action == audit.INHERITANCE_CHANGED for e in site.audit.entries())
    conn.close()


def test_a_portal_manager_shares_only_inside_their_portal(boards_app, browser_as):
    manager = browser_as("so-a-qt")
    assert manager.get("/so-a/sharing").status_int == 200
    assert manager.get("/so-a/tin-tuc/sharing").status_int == 200
    manager.get("/so-b/sharing", status=403)
    manager.get("/sharing", status=403)
    # A forged form cannot give a global role.
    principal = principal_of(boards_app, "so-b-btv")
    save_sharing(manager, "/so-a/tin-tuc", principal, ["Administrator", "Inspector"])
    tm, conn, site = open_site(boards_app)
    assert principal not in site["so-a"]["tin-tuc"].local_roles
    conn.close()


def test_a_manager_cannot_take_away_their_own_right_to_share(boards_app, browser_as):
    manager = browser_as("so-a-qt")
    save_sharing(manager, "/so-a", "user:nobody", [], block=True)  # unknown principals are ignored
    tm, conn, site = open_site(boards_app)
    board_group = next(p for p, roles in site["so-a"].local_roles.items() if "Site Manager" in roles)
    conn.close()
    page = save_sharing(manager, "/so-a", board_group, [], status=200)
    assert "không được lưu" in page.text
    assert manager.get("/so-a/sharing").status_int == 200
    tm, conn, site = open_site(boards_app)
    assert "Site Manager" in site["so-a"].local_roles[board_group]  # nothing of the refused change was kept
    shown = page.forms["sharing-form"]
    assert shown.get(f"role:{board_group}", index=3).checked  # the page shows the roles as stored
    conn.close()


def _hide_from_the_public(app, path):
    """Restrict viewing as the workflow will for a draft: Anonymous loses ``view``."""
    tm, conn, site = open_site(app)
    with tm:
        article = site["so-a"]["tin-tuc"]["bai-1"]
        article.permission_map = {**DEFAULT_PERMISSION_MAP, ANONYMOUS: frozenset()}
        app.registry.notify(ObjectModified(article))
    conn.close()


def found(browser, words="Tin của Sở A"):
    return "/so-a/tin-tuc/bai-1" in browser.get("/search", {"q": words}).text


def test_search_and_listings_show_only_what_the_user_may_view(boards_app, browser_as):
    anonymous = TestApp(boards_app)
    assert found(anonymous)
    _hide_from_the_public(boards_app, "/so-a/tin-tuc/bai-1")
    assert not found(anonymous)
    assert "/so-a/tin-tuc/bai-1" not in anonymous.get("/so-a/tin-tuc/").text
    assert "/so-a/tin-tuc/bai-1" not in anonymous.get("/").text
    assert found(browser_as("so-a-btv"))
    assert found(browser_as("thanhtra"))
    outsider = browser_as("so-b-btv")
    assert not found(outsider)

    admin = browser_as(testing.ADMIN_LOGIN)
    principal = principal_of(boards_app, "so-b-btv")
    save_sharing(admin, "/so-a/tin-tuc", principal, [EDITOR])
    tm, conn, site = open_site(boards_app)
    docid = site.catalog.docid_for_path("/so-a/tin-tuc/bai-1")
    assert principal in site.catalog[ALLOWED]._rev_index[docid]
    conn.close()
    assert found(outsider)
    save_sharing(admin, "/so-a/tin-tuc", principal, [])
    assert not found(outsider)


def test_menus_leave_out_sections_the_visitor_may_not_view(boards_app, browser_as):
    tm, conn, site = open_site(boards_app)
    with tm:
        section = site["so-a"]["tin-tuc"]
        section.permission_map = {**DEFAULT_PERMISSION_MAP, ANONYMOUS: frozenset()}
        boards_app.registry.notify(ObjectModified(section))
    conn.close()
    link = 'href="http://localhost/so-a/tin-tuc/"'
    assert link not in TestApp(boards_app).get("/so-a/").text
    assert link in browser_as("so-a-btv").get("/so-a/").text


def test_a_search_that_finds_nobody_says_so(browser_as):
    page = browser_as("so-a-qt").get("/so-a/sharing", {"q": "không có ai tên này"})
    assert "Không có người dùng hay nhóm nào khớp" in page.text
