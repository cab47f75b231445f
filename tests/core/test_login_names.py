"""A login name typed with Vietnamese letters gets a clear error, once, and what was typed stays (issue 12.14)."""

from __future__ import annotations

import pytest
from test_people import NEW_PASSWORD, fill_user, site_value

RULE = "Từ 3 đến 50 chữ cái thường không dấu"


@pytest.mark.parametrize(
    ("login", "message"),
    [
        ("nguyễn", "Tên đăng nhập không được có dấu tiếng Việt"),
        ("Đặng Văn Đức", "“dang.van.duc”"),
        ("an nguyen", "Tên đăng nhập không được có dấu cách"),
        ("an", "Tên đăng nhập dài từ 3 đến 50 ký tự"),
    ],
)
def test_a_bad_login_name_gets_one_clear_error_and_keeps_what_was_typed(app, admin_app, login, message):
    form = admin_app.get("/add-user").forms["user-form"]
    fill_user(form, login)
    page = form.submit("add")
    assert page.status_int == 200
    field = page.html.find(id="item-" + page.forms["user-form"]["login"].id)
    errors = [p.get_text(" ", strip=True) for p in field.select(".error, [id^=error-]")]
    assert len(errors) == 1 and message in errors[0]
    assert field.get_text().count(RULE) == 1  # the rule as help, not twice
    form = page.forms["user-form"]
    assert form["login"].value == login
    assert form["new_password"].value == NEW_PASSWORD and form["confirm_password"].value == NEW_PASSWORD
    assert site_value(app, lambda site: site.principals.by_login(login.lower())) is None
