"""The audit log page: what happened, filtered, exported; Administrators only."""

import csv
import io
from datetime import datetime

from webtest import TestApp

from hpportal import testing
from hpportal.core.timezone import LOCAL_TZ


def failed_login(app, login="so-a-btv"):
    browser = TestApp(app)
    form = browser.get("/login").forms["deform"]
    form["login"], form["password"] = login, "không phải mật khẩu"
    form.submit("log_in")


def test_the_administrator_reads_logins_and_changes(boards_app, browser_as):
    failed_login(boards_app)
    browser_as("so-a-btv")
    admin = browser_as(testing.ADMIN_LOGIN)
    page = admin.get("/audit")
    rows = page.html.select("table.audit tbody tr")
    actions = [row["class"][0] for row in rows]
    assert "action-login_failed" in actions and "action-login" in actions
    assert "Đăng nhập không thành công" in page.text and "so-a-btv" in page.text

    only_failures = admin.get("/audit", {"action": "login_failed"})
    assert {r["class"][0] for r in only_failures.html.select("table.audit tbody tr")} == {"action-login_failed"}
    by_person = admin.get("/audit", {"actor": "admin"})
    assert all(r.select("td")[2].get_text() == "admin" for r in by_person.html.select("table.audit tbody tr"))
    today = datetime.now(LOCAL_TZ).date().isoformat()  # the log's days are Vietnamese days
    assert admin.get("/audit", {"from": today, "to": today}).html.select("table.audit tbody tr")
    assert "Không có mục nào" in admin.get("/audit", {"to": "2001-01-01"}).text
    bad = admin.get("/audit", {"from": "28/11/2026"})
    assert bad.status_int == 200 and "năm-tháng-ngày" in bad.text


def test_the_log_exports_as_csv_for_excel(boards_app, browser_as):
    failed_login(boards_app)
    admin = browser_as(testing.ADMIN_LOGIN)
    response = admin.get("/audit.csv", {"action": "login_failed"})
    assert response.content_type == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    text = response.body.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0] == ["Thời gian", "Hoạt động", "Người dùng", "Đối tượng", "Chi tiết", "Địa chỉ"]
    assert len(rows) == 2 and rows[1][1] == "Đăng nhập không thành công" and rows[1][3] == "so-a-btv"


def test_only_administrators_read_the_log(boards_app, browser_as):
    for login in ("quantri-tp", "so-a-qt", "thanhtra"):
        browser = browser_as(login)
        browser.get("/audit", status=403)
        browser.get("/audit.csv", status=403)
    assert TestApp(boards_app).get("/audit", status=303).location.startswith("http://localhost/login")


def test_workflow_steps_are_shown_by_their_titles(boards_app, browser_as):
    """The log shows "Chờ duyệt → Đã đăng", never the internal names "pending → published"."""
    writer = browser_as("so-a-ctv")
    form = writer.get("/so-a/tin-tuc/add?type=NewsArticle").forms["add-form"]
    form["title"] = "Khánh thành cầu mới"
    form.submit("save")
    testing.take_step(writer, "/so-a/tin-tuc/khanh-thanh-cau-moi/", "submit")
    testing.take_step(browser_as("so-a-pd"), "/so-a/tin-tuc/khanh-thanh-cau-moi/", "approve", "Đạt yêu cầu")
    admin = browser_as(testing.ADMIN_LOGIN)
    rows = admin.get("/audit", {"action": "transition"}).html.select("table.audit tbody tr")
    details = [row.select("td")[4].get_text() for row in rows]
    assert details[:2] == ["Chờ duyệt → Đã đăng: Đạt yêu cầu", "Bản nháp → Chờ duyệt"], details
    exported = admin.get("/audit.csv", {"action": "transition"}).body.decode("utf-8-sig")
    assert "Chờ duyệt → Đã đăng: Đạt yêu cầu" in exported and "pending" not in exported


def test_the_administrators_pages_have_no_content_toolbar(browser_as):
    admin = browser_as(testing.ADMIN_LOGIN)
    for url in ("/audit", "/outbox", "/my-work"):
        assert admin.get(url).html.select_one(".manage-bar") is None, url
    assert admin.get("/").html.select_one(".manage-bar") is not None
