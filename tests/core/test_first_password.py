"""A user given an initial password by a manager changes it at the first login (issue 12, point 13)."""

from __future__ import annotations

from webtest import TestApp

from hpportal import testing

NEW_PASSWORD = "một-mật-khẩu-đủ-dài-2026"

OWN_PASSWORD = "mật-khẩu-của-riêng-tôi-2026"


def fill_user(form, login: str) -> None:
    form["login"], form["title"], form["email"] = login, "Trần Bình", f"{login}@haiphong.gov.vn"
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD


def created_by_the_administrator(app, admin_app, login="tran.binh"):
    form = admin_app.get("/add-user").forms["user-form"]
    fill_user(form, login)
    form.submit("add").follow()
    newcomer = TestApp(app)
    testing.login(newcomer, login, NEW_PASSWORD)
    return newcomer


def test_the_first_login_with_a_managers_password_leads_to_choosing_ones_own(app, admin_app):
    newcomer = created_by_the_administrator(app, admin_app)
    for path in ("/", "/profile", "/my-work", "/tin-tuc/"):
        assert newcomer.get(path, status=303).location == "http://localhost/change-password", path
    page = newcomer.get("/change-password")
    assert "do người quản lý đặt" in page.text
    form = page.forms["password-form"]
    form["current_password"] = NEW_PASSWORD
    form["new_password"] = form["confirm_password"] = OWN_PASSWORD
    form.submit("change").follow()
    assert newcomer.get("/profile").status_int == 200  # free to go on
    assert not testing.read_site(app, lambda site: site.principals.by_login("tran.binh").must_change_password)
    again = TestApp(app)
    testing.login(again, "tran.binh", OWN_PASSWORD)
    assert again.get("/profile").status_int == 200


def test_a_password_set_again_by_a_manager_must_be_changed_too(app, admin_app):
    newcomer = created_by_the_administrator(app, admin_app, "le.cuong")
    form = newcomer.get("/change-password").forms["password-form"]
    form["current_password"] = NEW_PASSWORD
    form["new_password"] = form["confirm_password"] = OWN_PASSWORD
    form.submit("change")
    uid = testing.read_site(app, lambda site: site.principals.by_login("le.cuong").id)
    page = admin_app.get("/user", params={"id": uid})
    form = page.forms["set-password-form"]
    form["new_password"] = form["confirm_password"] = NEW_PASSWORD + "-b"
    form.submit("set_password")
    later = TestApp(app)
    testing.login(later, "le.cuong", NEW_PASSWORD + "-b")
    assert later.get("/profile", status=303).location.endswith("/change-password")


def test_users_who_chose_their_password_are_never_stopped(testapp):
    testing.login(testapp, testing.EDITOR_LOGIN, testing.EDITOR_PASSWORD)
    assert testapp.get("/profile").status_int == 200
