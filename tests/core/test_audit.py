"""The audit log page beyond one screen: pages, the target filter, Vietnamese days, the whole log as CSV.

(The basics — logins listed, action/person/date filters, the CSV header, who may read — are in
test_auditlog.py.)
"""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.portal import ROOT_KEY
from hpportal.core.timezone import LOCAL_TZ

#: 120 deletions, one a minute from 08:00 on 20 November 2026 (Vietnamese time).
START = datetime(2026, 11, 20, 8, 0, tzinfo=LOCAL_TZ)
DELETIONS = 120


def append(app, *entries):
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    try:
        with tm:
            log = conn.root()[ROOT_KEY].audit
            for entry in entries:
                log.append(entry)
    finally:
        conn.close()


def entry(when, action=audit.DELETED, target="", detail="", actor="so-a-btv"):
    return audit.Entry(
        when=when.astimezone(UTC),
        action=action,
        actor_id=None,
        actor=actor,
        target=target,
        detail=detail,
        address="127.0.0.1",
    )


@pytest.fixture
def busy_log(app):
    append(app, *(entry(START + timedelta(minutes=n), target=f"/tin-tuc/bai-{n}") for n in range(DELETIONS)))
    return app


def targets(page):
    return [row.select("td")[3].get_text() for row in page.html.select("table.audit tbody tr")]


def test_the_log_is_read_page_by_page_newest_first(busy_log, admin_app):
    first = admin_app.get("/audit", {"action": "deleted"})
    assert targets(first) == [f"/tin-tuc/bai-{n}" for n in range(119, 69, -1)]
    assert first.html.select_one("nav.pagination a[rel=next]")["href"].endswith("action=deleted&page=2")
    last = admin_app.get("/audit", {"action": "deleted", "page": "3"})
    assert targets(last) == [f"/tin-tuc/bai-{n}" for n in range(19, -1, -1)]
    assert targets(admin_app.get("/audit", {"action": "deleted", "page": "99"})) == targets(last)
    assert targets(admin_app.get("/audit", {"action": "deleted", "page": "hai"})) == targets(first)

    unfiltered = admin_app.get("/audit")  # the admin's own login is the newest entry
    rows = unfiltered.html.select("table.audit tbody tr")
    assert len(rows) == 50 and rows[0]["class"] == ["action-login"]
    assert targets(unfiltered)[1:] == [f"/tin-tuc/bai-{n}" for n in range(119, 70, -1)]


def test_filters_by_target_and_person_ignoring_case_and_diacritics(app, admin_app):
    append(
        app,
        entry(START, action=audit.ROLES_CHANGED, target="/so-a/Tin-tuc", actor="quantri-tp"),
        entry(START, action=audit.GROUP_CHANGED, target="Ban biên tập Sở A", actor="so-a-qt"),
    )
    assert targets(admin_app.get("/audit", {"target": "TIN-TUC"})) == ["/so-a/Tin-tuc"]
    assert targets(admin_app.get("/audit", {"target": "bien tap"})) == ["Ban biên tập Sở A"]
    assert targets(admin_app.get("/audit", {"actor": "QuanTri-TP"})) == ["/so-a/Tin-tuc"]
    both = admin_app.get("/audit", {"target": "so a", "actor": "so-a-qt", "action": "group_changed"})
    assert targets(both) == ["Ban biên tập Sở A"]
    page = admin_app.get("/audit", {"target": "so a", "actor": "so-a-qt"})
    assert page.forms["audit-filter"]["target"].value == "so a"  # the form keeps what was asked
    assert page.forms["audit-filter"]["actor"].value == "so-a-qt"


def test_days_are_vietnamese_days(app, admin_app):
    late = datetime(2026, 11, 27, 23, 30, tzinfo=LOCAL_TZ)  # 16:30 UTC the same day
    early = datetime(2026, 11, 28, 0, 15, tzinfo=LOCAL_TZ)  # 17:15 UTC the day before
    append(app, entry(late, target="late"), entry(early, target="early"))
    assert targets(admin_app.get("/audit", {"from": "2026-11-27", "to": "2026-11-27"})) == ["late"]
    assert targets(admin_app.get("/audit", {"from": "2026-11-28", "to": "2026-11-28"})) == ["early"]
    assert targets(admin_app.get("/audit", {"from": "2026-11-27", "to": "2026-11-28"})) == ["early", "late"]
    page = admin_app.get("/audit", {"from": "2026-11-28", "to": "2026-11-27"})
    assert "Không có mục nào" in page.text
    shown = admin_app.get("/audit", {"to": "2026-11-27"}).html.select_one("table.audit tbody tr td").get_text()
    assert shown == "23:30:00 27/11/2026"


@pytest.mark.parametrize("bad", ["28/11/2026", "2026-02-30", "hôm qua", "2026-13-01"])
def test_a_bad_date_is_ignored_with_a_notice(admin_app, bad):
    page = admin_app.get("/audit", {"from": bad})
    assert page.status_int == 200 and "năm-tháng-ngày" in page.text
    assert page.html.select("table.audit tbody tr")  # the other filters still apply: here none
    assert admin_app.get("/audit.csv", {"to": bad}).status_int == 200


def test_the_export_holds_every_matching_entry(busy_log, admin_app):
    response = admin_app.get("/audit.csv", {"action": "deleted", "page": "2"})
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.body.startswith(b"\xef\xbb\xbf")  # the BOM, so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(response.body.decode("utf-8-sig"))))
    assert rows[0] == ["Thời gian", "Hoạt động", "Người dùng", "Đối tượng", "Chi tiết", "Địa chỉ"]
    assert len(rows) == 1 + DELETIONS
    assert rows[1] == ["2026-11-20 09:59:00", "Đã xoá", "so-a-btv", "/tin-tuc/bai-119", "", "127.0.0.1"]
    assert rows[-1][0] == "2026-11-20 08:00:00"

    whole = admin_app.get("/audit.csv").body.decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(whole)))) == 1 + DELETIONS + 1  # and the admin's login


def test_the_export_link_keeps_the_filters(admin_app):
    page = admin_app.get("/audit", {"action": "login", "actor": "admin", "from": "2026-01-01", "page": "1"})
    link = page.html.find("a", string="Xuất tệp CSV")["href"]
    assert link.startswith("http://localhost/audit.csv?")
    assert "action=login" in link and "actor=admin" in link and "from=2026-01-01" in link and "page" not in link


def test_the_last_possible_day_is_not_an_error(admin_app):
    assert admin_app.get("/audit", {"to": "9999-12-31"}).status_int == 200
    assert admin_app.get("/audit.csv", {"to": "9999-12-31"}).status_int == 200


def test_a_login_typed_as_a_formula_is_not_run_by_excel(boards_app, browser_as):
    form = TestApp(boards_app).get("/login").forms["deform"]
    form["login"], form["password"] = '=HYPERLINK("http://evil.example","Bấm")', "sai mật khẩu"
    form.submit("log_in")
    csv_text = browser_as(testing.ADMIN_LOGIN).get("/audit.csv", {"action": "login_failed"}).body.decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(csv_text)))[1]
    assert row[3] == '\'=HYPERLINK("http://evil.example","Bấm")'
