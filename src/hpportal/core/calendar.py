"""The office calendar of the whole portal: working days, office hours, public holidays, deadlines in working days.

One calendar serves every deadline (Q&A answers, planned-downtime notice, receipt of paper mail ...): build it once
with :func:`office_calendar`. Public holidays come from the maintained ``holidays`` package (Vietnam: Tết and Giỗ Tổ
Hùng Vương computed for any year from the lunar calendar, the compensatory days of Labour Code Art. 111.3 and the
government's swapped days — a weekday off made up by working a Saturday), with settings to add or remove days.

Electronic mail counts from its arrival, at any hour; paper from the next opening (:meth:`OfficeCalendar.received_at`).
Everything here is pure: moments in are timezone-aware datetimes in any zone, read in Vietnam time
(:data:`hpportal.core.timezone.LOCAL_TZ`); moments out are timezone-aware datetimes in UTC, as the portal stores them.

Settings (all optional; see :meth:`OfficeCalendar.from_settings`)::

    hpportal.calendar.workdays = mon tue wed thu fri
    hpportal.calendar.office_hours = 07:30-11:30 13:30-17:00
    hpportal.calendar.country = VN                       (``none``: no public holidays but the added ones)
    hpportal.calendar.holidays = 2026-01-02              (days off added to the country's)
    hpportal.calendar.not_holidays = 2026-11-24          (the country's holidays that are worked here)
    hpportal.calendar.makeup_workdays = 2026-01-10       (Saturdays worked, added to the country's swapped days)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise

import holidays

from hpportal.core.timezone import LOCAL_TZ

Period = tuple[time, time]
Periods = tuple[Period, ...]

PREFIX = "hpportal.calendar."
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_WORKDAYS = frozenset(range(5))
# Office hours of the state administrative agencies of Hải Phòng: 07:30-11:30 and 13:30-17:00, Monday to Friday.
DEFAULT_HOURS: Periods = ((time(7, 30), time(11, 30)), (time(13, 30), time(17, 0)))
DEFAULT_COUNTRY = "VN"

# How far ahead to look for a working day before deciding the calendar has none (a misconfiguration).
_SEARCH_DAYS = 3 * 366


@lru_cache(maxsize=256)
def public_holidays(country: str, year: int) -> tuple[frozenset[date], frozenset[date]]:
    """The public holidays of ``country`` in ``year`` (observed and swapped days included), and its weekend days
    worked in exchange, from the ``holidays`` package."""
    found = holidays.country_holidays(country, years=year)
    return frozenset(found), frozenset(getattr(found, "weekend_workdays", ()) or ())


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
    """When the office is open, and which days count as working days.

    ``workdays``: weekdays worked (Monday=0 … Sunday=6). ``hours``: the office periods of a working day, in local time,
    in order. ``country``: whose public holidays are days off (``None``: none). ``holidays``: more dates off.
    ``not_holidays``: the country's holidays worked all the same. ``makeup_workdays``: more dates worked though their
    weekday is not (they keep ``hours``). ``weekday_hours``: office periods of particular weekdays, instead of
    ``hours`` (e.g. Saturday mornings), as pairs ``(weekday, periods)``.
    """

    workdays: frozenset[int] = DEFAULT_WORKDAYS
    hours: Periods = DEFAULT_HOURS
    country: str | None = DEFAULT_COUNTRY
    holidays: frozenset[date] = frozenset()
    not_holidays: frozenset[date] = frozenset()
    makeup_workdays: frozenset[date] = frozenset()
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
        if self.country is not None:
            try:
                public_holidays(self.country, 2026)
            except NotImplementedError:
                raise ValueError(f"the holidays package knows no country {self.country!r}") from None

    # Settings

    @classmethod
    def from_settings(cls, settings: dict) -> OfficeCalendar:
        """The calendar of the ``hpportal.calendar.*`` settings; a setting missing or blank keeps its default.

        - ``workdays``: weekday names (``mon`` … ``sun`` or in full, ranges ``mon-fri``).
        - ``office_hours``: periods ``HH:MM-HH:MM``; weekday names followed by periods give those days other hours:
          ``07:30-11:30 13:30-17:00; sat 07:30-11:30`` (the ``;`` is optional).
        - ``country``: the ISO code of the country whose public holidays count (``VN``), or ``none``.
        - ``holidays``, ``not_holidays``, ``makeup_workdays``: ISO dates and ranges ``2027-02-05..2027-02-11``
          separated by spaces or commas: days off added, the country's holidays removed, days worked added.

        A bad value raises :class:`ValueError` naming the setting.
        """
        fields: dict = {}
        value = _setting(settings, PREFIX + "workdays")
        if value is not None:
            fields["workdays"] = frozenset(_parse_weekdays(value, PREFIX + "workdays"))
        value = _setting(settings, PREFIX + "office_hours")
        if value is not None:
            hours, weekday_hours = _parse_office_hours(value)
            if hours is not None:
                fields["hours"] = hours
            fields["weekday_hours"] = weekday_hours
            workdays = fields.get("workdays", DEFAULT_WORKDAYS)
            for day, _ in weekday_hours:
                if day not in workdays:
                    raise ValueError(
                        f"{PREFIX}office_hours: gives hours for {WEEKDAY_NAMES[day]}, which is not in {PREFIX}workdays"
                    )
        value = _setting(settings, PREFIX + "country")
        if value is not None:
            fields["country"] = None if value.lower() == "none" else value.upper()
            if fields["country"] not in (None, *holidays.list_supported_countries()):
                raise ValueError(f"{PREFIX}country: the holidays package knows no country {value!r}")
        for key in ("holidays", "not_holidays", "makeup_workdays"):
            value = _setting(settings, PREFIX + key)
            if value is not None:
                fields[key] = _parse_dates(value, PREFIX + key)
        try:
            return cls(**fields)
        except ValueError as error:
            raise ValueError(f"{PREFIX}* settings: {error}") from None

    # Days

    def is_holiday(self, d: date) -> bool:
        """Whether ``d`` is a day off whatever its weekday (a public holiday, or one added by the settings)."""
        if d in self.holidays:
            return True
        if self.country is None or d in self.not_holidays:
            return False
        return d in public_holidays(self.country, d.year)[0]

    def is_working_day(self, d: date) -> bool:
        """Whether the office works on ``d`` (a local date)."""
        if d in self.makeup_workdays:
            return True
        if self.is_holiday(d):
            return False
        if d.weekday() in self.workdays:
            return True
        return self.country is not None and d in public_holidays(self.country, d.year)[1]

    def hours_on(self, d: date) -> Periods:
        """The office periods of ``d`` in local time; none on a day off (a make-up day keeps ``hours``)."""
        if not self.is_working_day(d):
            return ()
        if d.weekday() in self.workdays:
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

    def working_days_after(self, first: date, last: date) -> int:
        """The working days after the date ``first`` up to and including the date ``last`` (0 when not after)."""
        return sum(1 for n in range(1, (last - first).days + 1) if self.is_working_day(first + timedelta(n)))

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
        return self.working_days_after(first, last)


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
    name = PREFIX + "office_hours"
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


def office_calendar(request_or_registry) -> OfficeCalendar:
    """The portal's calendar, built from the settings at start-up."""
    return getattr(request_or_registry, "registry", request_or_registry).office_calendar


def includeme(config):
    # Built at start-up, so that a wrong setting stops the portal with a message naming it.
    config.registry.office_calendar = OfficeCalendar.from_settings(config.get_settings())
