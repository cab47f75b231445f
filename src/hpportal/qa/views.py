"""Hỏi - Đáp on the web: ask, receipt, tracking, the board's dashboard, routing, answering, public answers."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from datetime import time as dtime

import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPNotFound, HTTPSeeOther
from pyramid.traversal import find_resource, resource_path
from pyramid.view import view_config
from repoze.catalog.query import Any, Eq, InRange, Lt

from hpportal.core import audit, clock
from hpportal.core.catalog.catalog import ALLOWED, PATH, STATE, TYPE
from hpportal.core.events import ObjectModified, ObjectTransitioned
from hpportal.core.forms import form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.mail import MailNotSent, public_url, send_now
from hpportal.core.media import File, Image, UploadRefused
from hpportal.core.portal import PortalBase, SubPortal, find_site
from hpportal.core.security import (
    ANSWER_QUESTION,
    EDIT,
    RESPONDER,
    REVIEW,
    VIEW,
    VIEW_PERSONAL_DATA,
    inherited_local_roles,
    user_principal,
)
from hpportal.core.workflow import (
    TransitionRefused,
    available_transitions,
    state_of,
    state_title,
    transition,
    workflow_for,
)
from hpportal.news.listings import FEATURED
from hpportal.qa.calendar import OfficeCalendar
from hpportal.qa.models import (
    CHANNELS,
    ELECTRONIC,
    FIELDS,
    ORGANISATION,
    Agency,
    QASection,
    Question,
    mask,
    mask_email,
    mask_name,
)
from hpportal.qa.schemas import MAX_ATTACHMENTS, answer_schema, ask_schema, assign_schema, progress_schema
from hpportal.qa.validation import normalise_citizen_id, normalise_phone

PAGE_SIZE = 20
DASHBOARD_ROWS = 100
DUE = "qa_due"
BOARD_STATES = ("received", "accepted", "returned", "answered")
AGENCY_STATES = ("assigned", "in_progress")
ASK_LIMIT = 5  # questions per address per hour
TRACK_LIMIT = 20  # lookups per address per hour
_HOUR = 3600


class RateLimit:
    """At most ``limit`` actions per client address per hour, counted in this process (no external service)."""

    def __init__(self, limit: int):
        self.limit = limit
        self._seen: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._seen.get(address, []) if now - t < _HOUR]
            if len(recent) >= self.limit:
                self._seen[address] = recent
                return False
            recent.append(now)
            self._seen[address] = recent
            if len(self._seen) > 10_000:  # forget the quiet ones
                self._seen = {a: ts for a, ts in self._seen.items() if ts and now - ts[-1] < _HOUR}
            return True


def _limits(request) -> dict[str, RateLimit]:
    registry = request.registry
    if not hasattr(registry, "qa_limits"):
        registry.qa_limits = {"ask": RateLimit(ASK_LIMIT), "track": RateLimit(TRACK_LIMIT)}
    return registry.qa_limits


def calendar(request) -> OfficeCalendar:
    registry = request.registry
    if not hasattr(registry, "qa_calendar"):
        registry.qa_calendar = OfficeCalendar.from_settings(registry.settings)
    return registry.qa_calendar


def _shown(request, form, title, **extra):
    return {"form": form, "title": title, "resources": None, **extra}


# -- asking ------------------------------------------------------------------------


def _attachments(appstruct) -> list:
    """The uploaded files: PDF or images, checked by their content; :class:`UploadRefused` for anything else."""
    found = []
    for upload in (appstruct.get("attachments") or [])[:MAX_ATTACHMENTS]:
        if not upload or not upload.get("fp"):
            continue
        fp, name = upload["fp"], upload.get("filename") or "tep"
        fp.seek(0)
        head = fp.read(8)
        fp.seek(0)
        holder = File() if head.startswith(b"%PDF") else Image()
        try:
            holder.upload(fp, name)
        except UploadRefused:
            raise UploadRefused(_("Only PDF files and images can be attached."), field="attachments") from None
        if not isinstance(holder, Image) and holder.mimetype != "application/pdf":
            raise UploadRefused(_("Only PDF files and images can be attached."), field="attachments")
        found.append(holder)
    return found


def _fill(question: Question, appstruct: dict, cipher) -> None:
    question.title = appstruct["title"].strip()
    question.text = appstruct["text"].strip()
    question.field = appstruct["field"]
    question.sender_type = appstruct["sender_type"]
    question.full_name = appstruct["full_name"].strip()
    question.address = appstruct["address"].strip()
    question.phone = normalise_phone(appstruct["phone"]) if appstruct["phone"] else ""
    question.email = appstruct["email"].strip()
    if appstruct["sender_type"] != ORGANISATION and appstruct["citizen_id"]:
        question.set_citizen_id(cipher, normalise_citizen_id(appstruct["citizen_id"]))


def _store(context, question: Question, attachments, request) -> None:
    name = context.unique_name(question.code.lower(), fallback="cau-hoi")
    context.add(name, question, registry=request.registry)
    for number, attachment in enumerate(attachments, start=1):
        question.add(f"tep-{number}", attachment, registry=request.registry)


@view_config(context=QASection, name="ask", permission=VIEW, renderer="hpportal:qa/templates/ask.pt")
def ask_view(context, request):
    """Gửi câu hỏi: a citizen's question, validated, with explicit consent; a tracking code in return."""
    form = make_form(
        request,
        ask_schema(),
        action=request.resource_url(context, "ask"),
        buttons=(deform.Button("send", _("Send the question"), css_class="btn-primary"),),
    )
    form.formid = "ask-form"
    error = None
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "error": None, "resources": form_resources(request, form)}
        try:
            attachments = _attachments(appstruct)
        except UploadRefused as refused:
            error = refused.message
        else:
            if not _limits(request)["ask"].allow(request.client_addr or "?"):
                error = _("Too many questions were sent from your connection in the last hour. Please try later.")
            else:
                question = Question()
                _fill(question, appstruct, request.registry.qa_cipher)
                question.channel = "portal"
                question.received = clock.now()
                _store(context, question, attachments, request)
                _acknowledge(request, question)
                return HTTPSeeOther(request.resource_url(context, "sent", query={"code": question.code}))
        return {"form": form.render(appstruct), "error": error, "resources": form_resources(request, form)}
    return {"form": form.render(), "error": None, "resources": form_resources(request, form)}


@view_config(context=QASection, name="record", permission=EDIT, renderer="hpportal:qa/templates/ask.pt")
def record_view(context, request):
    """Ghi nhận câu hỏi: the board records a question received by email, on Facebook or at the office."""
    form = make_form(request, ask_schema(with_channel=True), action=request.resource_url(context, "record"))
    form.formid = "record-form"
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "error": None, "resources": form_resources(request, form)}
        question = Question()
        _fill(question, appstruct, request.registry.qa_cipher)
        question.channel = appstruct["channel"]
        received = appstruct["received"].astimezone(UTC)
        question.received = calendar(request).received_at(received, electronic=question.channel in ELECTRONIC)
        question.creator = request.authenticated_userid
        _store(context, question, [], request)
        request.session.flash(
            request.localizer.translate(_("The question was recorded: ${code}.", mapping={"code": question.code}))
        )
        return HTTPSeeOther(request.resource_url(question))
    return {"form": form.render(), "error": None, "resources": form_resources(request, form)}


def _mail(request, to: str, subject, lines: list) -> None:
    translate = request.localizer.translate
    body = "\n".join(
        translate(line) if not isinstance(line, str) or hasattr(line, "domain") else line for line in lines
    )
    try:
        send_now(request, to=to, subject=translate(subject), body=body)
    except MailNotSent:
        pass  # the receipt page shows the code; the sender can track without the mail


def _acknowledge(request, question: Question) -> None:
    if not question.email:
        return
    section = question.__parent__
    link = request.resource_url(section, "track", app_url=public_url(request))
    mapping = {"code": question.code, "title": question.title, "link": link}
    _mail(
        request,
        question.email,
        _("Your question was received: ${code}", mapping=mapping),
        [
            _("We have received your question “${title}”.", mapping=mapping),
            _(
                "Its tracking code is ${code}. Follow it at ${link} with this code and your email or phone.",
                mapping=mapping,
            ),
        ],
    )


@view_config(context=QASection, name="sent", permission=VIEW, renderer="hpportal:qa/templates/sent.pt")
def sent_view(context, request):
    code = request.params.get("code", "")[:20]
    return {"code": code}


# -- tracking ----------------------------------------------------------------------


def _find_by_code(section, code: str) -> Question | None:
    """The question of this section with that tracking code, found through the catalog."""
    site = find_site(section)
    query = Eq("qa_code", code.strip().upper()) & Any(PATH, [resource_path(section)])
    _total, docids = site.catalog.query(query, limit=1)
    for docid in docids:
        try:
            found = find_resource(site, site.catalog.path_for(docid))
        except KeyError:
            continue
        return found if isinstance(found, Question) else None
    return None


def _matches_contact(question: Question, contact: str) -> bool:
    contact = contact.strip()
    if not contact:
        return False
    if "@" in contact:
        return bool(question.email) and question.email.lower() == contact.lower()
    return bool(question.phone) and question.phone == normalise_phone(contact)


@view_config(context=QASection, name="track", permission=VIEW, renderer="hpportal:qa/templates/track.pt")
def track_view(context, request):
    """Tra cứu: the tracking code and the sender's phone or email show the status, the deadline, the answer."""
    code = request.params.get("code", "")[:20]
    contact = request.params.get("contact", "")[:200]
    found, message = None, None
    if code or contact:
        if not _limits(request)["track"].allow(request.client_addr or "?"):
            message = _("Too many lookups from your connection in the last hour. Please try later.")
        else:
            question = _find_by_code(context, code)
            if question is not None and _matches_contact(question, contact):
                found = question
            else:
                message = _("No question matches this code with this phone number or email.")
    workflow = workflow_for(request.registry, found) if found is not None else None
    return {
        "code": code,
        "contact": contact,
        "found": found,
        "message": message,
        "state": state_title(workflow, state_of(found)) if found is not None else None,
    }


# -- the section: public answers, the board's dashboard ------------------------------------


def _questions(site, section, request, states, *, limit=PAGE_SIZE, extra=(), oldest_first=False):
    """``(total, questions)``: the total counts all that match, the list holds at most ``limit``."""
    catalog = site.catalog
    query = Eq(TYPE, "Question") & Any(PATH, [resource_path(section)]) & Any(STATE, list(states))
    query = query & Any(ALLOWED, request.allowed_tokens)
    for term in extra:
        query = query & term
    total, docids = catalog.query(query, sort_index="effective", reverse=not oldest_first, limit=limit)
    items = []
    for docid in docids:
        try:
            items.append(find_resource(site, catalog.path_for(docid)))
        except KeyError:
            continue
    return getattr(total, "total", int(total)), items


@view_config(context=QASection, permission=VIEW, renderer="hpportal:qa/templates/section.pt")
def section_view(context, request):
    """The public answers by field; for the board, what waits and what is late."""
    site = find_site(context)
    chosen = request.params.get("field", "")
    extra = [Eq("qa_field", chosen)] if chosen in FIELDS else []
    total, published = _questions(site, context, request, ("published",), extra=extra)
    board = None
    if request.identity is not None and request.has_permission(EDIT, context):
        now = clock.timestamp()
        soon_end = int(calendar(request).add_working_days(clock.now(), 2).timestamp())
        # The longest waiting first; the counts are the catalog's totals, not the length of a page.
        waiting_count, waiting = _questions(
            site, context, request, BOARD_STATES, limit=DASHBOARD_ROWS, oldest_first=True
        )
        agencies_count, _items = _questions(site, context, request, AGENCY_STATES, limit=1)
        overdue_count, overdue = _questions(
            site, context, request, AGENCY_STATES, limit=DASHBOARD_ROWS, extra=[Lt(DUE, now)], oldest_first=True
        )
        soon_count, _items = _questions(
            site, context, request, AGENCY_STATES, limit=1, extra=[InRange(DUE, now, soon_end)]
        )
        board = {
            "waiting": waiting,
            "overdue": overdue,
            "counts": {
                "waiting": waiting_count,
                "agencies": agencies_count,
                "soon": soon_count,
                "overdue": overdue_count,
            },
        }
    workflow = request.registry.workflow_types["question"][0]
    featured = []
    if context.__parent__ is site:  # the city's Q&A shows the questions of general interest of every portal
        _n, featured = _questions(site, site, request, ("published",), limit=10, extra=[Eq(FEATURED, True)])
    return {
        "featured": featured,
        "published": published,
        "total": total,
        "fields": FIELDS,
        "chosen": chosen,
        "board": board,
        "state_titles": {name: state_title(workflow, name) for name in workflow._state_data},
    }


# -- a question ---------------------------------------------------------------------------


def _personal(request, question: Question, reveal: bool) -> dict | None:
    """The sender's data for those allowed: masked, or in full when asked (and then logged)."""
    if not request.has_permission(VIEW_PERSONAL_DATA, question) or question.anonymised:
        return None
    citizen_id = question.citizen_id(request.registry.qa_cipher)
    if reveal:
        audit.record(request, audit.PERSONAL_DATA_VIEWED, resource_path(question), question.code)
        return {
            "full_name": question.full_name,
            "citizen_id": citizen_id,
            "address": question.address,
            "phone": question.phone,
            "email": question.email,
            "masked": False,
        }
    return {
        "full_name": mask_name(question.full_name),
        "citizen_id": mask(citizen_id),
        "address": mask(question.address, 8),
        "phone": mask(question.phone),
        "email": mask_email(question.email),
        "masked": True,
    }


@view_config(context=Question, permission=VIEW, renderer="hpportal:qa/templates/question.pt")
def question_view(context, request):
    reveal = request.method == "POST" and "reveal" in request.POST
    workflow = workflow_for(request.registry, context)
    return {
        "personal": _personal(request, context, reveal),
        "state": state_title(workflow, state_of(context)),
        "field_title": FIELDS.get(context.field, context.field),
        "channel_title": CHANNELS.get(context.channel, context.channel),
        "attachments": list(context.values()),
        "is_public": state_of(context) == "published",
    }


@view_config(
    context=PortalBase, name="questions", permission=ANSWER_QUESTION, renderer="hpportal:qa/templates/agency.pt"
)
@view_config(context=Agency, name="questions", permission=ANSWER_QUESTION, renderer="hpportal:qa/templates/agency.pt")
def agency_dashboard(context, request):
    """Câu hỏi được giao: what this agency must answer, from every portal: overdue, due soon, new, in progress."""
    site = find_site(context)
    now = clock.timestamp()
    soon_end = int(calendar(request).add_working_days(clock.now(), 2).timestamp())
    mine = [Eq("qa_agency", context.uid)]

    def rows(states, *extra):
        return _questions(site, site, request, states, limit=DASHBOARD_ROWS, extra=[*mine, *extra], oldest_first=True)

    return {
        "groups": [
            (_("Overdue"), *rows(AGENCY_STATES, Lt(DUE, now))),
            (_("Due within two working days"), *rows(AGENCY_STATES, InRange(DUE, now, soon_end))),
            (_("New: not started"), *rows(("assigned",))),
            (_("In progress"), *rows(("in_progress",))),
        ],
    }


def agency_links(request) -> list[tuple]:
    """In the user menu of an agency's Responders: the questions their agency must answer."""
    user = request.identity
    if user is None or user.roles & {"Administrator"}:
        return []
    site = request.root
    principals = {user_principal(user.id), *user.group_principals()}
    return [
        (_("Questions for ${agency}", mapping={"agency": agency.title}), request.resource_url(agency, "questions"))
        for agency in agencies(site)
        if any(
            RESPONDER in roles for p, roles in (getattr(agency, "local_roles", None) or {}).items() if p in principals
        )
    ]


def agencies(site) -> list:
    """Who may be asked to answer: every component portal and every agency registered on the city's Q&A."""
    found = [p for p in site.values() if isinstance(p, SubPortal)]
    section = site.get("hoi-dap")
    if section is not None:
        found += [a for a in section.values() if isinstance(a, Agency)]
    return found


def _responders(agency) -> list[str]:
    """Principals holding the Responder role on the agency (granted on it or above it)."""
    found = []
    for _node, granted in inherited_local_roles(agency):
        for principal, roles in granted.items():
            if RESPONDER in roles and principal not in found:
                found.append(principal)
    return found


def _grant_agency(question: Question, agency) -> None:
    for principal in getattr(question, "responders", ()):
        roles = set(question.local_roles.get(principal, ())) - {RESPONDER}
        if roles:
            question.local_roles[principal] = frozenset(roles)
        else:
            question.local_roles.pop(principal, None)
    question.responders = _responders(agency)
    for principal in question.responders:
        question.local_roles[principal] = frozenset(question.local_roles.get(principal, ())) | {RESPONDER}


def _step_name(request, question, form_name: str) -> str | None:
    return next((t["name"] for t in available_transitions(request, question) if t.get("form") == form_name), None)


@view_config(context=Question, name="assign", permission=REVIEW, renderer="hpportal:core/templates/form.pt")
def assign_view(context, request):
    """Chuyển cơ quan trả lời: the board picks the responsible agency; the due date follows in working days."""
    step = _step_name(request, context, "assign")
    if step is None:
        raise HTTPNotFound()
    site = find_site(context)
    choices = agencies(site)
    section = context.__parent__
    form = make_form(
        request,
        assign_schema([(a.uid, a.title) for a in choices], getattr(section, "default_days", 7)),
        action=request.resource_url(context, "assign"),
    )
    title = _("Assign “${title}” to an agency", mapping={"title": context.title})
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "title": title, "resources": form_resources(request, form)}
        agency = next(a for a in choices if a.uid == appstruct["agency"])
        now = clock.now()
        context.agency = agency.uid
        context.agency_title = agency.title
        context.assigned = now
        context.due = calendar(request).add_working_days(now, appstruct["days"])
        _grant_agency(context, agency)
        context.routing.append((now, agency.title, request.identity.title, appstruct["comment"]))
        try:
            transition(request, context, step, appstruct["comment"] or agency.title, via_form=True)
        except TransitionRefused as refused:
            raise HTTPForbidden(refused.message) from None
        from hpportal.core.events import LocalRolesModified

        request.registry.notify(LocalRolesModified(context))
        _tell_agency(request, context)
        request.session.flash(
            request.localizer.translate(_("Assigned to ${agency}.", mapping={"agency": agency.title}))
        )
        return HTTPSeeOther(request.resource_url(context))
    return {"form": form.render(), "title": title, "resources": form_resources(request, form)}


def _tell_agency(request, question) -> None:
    from hpportal.core.notifications import holders
    from hpportal.core.workflow import after_commit

    site = find_site(question)
    people = [u for u in holders(question, [RESPONDER], site.principals) if u.email]
    link = request.resource_url(question, app_url=public_url(request))
    mapping = {"title": question.title, "link": link, "due": question.due.astimezone().strftime("%d/%m/%Y")}
    subject = _("A question for your agency: “${title}”", mapping=mapping)
    lines = [_("The editorial board asks your agency to answer by ${due}: ${link}", mapping=mapping)]
    addresses = [u.email for u in people]
    after_commit(request, lambda: [_mail(request, a, subject, lines) for a in addresses])


@view_config(context=Question, name="progress", permission=ANSWER_QUESTION, renderer="hpportal:core/templates/form.pt")
def progress_view(context, request):
    """The agency tells the sender when the answer will come (Art. 9.3)."""
    step = _step_name(request, context, "progress")
    if step is None:
        raise HTTPNotFound()
    form = make_form(request, progress_schema(), action=request.resource_url(context, "progress"))
    title = _("When will “${title}” be answered?", mapping={"title": context.title})
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "title": title, "resources": form_resources(request, form)}
        from hpportal.core.timezone import LOCAL_TZ

        context.promised = datetime.combine(appstruct["promised"], dtime(17, 0), LOCAL_TZ).astimezone(UTC)
        transition(request, context, step, appstruct["comment"], via_form=True)
        if context.email:
            mapping = {"code": context.code, "date": appstruct["promised"].strftime("%d/%m/%Y")}
            _mail(
                request,
                context.email,
                _("Your question ${code}: the answer will come by ${date}", mapping=mapping),
                [
                    _("The agency in charge will answer your question ${code} by ${date}.", mapping=mapping),
                    appstruct["comment"],
                ],
            )
        return HTTPSeeOther(request.resource_url(context))
    return {"form": form.render(), "title": title, "resources": form_resources(request, form)}


@view_config(context=Question, name="answer", permission=ANSWER_QUESTION, renderer="hpportal:core/templates/form.pt")
def answer_view(context, request):
    """Trả lời: publicly on the portal, or directly to the sender (a copy stays with the board)."""
    step = _step_name(request, context, "answer")
    if step is None:
        raise HTTPNotFound()
    form = make_form(request, answer_schema(), action=request.resource_url(context, "answer"))
    title = _("Answer “${title}”", mapping={"title": context.title})
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "title": title, "resources": form_resources(request, form)}
        context.answer = appstruct["answer"].strip()
        context.answer_kind = appstruct["kind"]
        context.answered = clock.now()
        transition(request, context, step, "", via_form=True)
        if appstruct["kind"] == "direct" and context.email:
            mapping = {"code": context.code, "title": context.title, "agency": context.agency_title}
            _mail(
                request,
                context.email,
                _("The answer to your question ${code}", mapping=mapping),
                [_("${agency} answers your question “${title}”:", mapping=mapping), "", context.answer],
            )
        request.session.flash(request.localizer.translate(_("The answer was sent to the editorial board.")))
        return HTTPSeeOther(request.resource_url(context))
    return {"form": form.render(), "title": title, "resources": form_resources(request, form)}


STANDARD_REPLIES = {
    "rejected": _(
        "Your question “${title}” (${code}) cannot be handled in the Q&A section: complaints and denunciations "
        "about specific cases are dealt with under the Law on Complaints and the Law on Denunciations, "
        "at the competent agency's citizen reception office. ${comment}"
    ),
    "invalid": _(
        "Your question “${title}” (${code}) cannot be handled because required information is missing "
        "(full name, address, citizen ID number for individuals, and a phone number or email). ${comment}"
    ),
}


def on_transition(event: ObjectTransitioned) -> None:
    """Tell the sender when the board turns a question away (Art. 9.2): the standard explanation."""
    question, entry, request = event.object, event.entry, event.request
    if not isinstance(question, Question) or not question.email:
        return
    reply = STANDARD_REPLIES.get(entry.to_state)
    if reply is None:
        return
    mapping = {"title": question.title, "code": question.code, "comment": entry.comment}
    _mail(request, question.email, _("About your question ${code}", mapping=mapping), [_(reply, mapping=mapping)])


@view_config(context=Question, name="feature", permission=REVIEW, request_method="POST")
def feature_view(context, request):
    """Nêu bật: a published question of general interest is shown on the city portal's Q&A (Art. 9.2)."""
    translate = request.localizer.translate
    if state_of(context) != "published":
        request.session.flash(translate(_("Only a published question can be featured.")), "error")
        return HTTPSeeOther(request.resource_url(context))
    context.featured = not context.featured
    request.registry.notify(ObjectModified(context))
    message = _("Featured on the city portal.") if context.featured else _("No longer featured.")
    request.session.flash(translate(message))
    return HTTPSeeOther(request.resource_url(context))


@view_config(context=Question, name="anonymise", permission=REVIEW, request_method="POST")
def anonymise_view(context, request):
    """At the sender's request, a board member erases their personal data (Art. 9.7); it cannot be undone."""
    if request.POST.get("confirm") != "1":
        message = _("Tick the box to confirm that the sender asked for it: erasing cannot be undone.")
        request.session.flash(request.localizer.translate(message), "error")
        return HTTPSeeOther(request.resource_url(context))
    context.anonymise()
    audit.record(request, audit.PERSONAL_DATA_ERASED, resource_path(context), context.code)
    request.session.flash(request.localizer.translate(_("The sender's personal data was erased.")))
    return HTTPSeeOther(request.resource_url(context))
