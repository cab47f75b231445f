"""The audit log for Administrators: filter by action, person, target and dates; export as CSV.

There is no view that changes or removes an entry: the log is append-only.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time
from itertools import islice

from pyramid.response import Response
from pyramid.traversal import find_resource
from pyramid.view import view_config

from hpportal.core.audit import ACTION_TITLES, TRANSITION
from hpportal.core.i18n import _
from hpportal.core.names import fold
from hpportal.core.portal import Portal
from hpportal.core.security import VIEW_AUDIT
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.views.paging import Pager
from hpportal.core.workflow import state_title, workflow_for

PAGE_SIZE = 50


class AuditFilter:
    """The filters of the page, read from the query string; a bad date is dropped with a notice."""

    def __init__(self, params):
        self.action = params.get("action", "") if params.get("action") in ACTION_TITLES else ""
        self.actor = params.get("actor", "").strip()[:100]
        self.target = params.get("target", "").strip()[:200]
        self.notices = []
        self.since = self._day(params.get("from", ""))
        self.until = self._day(params.get("to", ""))
        self.texts = {"from": params.get("from", ""), "to": params.get("to", "")}

    def _day(self, value: str) -> date | None:
        if not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            self.notices.append(
                _("Dates are written as year-month-day, for example 2026-11-28; that date was ignored.")
            )
            return None

    @property
    def narrowing(self) -> bool:
        return bool(self.action or self.actor or self.target)

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        since = datetime.combine(self.since, time.min, LOCAL_TZ) if self.since else None
        # The end of the chosen day (date.max + 1 day does not exist: end with time.max instead).
        until = datetime.combine(self.until, time.max, LOCAL_TZ) if self.until else None
        return since, until

    def matches(self, entry) -> bool:
        if self.action and entry.action != self.action:
            return False
        if self.actor and fold(self.actor) != fold(entry.actor):
            return False
        return not self.target or fold(self.target) in fold(entry.target)

    def entries(self, log):
        since, until = self.bounds()
        return (e for e in log.entries(since=since, until=until) if self.matches(e))


#: What a spreadsheet would run as a formula when a cell starts with it (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """``value`` for a CSV cell: a leading quote keeps Excel and LibreOffice from running it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


#: How a workflow step is kept in the log: ``from → to: comment`` with the states' internal names.
_STEP = re.compile(r"^([^\s:]+) → ([^\s:]+)(?::\s?(.*))?$", re.S)


class StepTitles:
    """Workflow states by their titles in the reader's language, for the log's workflow steps."""

    def __init__(self, request):
        self.request = request
        self.any_workflow = {}
        for workflows in getattr(request.registry, "workflow_types", {}).values():
            for workflow in workflows:
                for name in workflow._state_data:
                    self.any_workflow.setdefault(name, state_title(workflow, name))

    def detail(self, entry) -> str:
        """The entry's detail; a step reads "Chờ duyệt → Đã đăng: comment" instead of "pending → published"."""
        found = _STEP.match(entry.detail or "") if entry.action == TRANSITION else None
        if found is None:
            return entry.detail
        workflow = self._workflow_of(entry.target)
        translate = self.request.localizer.translate
        source, target, comment = found.groups()
        titles = [
            translate(state_title(workflow, state) if workflow is not None else self.any_workflow.get(state, state))
            for state in (source, target)
        ]
        return f"{titles[0]} → {titles[1]}" + (f": {comment}" if comment else "")

    def _workflow_of(self, path: str):
        try:
            obj = find_resource(self.request.root, path) if path.startswith("/") else None
        except KeyError:
            return None  # removed since: the states' titles of any workflow
        return workflow_for(self.request.registry, obj) if obj is not None else None


def _page(log, chosen: AuditFilter, request):
    if not chosen.narrowing and chosen.since is None and chosen.until is None:
        pager = Pager(request, len(log), PAGE_SIZE)
        return log.newest(pager.offset, PAGE_SIZE), pager
    found = list(chosen.entries(log))
    pager = Pager(request, len(found), PAGE_SIZE)
    return found[pager.offset : pager.offset + PAGE_SIZE], pager


@view_config(context=Portal, name="audit", permission=VIEW_AUDIT, renderer="hpportal:core/templates/auditlog.pt")
def audit_view(context, request):
    chosen = AuditFilter(request.params)
    entries, pager = _page(context.audit, chosen, request)
    query = {k: v for k, v in request.params.items() if k != "page"}
    return {
        "entries": entries,
        "pager": pager,
        "chosen": chosen,
        "actions": sorted(ACTION_TITLES.items(), key=lambda item: request.localizer.translate(item[1])),
        "titles": ACTION_TITLES,
        "detail": StepTitles(request).detail,
        "csv_url": request.resource_url(context, "audit.csv", query=query),
    }


@view_config(context=Portal, name="audit.csv", permission=VIEW_AUDIT)
def audit_csv(context, request):
    """Every matching entry, for a spreadsheet: UTF-8 with a BOM so Excel reads Vietnamese right."""
    chosen = AuditFilter(request.params)
    translate = request.localizer.translate
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    header = (_("Time"), _("Action"), _("User"), _("Target"), _("Detail"), _("Address"))
    writer.writerow([translate(h) for h in header])
    steps = StepTitles(request)
    for entry in islice(chosen.entries(context.audit), 1_000_000):
        when = entry.when.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M:%S")
        title = translate(ACTION_TITLES.get(entry.action, entry.action))
        cells = (entry.actor, entry.target, steps.detail(entry), entry.address)
        writer.writerow([when, title, *(spreadsheet_safe(cell or "") for cell in cells)])
    response = Response(out.getvalue(), content_type="text/csv", charset="utf-8")
    response.content_disposition = 'attachment; filename="nhat-ky-he-thong.csv"'
    response.cache_control.no_store = True
    return response
