"""Users and groups management as managers use it: the city's Administrator, a component portal's Site Manager."""

from __future__ import annotations

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.portal import ROOT_KEY
from hpportal.core.security import INSPECTOR

NEW_PASSWORD = "một-mật-khẩu-đủ-dài-2026"
TOO_COMMON = "Mật khẩu này quá phổ biến"


def site_value(app, read):
    conn = testing.database(app).open()
    try:
        return read(conn.root()[ROOT_KEY])
    finally:
        conn.close()


def user_id(app, login: str) -> str:
    return site_value(app, lambda site: site.principals.by_login(login).id)


def group_id(app, title: str) -> str:
    return site_value(app, lambda site: next(g.id for g in site.principals.groups.values() if g.title == title))


def entries(app, action: str) -> list[tuple[str, str, str]]:
    """``(actor, target, detail)`` of the audit entries of ``action``, oldest first."""
    found = site_value(app, lambda site: [e for e in site.audit.entries() if e.action == action])
    return [(e.actor, e.target, e.detail) for e in reversed(found)]


def tick(form, value: str, checked: bool = True) -> None:
    """Tick the checkbox of ``value`` (deform names every checkbox of a choice ``checkbox``)."""
    for box in form.fields.get("checkbox", ()):
        if box._value == value:
            box.checked = checked
            return
    raise AssertionError(f"no checkbox for {value!r}")


def checkbox_values(form) -> set[str]:
    return {box._value for box in form.fields.get("checkbox", ())}


def fill_user(form, login: str, password: str = NEW_PASSWORD, title: str = "Nguyễn Văn An") -> None:
    form["login"] = login
    form["title"] = title
    form["email"] = f"{login}@haiphong.gov.vn"
    form["unit"] = "Văn phòng UBND thành phố"
    form["new_password"] = password
    form["confirm_password"] = password


def logged_in(client: TestApp) -> bool:
    """Logged in: the profile opens, or (a password given by a manager) the page to choose one's own."""
    response = client.get("/profile", expect_errors=True)
    return response.status_int == 200 or response.headers.get("Location", "").endswith("/change-password")


def try_login(app, login: str, password: str) -> TestApp:
    client = TestApp(app)
    form = client.get("/login").forms["deform"]
    form["login"], form["password"] = login, password
    form.submit("log_in")
    return client


# -- the Administrator, on the city portal -------------------------------------------


def test_the_administrator_creates_a_user_who_can_then_log_in(app, admin_app):
    form = admin_app.get("/add-user").forms["user-form"]
    assert checkbox_values(form) == {"Site Manager", "Inspector", "Administrator"}
    fill_user(form, "Nguyen.An", password="matkhau123456")
    page = form.submit("add")
    assert page.status_int == 200 and TOO_COMMON in page.text
    form = page.forms["user-form"]
    assert form["title"].value == "Nguyễn Văn An"  # what was typed is kept

    fill_user(form, "bientap")
    page = form.submit("add")
    assert "Tên đăng nhập “bientap” đã có người dùng." in page.text

    fill_user(form, "Nguyen.An")  # upper case is folded to lower case
    tick(form, INSPECTOR)
    page = form.submit("add").follow()
    assert "nguyen.an" in page.text and "Thanh tra" in page.text
    assert site_value(app, lambda site: site.principals.by_login("nguyen.an").home) is None
    assert entries(app, audit.USER_ADDED) == [("admin", "nguyen.an", "roles: +Inspector")]

    listing = admin_app.get("/users", params={"q": "nguyen van"})
    assert "nguyen.an" in listing.text and "bientap" not in listing.text

    newcomer = TestApp(app)
    testing.login(newcomer, "nguyen.an", NEW_PASSWORD)
    assert logged_in(newcomer)


def test_bad_input_is_refused_with_a_message_and_nothing_is_created(app, admin_app):
    form = admin_app.get("/add-user").forms["user-form"]
    fill_user(form, "an nguyễn")
    page = form.submit("add")
    assert page.status_int == 200
    assert "Từ 3 đến 50 chữ cái thường" in page.text
    form = page.forms["user-form"]
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD
    form["email"] = "not an address"
    form["login"] = "an.nguyen"
    page = form.submit("add")
    assert page.status_int == 200 and page.html.select_one("[id^=error-]") is not None
    assert site_value(app, lambda site: site.principals.by_login("an.nguyen")) is None


def test_disabling_a_user_ends_their_session_and_their_logins(app, admin_app):
    editor = TestApp(app)
    testing.login(editor, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert logged_in(editor)

    page = admin_app.get("/user", params={"id": user_id(app, testing.EDITOR_LOGIN)})
    page = page.forms["status-form"].submit("disable").follow()
    assert "đã bị khoá" in page.text
    assert not logged_in(editor)
    assert not logged_in(try_login(app, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD))
    assert "Đã khoá" in admin_app.get("/users").text

    page.forms["status-form"].submit("enable").follow()
    assert logged_in(try_login(app, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD))
    assert [a for a, *_ in entries(app, audit.USER_DISABLED)] == ["admin"]
    assert [t for _a, t, _d in entries(app, audit.USER_ENABLED)] == [testing.EDITOR_LOGIN]


def test_the_administrator_edits_a_user_and_sets_a_password(app, admin_app):
    page = admin_app.get("/user", params={"id": user_id(app, testing.EDITOR_LOGIN)})
    roles = page.html.find(id="local-roles").get_text()
    assert "Cổng Thông tin điện tử thành phố Hải Phòng" in roles and "Biên tập viên" in roles
    form = page.forms["user-form"]
    form["title"] = "Trần Thị Biên"
    form["login"] = "tran.bien"
    tick(form, "Site Manager")
    page = form.submit("save").follow()
    assert "Trần Thị Biên" in page.text
    (change,) = entries(app, audit.USER_CHANGED)
    assert change[1] == "tran.bien" and "roles: +Site Manager" in change[2] and "login: bientap" in change[2]

    form = page.forms["set-password-form"]
    form["new_password"] = form["confirm_password"] = "matkhau123456"
    assert TOO_COMMON in form.submit("set_password").text
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD
    form.submit("set_password").follow()
    assert entries(app, audit.PASSWORD_CHANGED)[-1][:2] == ("admin", "tran.bien")
    assert site_value(app, lambda site: site.principals.by_login("tran.bien").check_password(NEW_PASSWORD))


def test_the_administrator_cannot_disable_themselves_nor_drop_their_own_role(app, admin_app):
    page = admin_app.get("/user", params={"id": user_id(app, testing.ADMIN_LOGIN)})
    assert "status-form" not in page.forms
    form = page.forms["user-form"]
    tick(form, "Administrator", checked=False)
    assert "Bạn không thể tự bỏ vai trò Quản trị hệ thống của mình." in form.submit("save").text


def test_groups_on_the_city_portal(app, admin_app):
    form = admin_app.get("/add-group").forms["group-form"]
    form["title"] = "Văn phòng thành phố"
    page = form.submit("add").follow()
    form = page.forms["members-form"]
    form["logins"] = "bientap, khong-co-ai"
    page = form.submit("add")
    assert "Không có người dùng nào ở đây có tên đăng nhập: khong-co-ai." in page.text
    assert page.forms["members-form"]["logins"].value == "bientap, khong-co-ai"
    form = page.forms["members-form"]
    form["logins"] = "bientap"
    page = form.submit("add").follow()
    assert "Biên tập viên" in page.text
    assert "Văn phòng thành phố" in admin_app.get("/user", params={"id": user_id(app, "bientap")}).text

    page = page.forms["member-list-form"].submit("remove", value=user_id(app, "bientap")).follow()
    assert "Nhóm này chưa có thành viên." in page.text
    assert site_value(app, lambda site: site.principals.by_login("bientap").groups) == frozenset()
    assert entries(app, audit.GROUP_ADDED)[0][1] == "Văn phòng thành phố"
    assert [d for *_, d in entries(app, audit.MEMBERS_CHANGED)] == ["+bientap", "-bientap"]


def test_unknown_ids_give_not_found(admin_app):
    admin_app.get("/user", params={"id": "u-nobody"}, status=404)
    admin_app.get("/group", params={"id": "g-nothing"}, status=404)
    assert admin_app.get("/user", status=303).location.endswith("/users")


# -- a component portal's Site Manager ---------------------------------------------------


@pytest.fixture
def so_a_qt(browser_as):
    return browser_as("so-a-qt")


def test_the_site_manager_of_a_component_portal_sees_only_its_people(so_a_qt):
    users = so_a_qt.get("/so-a/users").text
    assert "so-a-btv" in users and "so-b-btv" not in users and "thanhtra" not in users and "admin" not in users
    groups = so_a_qt.get("/so-a/groups").text
    assert "Biên tập viên — Sở A" in groups and "Sở B" not in groups
    so_a_qt.get("/users", status=403)
    so_a_qt.get("/groups", status=403)
    so_a_qt.get("/so-b/users", status=403)


def test_people_of_another_portal_are_not_found(boards_app, so_a_qt):
    so_a_qt.get("/so-a/user", params={"id": user_id(boards_app, "so-b-btv")}, status=404)
    so_a_qt.get("/so-a/user", params={"id": user_id(boards_app, "admin")}, status=404)
    so_a_qt.get("/so-a/group", params={"id": group_id(boards_app, "Biên tập viên — Sở B")}, status=404)


def test_the_site_manager_creates_a_board_editor_for_its_portal(boards_app, so_a_qt):
    form = so_a_qt.get("/so-a/add-user").forms["user-form"]
    assert not {"Site Manager", "Inspector", "Administrator"} & checkbox_values(form)
    fill_user(form, "so-a-moi", title="Phạm Văn Mới")
    page = form.submit("add").follow()
    assert "Phạm Văn Mới" in page.text
    so_a_uid = site_value(boards_app, lambda site: site["so-a"].uid)
    assert site_value(boards_app, lambda site: site.principals.by_login("so-a-moi").home) == so_a_uid

    page = so_a_qt.get("/so-a/group", params={"id": group_id(boards_app, "Biên tập viên — Sở A")})
    form = page.forms["members-form"]
    form["logins"] = "so-b-btv"  # someone of another portal is unknown here
    assert "Không có người dùng nào ở đây có tên đăng nhập: so-b-btv." in form.submit("add").text
    form["logins"] = "so-a-moi"
    assert "Phạm Văn Mới" in form.submit("add").follow().text

    newcomer = TestApp(boards_app)
    testing.login(newcomer, "so-a-moi", NEW_PASSWORD)
    form = newcomer.get("/so-a/tin-tuc/contents").follow().forms["password-form"]  # first, a password of one's own
    form["current_password"] = NEW_PASSWORD
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD + "-cua-toi"
    form.submit("change")
    assert newcomer.get("/so-a/tin-tuc/contents").status_int == 200
    newcomer.get("/so-b/tin-tuc/contents", status=403)
    assert entries(boards_app, audit.USER_ADDED) == [("so-a-qt", "so-a-moi", "")]
    assert entries(boards_app, audit.MEMBERS_CHANGED) == [("so-a-qt", "Biên tập viên — Sở A", "+so-a-moi")]


def test_the_site_manager_cannot_give_global_roles(boards_app, so_a_qt):
    page = so_a_qt.get("/so-a/add-user")
    form = page.forms["user-form"]
    fill_user(form, "so-a-gia")
    forged = [*form.submit_fields("add"), ("__start__", "roles:sequence")]
    forged += [("checkbox", "Administrator"), ("__end__", "roles:sequence")]
    so_a_qt.post("/so-a/add-user", forged, status=303)
    assert site_value(boards_app, lambda site: site.principals.by_login("so-a-gia").roles) == frozenset()

    page = so_a_qt.get("/so-a/user", params={"id": user_id(boards_app, "so-a-btv")})
    form = page.forms["user-form"]
    assert "roles" not in page.text.split('id="user-form"')[1].split("</form>")[0]
    forged = [*form.submit_fields("save"), ("__start__", "roles:sequence")]
    forged += [("checkbox", "Administrator"), ("__end__", "roles:sequence")]
    so_a_qt.post(page.request.url, forged, status=303)
    assert site_value(boards_app, lambda site: site.principals.by_login("so-a-btv").roles) == frozenset()


def test_only_an_administrator_changes_an_account_with_a_global_role(boards_app, browser_as):
    manager = browser_as("quantri-tp")
    inspector = user_id(boards_app, "thanhtra")
    page = manager.get("/user", params={"id": inspector})
    assert "user-form" not in page.forms and "chỉ Quản trị hệ thống mới được thay đổi" in page.text
    token = _csrf(manager)
    manager.post(
        "/user", {"id": inspector, "csrf_token": token, "__formid__": "status-form", "disable": "1"}, status=403
    )
    assert site_value(boards_app, lambda site: site.principals.by_login("thanhtra").active)
    # The city manager still manages everyone else, wherever they are homed.
    assert "user-form" in manager.get("/user", params={"id": user_id(boards_app, "so-b-btv")}).forms


def _csrf(browser: TestApp) -> str:
    return browser.get("/login").forms["deform"]["csrf_token"].value
