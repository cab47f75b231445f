"""Planned maintenance: announced 7 working days ahead (or an emergency), shown on every page, read-only while on."""

from datetime import datetime, timedelta

from webtest import TestApp

from hpportal.core.calendar import OfficeCalendar
from hpportal.core.timezone import LOCAL_TZ
from hpportal.ops.maintenance import check_window


def schedule(admin, start, end, reason, *, emergency=False, read_only=False):
    form = admin.get("/maintenance").forms["maintenance-form"]
    form.set("date", start.strftime("%Y-%m-%d"), index=0)
    form.set("time", start.strftime("%H:%M"), index=0)
    form.set("date", end.strftime("%Y-%m-%d"), index=1)
    form.set("time", end.strftime("%H:%M"), index=1)
    form["reason"] = reason
    form["emergency"] = emergency
    form["read_only"] = read_only
    return form.submit("schedule")


def window(now, start, **flags):
    data = {"start": start, "end": start + timedelta(hours=2), "emergency": False, **flags}
    return check_window(data, now, OfficeCalendar())


def end_now(admin):
    page = admin.get("/maintenance")
    [end] = [form for form in page.forms.values() if "end_now" in form.fields]
    confirming = end.submit("end_now")
    return confirming.forms["confirm-form"].submit("end_now").follow()


def test_ending_maintenance_now_asks_for_confirmation_first(admin_app, app):
    now = datetime.now(LOCAL_TZ)
    schedule(admin_app, now - timedelta(minutes=1), now + timedelta(hours=1), "Thay ổ đĩa", emergency=True,
             read_only=True).follow()  # fmt: skip
    [scheduled] = admin_app.get("/audit", {"action": "maintenance_scheduled"}).html.select("table.audit tbody tr")
    assert "(Khẩn cấp)" in scheduled.get_text() and "emergency" not in scheduled.get_text()
    page = admin_app.get("/maintenance")
    [end] = [form for form in page.forms.values() if "end_now" in form.fields]
    asked = end.submit("end_now")
    assert asked.status_int == 200
    question = asked.html.find(id="confirm-form").get_text()
    assert "Kết thúc đợt bảo trì này ngay?" in question and "Thay ổ đĩa" in question
    assert "Đang bảo trì đến" in TestApp(app).get("/").text  # not ended by the first click
    assert not admin_app.get("/audit", {"action": "maintenance_ended"}).html.select("table.audit tbody tr")

    ended = asked.forms["confirm-form"].submit("end_now").follow()
    assert "Đã kết thúc bảo trì" in ended.text
    assert "Đang bảo trì" not in TestApp(app).get("/").text
    assert admin_app.get("/audit", {"action": "maintenance_ended"}).html.select("table.audit tbody tr")


def test_the_maintenance_page_has_no_content_toolbar(admin_app):
    page = admin_app.get("/maintenance")
    assert page.html.select_one(".manage-bar") is None
    assert "Thêm mới…" not in page.text and 'href="http://localhost/edit"' not in page.text
    assert admin_app.get("/").html.select_one(".manage-bar") is not None  # the portal's home keeps it


def test_working_days_leave_out_weekends():
    """The notice counts working days: Saturdays and Sundays are left out (public holidays: the Tết test below)."""
    friday = datetime(2026, 11, 27, 9, 0, tzinfo=LOCAL_TZ)
    monday_after_next = friday + timedelta(days=10)  # 6 working days: one short
    assert "(this is 6)" in window(friday, monday_after_next)["start"].interpolate()
    assert window(friday, friday + timedelta(days=11)) == {}  # Tuesday: 7 working days


def test_the_notice_across_tet_counts_3_working_days_not_8():
    wednesday = datetime(2026, 2, 11, 9, 0, tzinfo=LOCAL_TZ)
    monday_after_tet = datetime(2026, 2, 23, 9, 0, tzinfo=LOCAL_TZ)  # Thursday 12, Friday 13, Monday 23
    assert "(this is 3)" in window(wednesday, monday_after_tet)["start"].interpolate()
    assert window(wednesday, monday_after_tet, emergency=True) == {}


def test_short_notice_is_refused_unless_it_is_an_emergency(admin_app, app):
    now = datetime.now(LOCAL_TZ)
    tomorrow = now + timedelta(days=1)
    page = schedule(admin_app, tomorrow, tomorrow + timedelta(hours=2), "Nâng cấp máy chủ")
    assert "ít nhất 7 ngày làm việc" in page.text
    assert "Nâng cấp máy chủ" not in TestApp(app).get("/").text

    schedule(admin_app, tomorrow, tomorrow + timedelta(hours=2), "Nâng cấp máy chủ", emergency=True).follow()
    later = now + timedelta(days=20)
    schedule(admin_app, later, later + timedelta(hours=3), "Chuyển trung tâm dữ liệu").follow()
    home = TestApp(app).get("/")
    notices = home.html.select(".site-notice p")
    assert any("Nâng cấp máy chủ" in n.get_text() and "Bảo trì theo kế hoạch" in n.get_text() for n in notices)
    assert any("Chuyển trung tâm dữ liệu" in n.get_text() for n in notices)
    assert admin_app.get("/audit", {"action": "maintenance_scheduled"}).html.select("table.audit tbody tr")


def test_read_only_maintenance_refuses_changes_and_keeps_serving_pages(admin_app, app):
    now = datetime.now(LOCAL_TZ)
    schedule(admin_app, now - timedelta(minutes=1), now + timedelta(hours=1), "Sao lưu dữ liệu", emergency=True,
             read_only=True).follow()  # fmt: skip
    visitor = TestApp(app)
    home = visitor.get("/")
    assert "Đang bảo trì đến" in home.text and "không gửi hay thay đổi được" in home.text

    form = admin_app.get("/add?type=Section").forms["add-form"]
    form["title"] = "Chuyên mục mới"
    refused = form.submit("save", status=503)
    assert "Cổng đang bảo trì" in refused.text and refused.headers["Retry-After"]
    assert "Yêu cầu của bạn chưa được lưu; vui lòng gửi lại sau" in refused.text
    admin_app.get("/chuyen-muc-moi/", status=404)  # nothing was written

    # The Administrator ends it (and confirms); changes are accepted again.
    end_now(admin_app)
    form = admin_app.get("/add?type=Section").forms["add-form"]
    form["title"] = "Chuyên mục mới"
    form.submit("save").follow()
    assert admin_app.get("/chuyen-muc-moi/").status_int == 200
    assert "Đang bảo trì" not in visitor.get("/").text


def test_only_administrators_plan_maintenance(testapp):
    assert "/login" in testapp.get("/maintenance", status=303).location
