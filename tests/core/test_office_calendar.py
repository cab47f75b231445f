"""The portal's one office calendar: office hours, public holidays (from the ``holidays`` package) and deadlines in
working days."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from hpportal.core.calendar import OfficeCalendar
from hpportal.core.timezone import LOCAL_TZ

CALENDAR = OfficeCalendar()


def local(year, month, day, hour=0, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL_TZ)


def assert_utc(moment, expected):
    assert moment == expected
    assert moment.tzinfo is UTC


# Defaults


def test_defaults():
    assert CALENDAR.workdays == frozenset({0, 1, 2, 3, 4})
    assert CALENDAR.hours == ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))
    assert CALENDAR.country == "VN" and CALENDAR.holidays == CALENDAR.not_holidays == frozenset()
    assert OfficeCalendar.from_settings({}) == CALENDAR
    assert OfficeCalendar.from_settings({"hpportal.calendar.holidays": "  "}) == CALENDAR


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (local(2026, 3, 10, 7, 29), False),
        (local(2026, 3, 10, 7, 30), True),
        (local(2026, 3, 10, 11, 30), False),  # lunch
        (local(2026, 3, 10, 13, 30), True),
        (local(2026, 3, 10, 16, 59), True),
        (local(2026, 3, 10, 17, 0), False),
        (local(2026, 3, 7, 9, 0), False),  # Saturday
        (datetime(2026, 3, 10, 2, 0, tzinfo=UTC), True),  # 09:00 in Hải Phòng
        (datetime(2026, 3, 10, 0, 0, tzinfo=UTC), False),  # 07:00 in Hải Phòng
    ],
)
def test_is_open(moment, open_):
    assert CALENDAR.is_open(moment) is open_


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        CALENDAR.is_open(datetime(2026, 3, 10, 9, 0))
    with pytest.raises(ValueError, match="timezone-aware"):
        CALENDAR.add_working_days(datetime(2026, 3, 10, 9, 0), 1)


# Receipt


def test_paper_received_on_saturday_counts_from_monday_opening():
    assert_utc(CALENDAR.received_at(local(2026, 3, 7, 10, 0), electronic=False), local(2026, 3, 9, 7, 30))


def test_paper_received_at_lunch_counts_from_the_afternoon_opening():
    assert_utc(CALENDAR.received_at(local(2026, 3, 10, 12, 0), electronic=False), local(2026, 3, 10, 13, 30))


def test_paper_received_in_office_hours_counts_from_then():
    assert_utc(CALENDAR.received_at(local(2026, 3, 10, 9, 15), electronic=False), local(2026, 3, 10, 9, 15))


@pytest.mark.parametrize(
    ("moment", "opening"),
    [
        (local(2026, 3, 10, 6, 0), local(2026, 3, 10, 7, 30)),  # early morning
        (local(2026, 3, 6, 17, 0), local(2026, 3, 9, 7, 30)),  # Friday at closing time
        (local(2026, 3, 6, 22, 0), local(2026, 3, 9, 7, 30)),  # Friday evening
        (local(2026, 2, 13, 18, 0), local(2026, 2, 23, 7, 30)),  # the eve of the Tết break
        (local(2026, 4, 29, 17, 30), local(2026, 5, 4, 7, 30)),  # before 30/4 and 1/5
    ],
)
def test_next_opening(moment, opening):
    assert_utc(CALENDAR.next_opening(moment), opening)


def test_electronic_received_on_sunday_counts_from_sunday():
    sunday = local(2026, 3, 8, 21, 45)
    received = CALENDAR.received_at(sunday, electronic=True)
    assert_utc(received, sunday)
    # Sunday is not counted; Monday is the first working day.
    assert_utc(CALENDAR.add_working_days(received, 1), local(2026, 3, 9, 17, 0))


def test_electronic_counts_a_day_earlier_than_paper_at_the_weekend():
    saturday = local(2026, 3, 7, 10, 0)
    electronic = CALENDAR.add_working_days(CALENDAR.received_at(saturday, electronic=True), 2)
    paper = CALENDAR.add_working_days(CALENDAR.received_at(saturday, electronic=False), 2)
    assert_utc(electronic, local(2026, 3, 10, 17, 0))  # Monday, Tuesday
    assert_utc(paper, local(2026, 3, 11, 17, 0))  # received Monday: Tuesday, Wednesday


# Deadlines


def test_deadline_across_a_weekend():
    friday = local(2026, 3, 6, 16, 0)
    due = CALENDAR.add_working_days(friday, 3)
    assert_utc(due, local(2026, 3, 11, 17, 0))  # Monday, Tuesday, Wednesday: Wednesday at closing
    assert due == datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


def test_deadline_of_a_question_received_after_closing_or_at_the_weekend_is_the_same():
    for moment in (
        local(2026, 3, 6, 8, 0),
        local(2026, 3, 6, 20, 0),
        local(2026, 3, 7, 9, 0),
        local(2026, 3, 8, 23, 59),
    ):
        assert_utc(CALENDAR.add_working_days(moment, 3), local(2026, 3, 11, 17, 0))


def test_deadline_across_30_april_and_1_may():
    tuesday = local(2026, 4, 28, 9, 0)
    # Wednesday 29/4; Thursday 30/4 and Friday 1/5 are holidays; Monday 4/5; Tuesday 5/5.
    assert_utc(CALENDAR.add_working_days(tuesday, 3), local(2026, 5, 5, 17, 0))
    assert_utc(CALENDAR.add_working_days(tuesday, 1), local(2026, 4, 29, 17, 0))
    assert_utc(CALENDAR.add_working_days(tuesday, 2), local(2026, 5, 4, 17, 0))


def test_deadline_skips_the_compensatory_day_of_gio_to_hung_vuong():
    # 10/3 lunar is Sunday 26/4/2026, so Monday 27/4 is off.
    assert_utc(CALENDAR.add_working_days(local(2026, 4, 24, 10, 0), 1), local(2026, 4, 28, 17, 0))


def test_deadline_across_the_tet_break():
    assert_utc(CALENDAR.add_working_days(local(2026, 2, 13, 10, 0), 1), local(2026, 2, 23, 17, 0))
    assert_utc(CALENDAR.add_working_days(local(2026, 2, 18, 10, 0), 2), local(2026, 2, 24, 17, 0))


def test_deadline_at_least_one_day():
    with pytest.raises(ValueError, match="at least 1"):
        CALENDAR.add_working_days(local(2026, 3, 10, 9, 0), 0)


def test_tet_2026_is_not_working_days():
    assert CALENDAR.is_working_day(date(2026, 2, 13))
    for n in range(9):
        assert not CALENDAR.is_working_day(date(2026, 2, 14) + timedelta(n))
    assert CALENDAR.is_working_day(date(2026, 2, 23))
    assert not CALENDAR.is_open(local(2026, 2, 17, 9, 0))


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 1, 1),
        date(2026, 4, 27),
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 8, 31),  # swapped with Saturday 22/8
        date(2026, 9, 1),
        date(2026, 9, 2),
        date(2027, 1, 1),
        date(2027, 2, 5),
        date(2027, 2, 10),
        date(2027, 4, 16),
        date(2027, 5, 3),  # 1/5/2027 is a Saturday
        date(2027, 9, 2),
        # Later years, computed from the lunar calendar: no list to keep up to date.
        date(2030, 2, 4),  # Tết Canh Tuất: Monday 4/2/2030 is the 2nd day
        date(2030, 4, 12),  # Giỗ Tổ Hùng Vương 10/3 lunar: Friday 12/4/2030
        date(2031, 4, 1),  # Tuesday 1/4/2031
        date(2035, 2, 8),  # Tết Ất Mão: Thursday 8/2/2035
    ],
)
def test_vietnamese_holidays(day):
    assert day.weekday() < 5
    assert not CALENDAR.is_working_day(day)


def test_makeup_saturdays_are_working_days():
    saturday = date(2026, 8, 22)  # worked in exchange for Monday 31/8 (the government's swap)
    assert saturday.weekday() == 5
    assert CALENDAR.is_working_day(saturday) and not CALENDAR.is_working_day(date(2026, 8, 31))
    assert CALENDAR.hours_on(saturday) == CALENDAR.hours
    assert_utc(CALENDAR.next_opening(local(2026, 8, 21, 18, 0)), local(2026, 8, 22, 7, 30))


def test_working_days_across_tet_2026():
    """Wednesday 11/2 to Monday 23/2/2026: Thursday 12, Friday 13 and Monday 23 (not the 8 weekdays of a bare count)."""
    assert CALENDAR.working_days_after(date(2026, 2, 11), date(2026, 2, 23)) == 3


def test_working_days_between():
    friday = local(2026, 3, 6, 16, 0)
    for n in range(1, 30):
        assert CALENDAR.working_days_between(friday, CALENDAR.add_working_days(friday, n)) == n
    assert CALENDAR.working_days_between(friday, local(2026, 3, 6, 8, 0)) == 0
    assert CALENDAR.working_days_between(friday, local(2026, 3, 8, 8, 0)) == 0  # Sunday
    assert CALENDAR.working_days_between(local(2026, 3, 11, 17, 0), friday) == -3
    # Due on Tuesday 28/4/2026, still open on Tuesday 5/5: 3 working days overdue (29/4, 4/5, 5/5).
    assert CALENDAR.working_days_between(local(2026, 4, 28, 17, 0), local(2026, 5, 5, 9, 0)) == 3


# Settings


def test_settings_with_saturday_mornings():
    calendar = OfficeCalendar.from_settings(
        {
            "hpportal.calendar.workdays": "mon tue wed thu fri sat",
            "hpportal.calendar.office_hours": "07:30-11:30 13:30-17:00; sat 07:30-11:30",
        }
    )
    assert calendar.workdays == frozenset(range(6))
    assert calendar.hours == ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))
    assert calendar.hours_on(date(2026, 3, 7)) == ((time(7, 30), time(11, 30)),)
    assert calendar.hours_on(date(2026, 3, 8)) == ()
    assert calendar.is_open(local(2026, 3, 7, 9, 0))
    assert not calendar.is_open(local(2026, 3, 7, 14, 0))
    assert_utc(calendar.received_at(local(2026, 3, 7, 12, 0), electronic=False), local(2026, 3, 9, 7, 30))
    # Received Friday: Saturday is the first working day, and it closes at 11:30.
    assert_utc(calendar.add_working_days(local(2026, 3, 6, 16, 0), 1), local(2026, 3, 7, 11, 30))
    assert_utc(calendar.add_working_days(local(2026, 3, 6, 16, 0), 3), local(2026, 3, 10, 17, 0))
    # The default holidays still apply.
    assert not calendar.is_working_day(date(2026, 2, 16))


def test_settings_over_several_lines_of_an_ini_file():
    calendar = OfficeCalendar.from_settings(
        {
            "hpportal.calendar.workdays": "\nmon-fri\nsat",
            "hpportal.calendar.office_hours": "\n07:30-11:30 13:30-17:00\nsat 07:30-11:30\nfri 07:30-11:30 13:30-16:00",
        }
    )
    assert calendar.hours == ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))
    assert calendar.weekday_hours == (
        (4, ((time(7, 30), time(11, 30)), (time(13, 30), time(16, 0)))),
        (5, ((time(7, 30), time(11, 30)),)),
    )
    assert_utc(calendar.closing(date(2026, 3, 6)), local(2026, 3, 6, 16, 0))


def test_settings_with_day_ranges_and_full_names():
    calendar = OfficeCalendar.from_settings(
        {"hpportal.calendar.workdays": "Mon-Thu, Saturday", "hpportal.calendar.office_hours": "8:00-12:00\n13:00-16:30"}
    )
    assert calendar.workdays == frozenset({0, 1, 2, 3, 5})
    assert calendar.hours == ((time(8, 0), time(12, 0)), (time(13, 0), time(16, 30)))
    assert calendar.weekday_hours == ()


def test_settings_add_and_remove_days():
    calendar = OfficeCalendar.from_settings(
        {
            "hpportal.calendar.holidays": "2026-01-02, 2027-02-11..2027-02-12\n  2027-04-15",
            "hpportal.calendar.not_holidays": "2026-11-24",
            "hpportal.calendar.makeup_workdays": "2026-01-10",
        }
    )
    assert calendar.holidays == frozenset({date(2026, 1, 2), date(2027, 2, 11), date(2027, 2, 12), date(2027, 4, 15)})
    assert not calendar.is_working_day(date(2026, 1, 2)) and calendar.is_working_day(date(2026, 1, 10))
    assert not calendar.is_working_day(date(2027, 2, 12))
    assert calendar.is_working_day(date(2026, 11, 24))  # a country's holiday worked here
    assert not calendar.is_working_day(date(2026, 2, 16))  # the country's others still apply
    assert_utc(calendar.add_working_days(local(2026, 1, 9, 10, 0), 1), local(2026, 1, 10, 17, 0))


def test_settings_without_a_country():
    calendar = OfficeCalendar.from_settings(
        {"hpportal.calendar.country": "none", "hpportal.calendar.holidays": "2027-01-01"}
    )
    assert calendar.is_working_day(date(2026, 2, 16)) and not calendar.is_working_day(date(2027, 1, 1))
    assert not calendar.is_working_day(date(2026, 8, 22))  # no swapped Saturdays either


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("hpportal.calendar.workdays", "mon tue funday", "'funday' is not a weekday"),
        ("hpportal.calendar.workdays", "fri-mon", "'fri-mon' is not a weekday"),
        ("hpportal.calendar.office_hours", "07:30-11:30 1:30pm-5pm", "'1:30pm-5pm' is not an office period"),
        ("hpportal.calendar.office_hours", "07:30-11:30 25:00-26:00", "'25:00-26:00' is not an office period"),
        ("hpportal.calendar.office_hours", "11:30-07:30", "does not end after it starts"),
        ("hpportal.calendar.office_hours", "13:30-17:00 07:30-11:30", "must be in order"),
        ("hpportal.calendar.office_hours", "07:30-12:00 11:30-17:00", "must not overlap"),
        (
            "hpportal.calendar.office_hours",
            "07:30-11:30; sat 07:30-11:30",
            "sat, which is not in hpportal.calendar.workdays",
        ),
        ("hpportal.calendar.office_hours", "sat", "no office periods after sat"),
        ("hpportal.calendar.office_hours", "mon 08:00-12:00 mon 13:00-17:00", "the hours of mon are given twice"),
        ("hpportal.calendar.holidays", "2027-02-30", "'2027-02-30' is not a date"),
        ("hpportal.calendar.holidays", "05/02/2027", "'05/02/2027' is not a date"),
        ("hpportal.calendar.holidays", "2027-02-11..2027-02-05", "ends before it starts"),
        ("hpportal.calendar.makeup_workdays", "2027-02-20..", "is not a date"),
        ("hpportal.calendar.country", "XX", "knows no country 'XX'"),
    ],
)
def test_bad_settings(name, value, message):
    with pytest.raises(ValueError, match=name) as error:
        OfficeCalendar.from_settings({name: value})
    assert message in str(error.value)


def test_a_date_cannot_be_both_holiday_and_makeup_day():
    with pytest.raises(ValueError, match="both holidays and make-up working days: 2026-01-10"):
        OfficeCalendar.from_settings(
            {"hpportal.calendar.holidays": "2026-01-10", "hpportal.calendar.makeup_workdays": "2026-01-10"}
        )
