"""Editorial boards and delegation: the city manager creates a component portal and its board runs it."""

from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.boards import board_of
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import APPROVER, COLLABORATOR, EDITOR, RESPONDER, SITE_MANAGER


def open_site(app):
    conn = testing.database(app).open()
    return conn, conn.root()[ROOT_KEY]


def add_subportal(browser, title, board=True):
    form = browser.get("/add?type=SubPortal").forms["add-form"]
    form["title"] = title
    form["board"] = board
    return form.submit("save")


def test_city_manager_creates_a_component_portal_with_its_board(boards_app, browser_as):
    manager = browser_as("quantri-tp")
    page = add_subportal(manager, "Sở Công Thương").follow()
    assert "Sở Công Thương" in page.text
    conn, site = open_site(boards_app)
    portal = site["so-cong-thuong"]
    board = board_of(portal, site.principals)
    assert set(board) == {APPROVER, EDITOR, COLLABORATOR, SITE_MANAGER, RESPONDER}
    assert all(group.home == portal.uid for group in board.values())
    assert portal.block_local_roles
    added = [e for e in site.audit.entries() if e.action == audit.GROUP_ADDED]
    assert len(added) == 5 and added[0].actor == "quantri-tp"
    conn.close()


def test_without_a_board_no_group_is_made(boards_app, browser_as):
    add_subportal(browser_as("quantri-tp"), "Phường Lê Chân", board=False)
    conn, site = open_site(boards_app)
    assert board_of(site["phuong-le-chan"], site.principals) == {}
    conn.close()


def test_the_board_editor_manages_only_its_portal_and_keeps_it_after_a_rename(boards_app, browser_as):
    add_subportal(browser_as("quantri-tp"), "Sở Công Thương")
    conn, site = open_site(boards_app)
    with conn.transaction_manager:
        portal = site["so-cong-thuong"]
        editor = site.principals.add_user(
            User("ct-btv", "Lê Thị Biên", home=portal.uid, password=testing.BOARD_PASSWORD)
        )
        site.principals.add_member(board_of(portal, site.principals)[EDITOR], editor)
    conn.close()

    browser = TestApp(boards_app)
    testing.login(browser, "ct-btv", testing.BOARD_PASSWORD)
    assert browser.get("/so-cong-thuong/contents").status_int == 200
    assert browser.get("/so-cong-thuong/add?type=Section").status_int == 200
    browser.get("/so-a/contents", status=403)
    browser.get("/contents", status=403)
    browser.get("/edit", status=403)

    # Grants name the group by its stable id: renaming the portal keeps them.
    manager = browser_as("quantri-tp")
    form = manager.get("/rename?name=so-cong-thuong").forms["rename-form"]
    form["new_name"] = "so-cong-thuong-moi"
    form.submit()
    assert browser.get("/so-cong-thuong-moi/contents").status_int == 200


def test_a_component_portal_manager_cannot_touch_the_city_portal(browser_as):
    manager = browser_as("so-a-qt")
    assert manager.get("/so-a/edit").status_int == 200
    assert manager.get("/so-a/contents").status_int == 200
    manager.get("/edit", status=403)
    manager.get("/add?type=SubPortal", status=403)
    manager.get("/contents", status=403)
    manager.get("/so-b/edit", status=403)
    manager.get("/so-b/contents", status=403)
    # The portal is theirs to run, not to remove: that is the city's decision.
    assert manager.get("/so-a/tin-tuc/bai-1/delete").status_int == 200
    manager.get("/so-a/delete", status=403)
    assert 'href="http://localhost/so-a/delete"' not in manager.get("/so-a/").text
    assert browser_as("quantri-tp").get("/so-a/delete").status_int == 200
