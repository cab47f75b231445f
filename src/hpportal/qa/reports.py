"""Báo cáo Hỏi - Đáp: the questions received in a period by state, agency, field and channel, the median time to
answer and the share answered on time; a CSV export of the same questions that holds nothing about their senders.
"""

from __future__ import annotations

import csv
import io
from calendar import monthrange
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median

from babel.numbers import format_percent
from pyramid.response import Response
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import Any, Eq

from hpportal.core import clock
from hpportal.core.calendar import OfficeCalendar, office_calendar
from hpportal.core.catalog.catalog import PATH, TYPE, resolve
from hpportal.core.i18n import _
from hpportal.core.portal import Portal, find_portal, find_site
from hpportal.core.procedures import procedures
from hpportal.core.security import EDIT
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.views.auditlog import spreadsheet_safe
from hpportal.core.workflow import state_title
from hpportal.qa.models import CHANNELS, FIELDS, QASection, Question

DEFAULT_DAYS = 30  # the period when none is chosen: today and the 29 days before


class Period:
    """The days of the report, read from ``from`` and ``to`` (ISO dates, Vietnam time), both included.

    A bad date is dropped with the audit log's notice; a missing ``to`` is ``today``, a missing ``from`` the start of
    the :data:`DEFAULT_DAYS` ending on ``to``. Dates given the wrong way round are swapped.
    """

    def __init__(self, params, today: date):
        self.notices: list = []
        until = self._day(params.get("to", "")) or today
        since = self._day(params.get("from", "")) or until - timedelta(days=DEFAULT_DAYS - 1)
        self.since, self.until = min(since, until), max(since, until)

    def _day(self, value: str) -> date | None:
        value = value.strip()[:20]
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.notices.append(
                _("Dates are written as year-month-day, for example 2026-11-28; that date was ignored.")
            )
            return None

    @property
    def start(self) -> datetime:
        return datetime.combine(self.since, time.min, LOCAL_TZ)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.until, time.max, LOCAL_TZ)

    def includes(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment <= self.end

    def query(self) -> dict[str, str]:
        return {"from": self.since.isoformat(), "to": self.until.isoformat()}

    @property
    def filename(self) -> str:
        """``hoi-dap-2026-11.csv`` for a whole month, else ``hoi-dap-2026-11-03-2026-12-02.csv``."""
        last_of_month = self.since.replace(day=monthrange(self.since.year, self.since.month)[1])
        if self.since.day == 1 and self.until == last_of_month:
            return f"hoi-dap-{self.since:%Y-%m}.csv"
        return f"hoi-dap-{self.since.isoformat()}-{self.until.isoformat()}.csv"


@dataclass(frozen=True)
class ReportLine:
    """What the report keeps of one question: its routing and dates, never its text or anything about its sender."""

    code: str
    received: datetime
    state: str
    field: str
    channel: str
    agency: str
    assigned: datetime | None
    due: datetime | None
    answered: datetime | None

    @classmethod
    def of(cls, question: Question) -> ReportLine:
        return cls(
            code=question.code or "",
            received=question.received,
            state=question.workflow_state or "",
            field=question.field or "",
            channel=question.channel or "",
            agency=question.agency_title or "",
            assigned=question.assigned,
            due=question.due,
            answered=question.answered,
        )

    @property
    def on_time(self) -> bool | None:
        """Answered by the due date; ``None`` unless the question was both assigned and answered."""
        if self.assigned is None or self.due is None or self.answered is None:
            return None
        return self.answered <= self.due


def covers_whole_system(section) -> bool:
    """The city portal's section reports on every question of every portal; a component portal's on its own."""
    return isinstance(find_portal(section), Portal)


def lines_of(section, period: Period) -> list[ReportLine]:
    """The questions received in ``period``, oldest first, found through the catalog (only Questions are loaded)."""
    site = find_site(section)
    catalog = site.catalog
    query = Eq(TYPE, "Question")
    if not covers_whole_system(section):
        query = query & Any(PATH, [resource_path(section)])
    _total, docids = catalog.query(query)
    lines = []
    for question in resolve(catalog, site, docids):
        if not isinstance(question, Question):
            continue
        if period.includes(question.received):
            lines.append(ReportLine.of(question))
        if not question._p_changed:
            question._p_deactivate()  # a report reads thousands: keep only what it needs in memory
    lines.sort(key=lambda line: line.received)
    return lines


def _tally(counts: Counter, titles: dict) -> list[tuple]:
    """(title, count) of every known key in its order, zero included, then of any unknown key found."""
    rows = [(title, counts.get(key, 0)) for key, title in titles.items()]
    return rows + [(key, count) for key, count in counts.items() if key not in titles]


def _by_agency(lines: list[ReportLine]) -> list[tuple]:
    counts = Counter(line.agency for line in lines)
    unassigned = counts.pop("", 0)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return rows + ([(_("Not assigned to an agency"), unassigned)] if unassigned else [])


@dataclass(frozen=True)
class Summary:
    total: int
    by_state: list[tuple]
    by_agency: list[tuple]
    by_field: list[tuple]
    by_channel: list[tuple]
    answered: int  # questions of the period with an answer
    median_days: float | None  # working days from received to answered, of those
    judged: int  # questions of the period both assigned and answered
    on_time: int  # of those, answered by the due date

    @property
    def share_on_time(self) -> float | None:
        return self.on_time / self.judged if self.judged else None


def summarise(lines: list[ReportLine], workflow, office: OfficeCalendar) -> Summary:
    days = [office.working_days_between(line.received, line.answered) for line in lines if line.answered]
    judged = [line.on_time for line in lines if line.on_time is not None]
    return Summary(
        total=len(lines),
        by_state=_tally(
            Counter(line.state for line in lines),
            {name: state_title(workflow, name) for name in workflow._state_data},
        ),
        by_agency=_by_agency(lines),
        by_field=_tally(Counter(line.field for line in lines), FIELDS),
        by_channel=_tally(Counter(line.channel for line in lines), CHANNELS),
        answered=len(days),
        median_days=median(days) if days else None,
        judged=len(judged),
        on_time=sum(judged),
    )


def question_workflow(registry):
    return procedures(registry, "question")[0]


def _period(request) -> Period:
    return Period(request.params, clock.now().astimezone(LOCAL_TZ).date())


@view_config(context=QASection, name="report", permission=EDIT, renderer="hpportal:qa/templates/report.pt")
def report_view(context, request):
    """Báo cáo: the board's figures for a period (the city's board: of the whole system)."""
    period = _period(request)
    summary = summarise(lines_of(context, period), question_workflow(request.registry), office_calendar(request))
    share = summary.share_on_time
    return {
        "period": period,
        "summary": summary,
        "whole_system": covers_whole_system(context),
        "share": format_percent(share, locale=request.locale_name) if share is not None else None,
        "tables": [
            {"name": "state", "caption": _("By state"), "heading": _("State"), "rows": summary.by_state},
            {
                "name": "agency",
                "caption": _("By answering agency"),
                "heading": _("Answering agency"),
                "rows": summary.by_agency,
            },
            {"name": "field", "caption": _("By field"), "heading": _("Field"), "rows": summary.by_field},
            {
                "name": "channel",
                "caption": _("By channel"),
                "heading": _("Received through"),
                "rows": summary.by_channel,
            },
        ],
        "csv_url": request.resource_url(context, "report.csv", query=period.query()),
    }


CSV_HEADER = (
    _("Tracking code"),
    _("Received on"),
    _("State"),
    _("Field"),
    _("Received through"),
    _("Answering agency"),
    _("Assigned on"),
    _("Due"),
    _("Answered on"),
    _("Answered on time"),
)


def _when(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") if moment is not None else ""


@view_config(context=QASection, name="report.csv", permission=EDIT)
def report_csv(context, request):
    """One row per question of the period, for a spreadsheet (UTF-8 with a BOM): no name, ID, address, phone, email."""
    period = _period(request)
    workflow = question_workflow(request.registry)
    translate = request.localizer.translate
    verdicts = {None: "", True: translate(_("Yes")), False: translate(_("No"))}
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([translate(heading) for heading in CSV_HEADER])
    for line in lines_of(context, period):
        cells = (
            line.code,
            _when(line.received),
            translate(state_title(workflow, line.state)),
            translate(FIELDS.get(line.field, line.field)),
            translate(CHANNELS.get(line.channel, line.channel)),
            line.agency,
            _when(line.assigned),
            _when(line.due),
            _when(line.answered),
            verdicts[line.on_time],
        )
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    response = Response(out.getvalue(), content_type="text/csv", charset="utf-8")
    response.content_disposition = f'attachment; filename="{period.filename}"'
    response.cache_control.no_store = True
    return response
