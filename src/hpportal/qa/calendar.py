"""Office hours, public holidays and deadlines in working days for the Q&A board (issue "Hỏi - Đáp").

Questions sent electronically (portal, email, Facebook) count from the moment they arrive, at any hour; questions on
paper received outside office hours count from the next opening of the office. Each assignment of a question to an
agency is due a number of working days later (:meth:`OfficeCalendar.add_working_days`).

Everything here is pure: moments in are timezone-aware datetimes in any zone, read in Vietnam time
(:data:`hpportal.core.timezone.LOCAL_TZ`); moments out are timezone-aware datetimes in UTC, as the portal stores them.

Settings (all optional; see :meth:`OfficeCalendar.from_settings`)::

    hpportal.qa.workdays = mon tue wed thu fri
    hpportal.qa.office_hours = 07:30-11:30 13:30-17:00
    hpportal.qa.holidays = 2027-01-01 2027-02-05..2027-02-11
    hpportal.qa.makeup_workdays = 2026-01-10
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from hpportal.core.timezone import LOCAL_TZ

Period = tuple[time, time]
Periods = tuple[Period, ...]

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_WORKDAYS = frozenset(range(5))
# Office hours of the state administrative agencies of Hải Phòng: 07:30-11:30 and 13:30-17:00, Monday to Friday.
DEFAULT_HOURS: Periods = ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))

# How far ahead to look for a working day before deciding the calendar has none (a misconfiguration).
_SEARCH_DAYS = 3 * 366


def _days(first: str, last: str) -> frozenset[date]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return frozenset(start + timedelta(n) for n in range((end - start).days + 1))


def _day(iso: str) -> frozenset[date]:
    return _days(iso, iso)


# The public holidays of Vietnam in 2026 and 2027 on which the state agencies (Monday-Friday) are closed.
#
# Law: Labour Code 2019 (45/2019/QH14), Art. 112.1: Tết Dương lịch 1 day (1 January); Tết Âm lịch 5 days; Ngày Chiến
# thắng 1 day (30 April); Ngày Quốc tế lao động 1 day (1 May); Quốc khánh 2 days (2 September and one adjacent day,
# before or after); Giỗ Tổ Hùng Vương 1 day (10th day of the 3rd lunar month). Art. 112.3: the Prime Minister decides
# each year the days of Tết Âm lịch and the second day of Quốc khánh. Art. 111.3: a holiday falling on a weekly rest
# day gives a compensatory day off on the next working day ("nghỉ bù"). The government also swaps days ("hoán đổi"):
# a weekday off is made up by working a Saturday, listed in VIETNAM_MAKEUP_WORKDAYS_2026_2027.
#
# Not included: Ngày Văn hóa Việt Nam (24 November), which the Politburo chose in 2025 to become a paid holiday; as of
# the Ministry of Home Affairs' proposal of January 2026 it was to be added when the Labour Code is amended. Add it with
# ``hpportal.qa.holidays`` once it is law.
VIETNAM_HOLIDAYS_2026_2027: frozenset[date] = frozenset().union(
    # 2026
    # Tết Dương lịch: Thu 1 Jan; Fri 2 Jan off in exchange for Sat 10 Jan (Government Office dispatch
    # 12729/VPCP-KGVX of 25 Dec 2025, on the Ministry of Home Affairs' proposal 12556/BNV-CVL).
    _days("2026-01-01", "2026-01-02"),
    # Tết Nguyên đán Bính Ngọ (Lunar New Year: Tue 17 Feb 2026): off Mon 16 - Fri 20 Feb, with the weekends Sat 14 -
    # Sun 22 Feb (Prime Minister's approval of Oct 2025; Ministry of Home Affairs notice 9441/TB-BNV of 16 Oct 2025).
    _days("2026-02-14", "2026-02-22"),
    # Giỗ Tổ Hùng Vương: 10/3 lunar is Sun 26 Apr 2026, so Mon 27 Apr is the compensatory day (Art. 111.3).
    _days("2026-04-26", "2026-04-27"),
    # 30/4 (Thu) and 1/5 (Fri).
    _days("2026-04-30", "2026-05-01"),
    # Quốc khánh: Tue 1 and Wed 2 Sep, and Mon 31 Aug in exchange for Sat 22 Aug (notice 9441/TB-BNV).
    _days("2026-08-31", "2026-09-02"),
    # 2027
    # Tết Dương lịch: Fri 1 Jan.
    _day("2027-01-01"),
    # Tết Nguyên đán Đinh Mùi (Lunar New Year: Sat 6 Feb 2027). ASSUMPTION, to be confirmed (and this entry corrected)
    # when the government announces the schedule: the 5 days from the last day of the old year, Fri 5 - Tue 9 Feb, with
    # Sat 6 and Sun 7 made up on Wed 10 and Thu 11 (Art. 111.3): Fri 5 - Thu 11 Feb, 5 working days off.
    _days("2027-02-05", "2027-02-11"),
    # Giỗ Tổ Hùng Vương: 10/3 lunar is Fri 16 Apr 2027.
    _day("2027-04-16"),
    # 30/4 (Fri) and 1/5 (Sat), made up on Mon 3 May (Art. 111.3).
    _days("2027-04-30", "2027-05-03"),
    # Quốc khánh: Thu 2 Sep and, ASSUMPTION to be confirmed when the Prime Minister decides, Fri 3 Sep (the adjacent
    # day next to the weekend, as chosen in 2024-2026).
    _days("2027-09-02", "2027-09-03"),
)

# Saturdays worked in exchange for a weekday off (see above).
VIETNAM_MAKEUP_WORKDAYS_2026_2027: frozenset[date] = frozenset({date(2026, 1, 10), date(2026, 8, 22)})


def _periods_problem(periods: Periods) -> str | None:
    if not periods:
        return "no office periods"
    for start, end in periods:
        if not start < end:
            return f"the period {start:%H:%M}-{end:%H:%M} does not end after it starts"
    for (_, end), (start, _) in pairwise(periods):
        if start < end:
            return f"the periods must be in order and must not overlap ({end:%H:%M} > {start:%H:%M})"
    return None


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a timezone-aware datetime is needed, not {moment!r}")
    return moment


@dataclass(frozen=True)
class OfficeCalendar:
    """When the board's office is open, and which days count as working days.

    ``workdays``: weekdays worked (Monday=0 … Sunday=6). ``hours``: the office periods of a working day, in local time,
    in order. ``holidays``: dates off even when their weekday is worked. ``makeup_workdays``: dates worked even though
    their weekday is not (Saturdays worked in exchange for a holiday weekday; they keep ``hours``).
    ``weekday_hours``: office periods of particular weekdays, instead of ``hours`` (e.g. Saturday mornings), as pairs
    ``(weekday, periods)``.
    """

    workdays: frozenset[int] = DEFAULT_WORKDAYS
    hours: Periods = DEFAULT_HOURS
    holidays: frozenset[date] = VIETNAM_HOLIDAYS_2026_2027
    makeup_workdays: frozenset[date] = VIETNAM_MAKEUP_WORKDAYS_2026_2027
    weekday_hours: tuple[tuple[int, Periods], ...] = ()

    def __post_init__(self) -> None:
        if not self.workdays:
            raise ValueError("an office calendar needs at least one working weekday")
        if not all(isinstance(day, int) and 0 <= day <= 6 for day in self.workdays):
            raise ValueError(f"working weekdays are 0 (Monday) to 6 (Sunday), not {sorted(self.workdays)}")
        problem = _periods_problem(self.hours)
        if problem:
            raise ValueError(f"office hours: {problem}")
        for day, periods in self.weekday_hours:
            if day not in self.workdays:
                raise ValueError(f"office hours are given for weekday {day}, which is not a working weekday")
            problem = _periods_problem(periods)
            if problem:
                raise ValueError(f"office hours of {WEEKDAY_NAMES[day]}: {problem}")
        both = self.holidays & self.makeup_workdays
        if both:
            raise ValueError(f"dates both holidays and make-up working days: {', '.join(map(str, sorted(both)))}")

    # Settings

    @classmethod
    def from_settings(cls, settings: dict) -> OfficeCalendar:
        """The calendar of the ``hpportal.qa.*`` settings; a setting missing or blank keeps its default.

        - ``hpportal.qa.workdays``: weekday names (``mon`` … ``sun`` or in full, ranges ``mon-fri``).
        - ``hpportal.qa.office_hours``: periods ``HH:MM-HH:MM``; weekday names followed by periods give those days
          other hours: ``07:30-11:30 13:30-17:00; sat 07:30-11:30`` (the ``;`` is optional).
        - ``hpportal.qa.holidays``: ISO dates and ranges ``2027-02-05..2027-02-11`` separated by spaces or commas, or
          ``none``. They replace the default Vietnamese holidays, and then the make-up working days default to none.
        - ``hpportal.qa.makeup_workdays``: dates worked though their weekday is not, same form.

        A bad value raises :class:`ValueError` naming the setting.
        """
        fields: dict = {}
        value = _setting(settings, "hpportal.qa.workdays")
        if value is not None:
            fields["workdays"] = frozenset(_parse_weekdays(value, "hpportal.qa.workdays"))
        value = _setting(settings, "hpportal.qa.office_hours")
        if value is not None:
            hours, weekday_hours = _parse_office_hours(value)
            if hours is not None:
                fields["hours"] = hours
            fields["weekday_hours"] = weekday_hours
            workdays = fields.get("workdays", DEFAULT_WORKDAYS)
            for day, _ in weekday_hours:
                if day not in workdays:
                    raise ValueError(
                        f"hpportal.qa.office_hours: gives hours for {WEEKDAY_NAMES[day]}, "
                        "which is not in hpportal.qa.workdays"
                    )
        value = _setting(settings, "hpportal.qa.holidays")
        if value is not None:
            fields["holidays"] = _parse_dates(value, "hpportal.qa.holidays")
            fields["makeup_workdays"] = frozenset()
        value = _setting(settings, "hpportal.qa.makeup_workdays")
        if value is not None:
            fields["makeup_workdays"] = _parse_dates(value, "hpportal.qa.makeup_workdays")
        try:
            return cls(**fields)
        except ValueError as error:
            raise ValueError(f"hpportal.qa settings: {error}") from None

    # Days

    def is_working_day(self, d: date) -> bool:
        """Whether the office works on ``d`` (a local date)."""
        if d in self.makeup_workdays:
            return True
        return d.weekday() in self.workdays and d not in self.holidays

    def hours_on(self, d: date) -> Periods:
        """The office periods of ``d`` in local time; none when it is not a working day."""
        if not self.is_working_day(d):
            return ()
        if d not in self.makeup_workdays:
            for day, periods in self.weekday_hours:
                if day == d.weekday():
                    return periods
        return self.hours

    def closing(self, d: date) -> datetime:
        """The end of the office day ``d`` (a working day), in UTC."""
        periods = self.hours_on(d)
        if not periods:
            raise ValueError(f"{d} is not a working day")
        return _utc(d, periods[-1][1])

    def next_working_day(self, d: date) -> date:
        """The first working day after ``d``."""
        for n in range(1, _SEARCH_DAYS):
            candidate = d + timedelta(n)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError(f"no working day within {_SEARCH_DAYS} days after {d}")

    # Moments

    def is_open(self, moment: datetime) -> bool:
        """Whether the office is open at ``moment`` (aware; read in local time); periods include their start only."""
        local = _aware(moment).astimezone(LOCAL_TZ)
        now = local.time().replace(tzinfo=None)
        return any(start <= now < end for start, end in self.hours_on(local.date()))

    def next_opening(self, moment: datetime) -> datetime:
        """``moment`` if the office is open then, else the start of the next office period on a working day; UTC."""
        local = _aware(moment).astimezone(LOCAL_TZ)
        if self.is_open(local):
            return local.astimezone(UTC)
        now = local.time().replace(tzinfo=None)
        for start, _ in self.hours_on(local.date()):
            if now < start:
                return _utc(local.date(), start)
        day = self.next_working_day(local.date())
        return _utc(day, self.hours_on(day)[0][0])

    def received_at(self, moment: datetime, *, electronic: bool) -> datetime:
        """When a question that arrived at ``moment`` counts as received, in UTC.

        Electronic channels (portal, email, Facebook) receive at any hour: the moment itself. Paper is received when
        the office opens: the moment itself during office hours, else :meth:`next_opening`.
        """
        if electronic:
            return _aware(moment).astimezone(UTC)
        return self.next_opening(moment)

    # Deadlines

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """The deadline of ``days`` working days counted from ``start`` (the moment received), in UTC.

        Convention (Civil Code 2015, Art. 147.1 and 148; the practice of administrative time limits "N ngày làm việc"):
        the day on which the period starts is not counted; the period ends at the close of office on the ``days``-th
        working day after the local date of ``start``. Received on Friday at 16:00 (or on Saturday, or on Friday
        evening), 3 working days end on Wednesday at 17:00; holidays and weekends are skipped, and a make-up Saturday
        counts. ``days`` must be at least 1.
        """
        if days < 1:
            raise ValueError(f"a deadline is at least 1 working day, not {days}")
        day = _aware(start).astimezone(LOCAL_TZ).date()
        for _ in range(days):
            day = self.next_working_day(day)
        return self.closing(day)

    def working_days_between(self, a: datetime, b: datetime) -> int:
        """The working days after the local date of ``a`` up to and including the local date of ``b``.

        Negative when ``b`` is on an earlier day than ``a``; 0 on the same day. It undoes :meth:`add_working_days`:
        ``working_days_between(s, add_working_days(s, n)) == n``. So ``working_days_between(now, due)`` is how many
        working days are left (0: due today; negative: overdue), and ``working_days_between(due, now)`` how many
        working days a question is overdue.
        """
        first = _aware(a).astimezone(LOCAL_TZ).date()
        last = _aware(b).astimezone(LOCAL_TZ).date()
        if last < first:
            return -self.working_days_between(b, a)
        return sum(1 for n in range(1, (last - first).days + 1) if self.is_working_day(first + timedelta(n)))


def _utc(d: date, t: time) -> datetime:
    return datetime.combine(d, t, tzinfo=LOCAL_TZ).astimezone(UTC)


# Parsing of the settings


def _setting(settings: dict, name: str) -> str | None:
    value = settings.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name}: expected text, not {value!r}")
    return value.strip() or None


_TOKEN_SEPARATORS = re.compile(r"[\s,]+")
_FULL_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(name: str) -> int | None:
    name = name.lower()
    for number, (short, full) in enumerate(zip(WEEKDAY_NAMES, _FULL_NAMES, strict=True)):
        if name in (short, full):
            return number
    return None


def _weekdays_of(token: str) -> list[int] | None:
    """The weekdays of a name (``mon``) or a range (``mon-fri``); ``None`` when ``token`` is neither."""
    first, sep, last = token.partition("-")
    start = _weekday(first)
    end = _weekday(last) if sep else start
    if start is None or end is None or end < start:
        return None
    return list(range(start, end + 1))


def _parse_weekdays(value: str, name: str) -> set[int]:
    days: set[int] = set()
    for token in _TOKEN_SEPARATORS.split(value.strip()):
        found = _weekdays_of(token)
        if found is None:
            raise ValueError(
                f"{name}: {token!r} is not a weekday: use mon, tue, wed, thu, fri, sat, sun (or ranges like mon-fri)"
            )
        days.update(found)
    return days


_PERIOD = re.compile(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})")


def _parse_period(token: str, name: str) -> Period:
    match = _PERIOD.fullmatch(token)
    try:
        if not match:
            raise ValueError
        h1, m1, h2, m2 = map(int, match.groups())
        return time(h1, m1), time(h2, m2)
    except ValueError:
        raise ValueError(f"{name}: {token!r} is not an office period like 07:30-11:30") from None


def _parse_office_hours(value: str) -> tuple[Periods | None, tuple[tuple[int, Periods], ...]]:
    """The default periods (``None`` when all periods follow weekday names) and the periods of particular weekdays.

    Weekday names start a group: ``07:30-11:30 13:30-17:00; sat 07:30-11:30`` (the ``;`` is optional).
    """
    name = "hpportal.qa.office_hours"
    groups: list[tuple[list[int], list[str]]] = [([], [])]
    for token in re.split(r"[\s,;]+", value.strip()):
        found = _weekdays_of(token)
        if found is None:
            groups[-1][1].append(token)
            continue
        if groups[-1][1]:
            groups.append(([], []))
        groups[-1][0].extend(found)
    default: Periods | None = None
    by_day: dict[int, Periods] = {}
    for days, tokens in groups:
        if not tokens:
            if days:
                raise ValueError(f"{name}: no office periods after {' '.join(WEEKDAY_NAMES[day] for day in days)}")
            continue
        periods = tuple(_parse_period(token, name) for token in tokens)
        problem = _periods_problem(periods)
        if problem:
            raise ValueError(f"{name}: {problem}")
        if not days:
            default = periods
        for day in days:
            if day in by_day:
                raise ValueError(f"{name}: the hours of {WEEKDAY_NAMES[day]} are given twice")
            by_day[day] = periods
    return default, tuple(sorted(by_day.items()))


def _parse_dates(value: str, name: str) -> frozenset[date]:
    if value.lower() == "none":
        return frozenset()
    dates: set[date] = set()
    for token in _TOKEN_SEPARATORS.split(value.strip()):
        first, sep, last = token.partition("..")
        try:
            start = date.fromisoformat(first)
            end = date.fromisoformat(last) if sep else start
        except ValueError:
            raise ValueError(
                f"{name}: {token!r} is not a date (YYYY-MM-DD) or a range of dates (YYYY-MM-DD..YYYY-MM-DD)"
            ) from None
        if end < start:
            raise ValueError(f"{name}: the range {token!r} ends before it starts")
        dates.update(start + timedelta(n) for n in range((end - start).days + 1))
    return frozenset(dates)
