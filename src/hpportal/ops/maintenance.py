"""Planned maintenance (Decree 224/2026 Art. 13): announced at least 7 working days ahead, read-only while it lasts.

An Administrator schedules a window (start, expected end, reason). From then on
every page shows a notice until the window ends. A shorter notice is refused
unless the window is marked as an emergency. A window may put the portal in
read-only mode: while it lasts, requests that would change something are
refused with a clear page (nothing is written), and pages keep being served.
Logging in and out, and the Administrators' maintenance page, stay open.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

import colander
import deform
from BTrees.LOBTree import LOBTree
from persistent import Persistent
from pyramid.events import ContextFound
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import exception_view_config, view_config
from pyramid_zodbconn import get_connection

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.calendar import OfficeCalendar, office_calendar
from hpportal.core.forms import FormPage, form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.portal import Portal
from hpportal.core.security import MANAGE_SYSTEM
from hpportal.core.timezone import LOCAL_TZ

ROOT_KEY = "hpportal.maintenance"  # beside the portal in the database root
NOTICE_WORKING_DAYS = 7
OPEN_DURING_READ_ONLY = frozenset({"login", "login-code", "logout", "maintenance"})


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime
    reason: str
    emergency: bool
    read_only: bool
    announced: datetime
    author: str


class MaintenancePlan(Persistent):
    def __init__(self):
        self.windows = LOBTree()  # start (seconds) -> Window

    def add(self, window: Window) -> None:
        key = int(window.start.timestamp())
        while key in self.windows:
            key += 1
        self.windows[key] = window

    def end_now(self, key: int, now: datetime) -> Window | None:
        """End a window now, or call it off when it has not begun; the window as it was, if any."""
        window = self.windows.get(key)
        if window is None or window.end <= now:
            return None
        if window.start >= now:
            del self.windows[key]
        else:
            self.windows[key] = replace(window, end=now)
        return window

    def current(self, now: datetime) -> list[tuple[int, Window]]:
        """Windows announced and not over yet, soonest first."""
        return [(k, w) for k, w in self.windows.items() if w.end > now and w.announced <= now]

    def read_only(self, now: datetime) -> Window | None:
        for _key, window in self.current(now):
            if window.read_only and window.start <= now:
                return window
        return None


def plan_of(request) -> MaintenancePlan | None:
    return get_connection(request).root().get(ROOT_KEY)


def _now() -> datetime:
    return datetime.now(UTC)


def _local(value: datetime) -> str:
    return value.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y")


# -- what every page shows ---------------------------------------------------


def maintenance_notices(request) -> list:
    plan = plan_of(request)
    if plan is None:
        return []
    now = _now()
    notices = []
    for _key, window in plan.current(now):
        mapping = {"start": _local(window.start), "end": _local(window.end), "reason": window.reason}
        if window.start <= now:
            notices.append(_("Maintenance until ${end}: ${reason}", mapping=mapping))
        else:
            notices.append(_("Planned maintenance from ${start} to ${end}: ${reason}", mapping=mapping))
        if window.read_only:
            notices.append(_("During the maintenance the portal can be read, but nothing can be sent or changed."))
    return notices


# -- read-only mode ------------------------------------------------------------


class ReadOnlyMode(Exception):
    def __init__(self, window: Window):
        super().__init__(window.reason)
        self.window = window


def refuse_writes(event) -> None:
    request = event.request
    if request.method in ("GET", "HEAD", "OPTIONS") or request.view_name in OPEN_DURING_READ_ONLY:
        return
    plan = plan_of(request)
    window = plan.read_only(_now()) if plan is not None else None
    if window is not None:
        raise ReadOnlyMode(window)


@exception_view_config(ReadOnlyMode, renderer="hpportal:core/templates/error.pt")
def read_only_page(exc, request):
    request.response.status = 503
    request.response.headers["Retry-After"] = str(max(60, int((exc.window.end - _now()).total_seconds())))
    return {"status": "maintenance", "end": _local(exc.window.end)}


# -- the Administrators' page ------------------------------------------------------


class WindowSchema(colander.MappingSchema):
    start = colander.SchemaNode(colander.DateTime(default_tzinfo=LOCAL_TZ), title=_("Start"))
    end = colander.SchemaNode(colander.DateTime(default_tzinfo=LOCAL_TZ), title=_("Expected end"))
    reason = colander.SchemaNode(
        colander.String(),
        title=_("Reason"),
        validator=colander.Length(1, 500),
        widget=deform.widget.TextAreaWidget(rows=2),
    )
    read_only = colander.SchemaNode(
        colander.Boolean(), title=_("Read-only while it lasts"), default=True, missing=False
    )
    emergency = colander.SchemaNode(
        colander.Boolean(),
        title=_("Emergency"),
        description=_("Only an emergency may be announced less than 7 working days ahead."),
        missing=False,
    )


def check_window(data: dict, now: datetime, calendar: OfficeCalendar) -> dict:
    """Messages by field for a window that cannot be scheduled (empty when it can); the notice is counted in the
    office calendar's working days (weekends and public holidays left out)."""
    start, end = data["start"], data["end"]
    if end <= start:
        return {"end": _("The end must come after the start.")}
    if end <= now:
        return {"end": _("This maintenance would already be over.")}
    days = calendar.working_days_after(now.astimezone(LOCAL_TZ).date(), start.astimezone(LOCAL_TZ).date())
    if not data["emergency"] and days < NOTICE_WORKING_DAYS:
        return {
            "start": _(
                "Maintenance must be announced at least ${days} working days ahead (this is ${given}); "
                "mark it as an emergency otherwise.",
                mapping={"days": NOTICE_WORKING_DAYS, "given": days},
            )
        }
    return {}


@view_config(context=Portal, name="maintenance", permission=MANAGE_SYSTEM, renderer="hpportal:ops/maintenance.pt")
def maintenance(context, request):
    form = make_form(
        request,
        WindowSchema(),
        action=request.resource_url(context, "maintenance"),
        buttons=(deform.Button("schedule", _("Announce"), css_class="btn-primary"),),
    )
    form.formid = "maintenance-form"
    now = _now()
    plan = plan_of(request)
    confirm = None
    if request.method == "POST" and "end_now" in request.POST:
        try:
            key = int(request.POST["end_now"])
        except ValueError:
            key = None
        window = plan.windows.get(key) if plan is not None and key is not None else None
        if window is not None and window.end > now and request.POST.get("confirm") != str(key):
            # Ending a window reopens the portal to writes: only on a second, confirming POST.
            confirm = {"key": key, "window": window}
        ended = plan.end_now(key, now) if confirm is None and window is not None else None
        if ended is not None:
            record(request, audit.MAINTENANCE_ENDED, ended.reason, _local(ended.start))
            request.session.flash(request.localizer.translate(_("The maintenance was ended.")))
        if confirm is None:
            return HTTPSeeOther(request.resource_url(context, "maintenance"))
    windows = sorted(plan.windows.items(), reverse=True) if plan is not None else []
    page = FormPage(
        request,
        form,
        resources=form_resources(request, form),
        windows=[{"key": k, "window": w, "over": w.end <= now, "local": _local} for k, w in windows[:50]],
        confirm=confirm,
        local=_local,
    )
    if confirm is not None:
        return page.again()

    def submit(data):
        errors = check_window(data, now, office_calendar(request))
        if errors:
            return page.errors(errors)
        root = get_connection(request).root()
        if ROOT_KEY not in root:
            root[ROOT_KEY] = MaintenancePlan()
        window = Window(
            start=data["start"].astimezone(UTC),
            end=data["end"].astimezone(UTC),
            reason=data["reason"].strip(),
            emergency=data["emergency"],
            read_only=data["read_only"],
            announced=now,
            author=request.identity.login,
        )
        root[ROOT_KEY].add(window)
        detail = f"{_local(window.start)} – {_local(window.end)}"
        if window.emergency:
            detail += f" ({request.localizer.translate(_('Emergency'))})"
        record(request, audit.MAINTENANCE_SCHEDULED, window.reason, detail)
        request.session.flash(request.localizer.translate(_("The maintenance was announced.")))
        return HTTPSeeOther(request.resource_url(context, "maintenance"))

    return page(submit)


def includeme(config):
    config.add_site_notice(maintenance_notices)
    config.add_subscriber(refuse_writes, ContextFound)
    config.add_system_page("maintenance")
    config.scan(".maintenance")
