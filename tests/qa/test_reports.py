"""Hỏi - Đáp reports: a board counts the questions of a period by state, agency, field and channel, sees the median
time to answer and the share answered on time, and exports the questions as CSV without their senders' data."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import UTC, date, datetime

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock
from hpportal.core.portal import ROOT_KEY
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import force_state
from hpportal.qa.models import Question
from hpportal.qa.reports import Period

NOVEMBER = {"from": "2026-11-01", "to": "2026-11-30"}


def local(day: int, hour: int = 9, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=LOCAL_TZ).astimezone(UTC)


#: (portal, name, state, field, channel, received, agency, assigned, due, answered) — November 2026 has no holiday;
#: 2 November is a Monday. Working days from received to answered: 3, 7 and 5 (median 5); on time: 2 of 3.
ASKED = [
    ("so-a", "a", "published", "xay-dung", "portal", local(2), "Sở B", local(3), local(10, 17), local(5)),
    ("so-a", "b", "closed", "dat-dai", "email", local(3), "Công an thành phố", local(4), local(9, 17), local(12)),
    ("so-a", "c", "answered", "dat-dai", "facebook", local(6), "Sở B", local(9), local(16, 17), local(13)),
    ("so-a", "d", "received", "khac", "office", local(10), "", None, None, None),
    ("so-a", "e", "rejected", "khac", "portal", local(20), "", None, None, None),
    ("so-a", "f", "assigned", "y-te", "portal", local(15, month=10), "Sở B", local(16, month=10), None, None),
    ("so-b", "g", "in_progress", "y-te", "portal", local(11), "=1+2 Sở A", local(12), local(19, 17), None),
]


def sender(name: str) -> dict:
    """Personal data that must never reach a report."""
    return {
        "full_name": f"Người hỏi {name.upper()}",
        "citizen_id": f"03108500{ord(name):04d}",
        "address": f"Số {ord(name)} phố Lạch Tray",
        "phone": f"09123{ord(name):05d}",
        "email": f"nguoi.hoi.{name}@example.vn",
    }


def _questions(root, registry):
    site = root[ROOT_KEY]
    for portal, name, state, field, channel, received, agency, assigned, due, answered in ASKED:
        data = sender(name)
        citizen_id = data.pop("citizen_id")
        question = Question(
            title=f'=HYPERLINK("http://x") câu hỏi {name}',
            text="Nội dung câu hỏi.",
            field=field,
            channel=channel,
            received=received,
            agency_title=agency,
            assigned=assigned,
            due=due,
            answered=answered,
            **data,
        )
        question.set_citizen_id(registry.qa_cipher, citizen_id)
        site[portal]["hoi-dap"].add(f"cau-hoi-{name}", question, registry=registry)
        if state != "received":
            force_state(question, state, registry=registry)


@pytest.fixture
def report_app(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, _questions)
    yield app
    testing.database(app).close()


def person(app, login):
    browser = TestApp(app)
    testing.login(browser, login, testing.BOARD_PASSWORD)
    return browser


def codes(app) -> dict[str, str]:
    conn = testing.database(app).open()
    try:
        site = conn.root()[ROOT_KEY]
        return {name: site[portal]["hoi-dap"][f"cau-hoi-{name}"].code for portal, name, *_rest in ASKED}
    finally:
        conn.close()


def table(page, name) -> dict[str, int]:
    rows = page.html.select(f"table#by-{name} tbody tr")
    return {row.th.text.strip(): int(row.td.text.replace(".", "")) for row in rows}


def test_a_board_counts_its_questions_of_the_period(report_app):
    page = person(report_app, "so-a-btv").get("/so-a/hoi-dap/report", NOVEMBER)
    assert page.html.select_one(".total strong").text == "5"
    states = table(page, "state")
    assert states["Đã tiếp nhận"] == 1 and states["Không thuộc phạm vi"] == 1 and states["Đã đăng"] == 1
    assert states["Đã trả lời"] == 1 and states["Đã trả lời trực tiếp"] == 1
    assert states["Đã chuyển cơ quan trả lời"] == 0  # "f" was received in October
    assert sum(states.values()) == 5
    assert table(page, "agency") == {"Sở B": 2, "Công an thành phố": 1, "Chưa chuyển cơ quan trả lời": 2}
    fields = table(page, "field")
    assert fields["Đất đai, nhà ở"] == 2 and fields["Xây dựng, quy hoạch"] == 1 and fields["Khác"] == 2
    assert fields["Y tế"] == 0
    assert table(page, "channel") == {
        "Mục Hỏi - Đáp trên cổng": 2,
        "Thư điện tử": 1,
        "Trang Facebook": 1,
        "Văn bản giấy tại trụ sở Ban Biên tập": 1,
    }
    assert page.html.select_one(".median strong").text == "5"  # working days: 3, 7, 5
    assert page.html.select_one(".on-time strong").text == "67%"  # "b" was answered after its due date
    assert "Báo cáo" in person(report_app, "so-a-btv").get("/so-a/hoi-dap/").text


def test_the_city_reports_on_every_portal(report_app):
    admin = TestApp(report_app)
    testing.login(admin)
    page = admin.get("/hoi-dap/report", NOVEMBER)
    assert sum(table(page, "state").values()) == 6
    assert table(page, "state")["Đang xử lý"] == 1
    assert table(page, "agency")["=1+2 Sở A"] == 1


def test_the_period_defaults_to_the_last_30_days_and_bad_dates_are_ignored(report_app):
    clock.set_clock(lambda: local(25, 12))
    try:
        board = person(report_app, "so-a-btv")
        page = board.get("/so-a/hoi-dap/report")
        assert page.forms["report-period"]["from"].value == "2026-10-27"
        assert page.forms["report-period"]["to"].value == "2026-11-25"
        assert sum(table(page, "state").values()) == 5
        page = board.get("/so-a/hoi-dap/report", {"from": "2026-13-01", "to": "2026-11-30"})
        assert "ngày vừa nhập đã bị bỏ qua" in page.html.select_one(".notice").text
        assert page.forms["report-period"]["from"].value == "2026-11-01"
    finally:
        clock.set_clock(None)


def test_the_csv_has_a_row_per_question_and_no_personal_data(report_app):
    response = person(report_app, "so-a-btv").get("/so-a/hoi-dap/report.csv", NOVEMBER)
    assert response.content_type == "text/csv"
    assert 'filename="hoi-dap-2026-11.csv"' in response.headers["Content-Disposition"]
    assert "no-store" in response.headers["Cache-Control"]
    assert response.body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.body.decode("utf-8-sig"))))
    assert rows[0][0] == "Mã tra cứu" and len(rows[0]) == 10
    known = codes(report_app)
    assert [row[0] for row in rows[1:]] == [known[name] for name in "abcde"]  # oldest first, no "f", no "g"
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code[known["a"]][1:6] == [
        "2026-11-02 09:00",
        "Đã đăng",
        "Xây dựng, quy hoạch",
        "Mục Hỏi - Đáp trên cổng",
        "Sở B",
    ]
    assert by_code[known["a"]][-1] == "Có" and by_code[known["b"]][-1] == "Không" and by_code[known["d"]][-1] == ""
    text = response.body.decode("utf-8-sig")
    for name in "abcdefg":
        for value in sender(name).values():
            assert value not in text, value
    assert "HYPERLINK" not in text and "Nội dung" not in text  # nor what was asked


def test_the_city_csv_keeps_formulas_from_running(report_app):
    admin = TestApp(report_app)
    testing.login(admin)
    rows = list(csv.reader(io.StringIO(admin.get("/hoi-dap/report.csv", NOVEMBER).body.decode("utf-8-sig"))))
    assert len(rows) == 7
    assert "'=1+2 Sở A" in [row[5] for row in rows]


@pytest.mark.parametrize("view", ["report", "report.csv"])
def test_only_the_portals_board_gets_its_report(report_app, view):
    anonymous = TestApp(report_app).get(f"/so-a/hoi-dap/{view}", status=303)
    assert "/login" in anonymous.location
    person(report_app, "so-b-btv").get(f"/so-a/hoi-dap/{view}", status=403)
    person(report_app, "so-a-ctv").get(f"/so-a/hoi-dap/{view}", status=403)
    person(report_app, "so-a-btv").get(f"/so-b/hoi-dap/{view}", status=403)
    person(report_app, "so-a-btv").get(f"/hoi-dap/{view}", status=403)


@pytest.mark.parametrize(
    ("params", "since", "until", "filename"),
    [
        ({}, date(2026, 10, 27), date(2026, 11, 25), "hoi-dap-2026-10-27-2026-11-25.csv"),
        ({"from": "2026-02-01", "to": "2026-02-28"}, date(2026, 2, 1), date(2026, 2, 28), "hoi-dap-2026-02.csv"),
        ({"from": "2026-11-30", "to": "2026-11-01"}, date(2026, 11, 1), date(2026, 11, 30), "hoi-dap-2026-11.csv"),
        ({"to": "2026-12-31"}, date(2026, 12, 2), date(2026, 12, 31), "hoi-dap-2026-12-02-2026-12-31.csv"),
    ],
)
def test_the_period(params, since, until, filename):
    period = Period(params, date(2026, 11, 25))
    assert (period.since, period.until, period.filename, period.notices) == (since, until, filename, [])
