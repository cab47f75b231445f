"""Hỏi - Đáp intake: a citizen asks (or the board records a question received elsewhere), gets a tracking
code and follows the question with it."""

from __future__ import annotations

from datetime import UTC

import deform
from pyramid.csrf import get_csrf_token
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.interfaces import ICSRFStoragePolicy
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import Any, Eq

from hpportal.core import clock
from hpportal.core.calendar import office_calendar
from hpportal.core.catalog.catalog import PATH, resolve
from hpportal.core.forms import CSRF_REFUSED, FormPage, form_resources, make_form
from hpportal.core.headers import not_shared
from hpportal.core.i18n import _
from hpportal.core.mail import public_url, send_mail
from hpportal.core.media import File, Image, ImageTooLarge, UploadRefused
from hpportal.core.personaldata import RateLimit
from hpportal.core.portal import find_site
from hpportal.core.security import (
    EDIT,
    VIEW,
)
from hpportal.core.senders import normalise_phone, sender_values
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import (
    state_of,
    state_title,
    workflow_for,
)
from hpportal.qa import indexes
from hpportal.qa.models import (
    ELECTRONIC,
    QASection,
    Question,
    question_name,
)
from hpportal.qa.schemas import MAX_ATTACHMENTS, ask_schema

ASK_LIMIT = 5  # questions per address per hour


TRACK_LIMIT = 20  # lookups per address per hour


def _limits(request) -> dict[str, RateLimit]:
    registry = request.registry
    if not hasattr(registry, "qa_limits"):
        registry.qa_limits = {"ask": RateLimit(ASK_LIMIT), "track": RateLimit(TRACK_LIMIT)}
    return registry.qa_limits


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
        except ImageTooLarge as refused:
            refused.field = "attachments"
            raise
        except UploadRefused:
            raise UploadRefused(_("Only PDF files and images can be attached."), field="attachments") from None
        if not isinstance(holder, Image) and holder.mimetype != "application/pdf":
            raise UploadRefused(_("Only PDF files and images can be attached."), field="attachments")
        found.append(holder)
    return found


def _at_most_files(items, count: int) -> list:
    """The form's fields with the files after the first ``count`` left empty.

    The form takes ``count`` attachments: more are never read into the temporary store, and the form
    says how many it takes, with what was typed kept.
    """
    kept, files = [], 0
    for name, value in items:
        if hasattr(value, "file"):
            files += 1
            if files > count:
                value = ""
        kept.append((name, value))
    return kept


def _fill(question: Question, appstruct: dict, cipher) -> None:
    question.title = appstruct["title"].strip()
    question.text = appstruct["text"].strip()
    question.field = appstruct["field"]
    for name, value in sender_values(appstruct, cipher).items():
        setattr(question, name, value)


def _store(context, question: Question, attachments, request) -> None:
    context.add(question_name(context), question, registry=request.registry)
    for attachment in attachments:
        question.attach(attachment, registry=request.registry)


_TOO_MANY = _("Too many questions were sent from your connection in the last hour. Please try later.")


# ``require_csrf=False``: the form checks its own token (core/forms.py), so a refused one keeps what was typed.
@view_config(
    context=QASection, name="ask", permission=VIEW, renderer="hpportal:qa/templates/ask.pt", require_csrf=False
)
def ask_view(context, request):
    """Gửi câu hỏi: a citizen's question, validated, with explicit consent; a tracking code in return."""
    form = make_form(
        request,
        ask_schema(),
        action=request.resource_url(context, "ask"),
        buttons=(deform.Button("send", _("Send the question"), css_class="btn-primary"),),
    )
    form.formid = "ask-form"
    if request.method == "POST":
        not_shared(request.response)
    controls = _at_most_files(request.POST.items(), MAX_ATTACHMENTS)
    page = FormPage(request, form, controls=controls, error=None, resources=form_resources(request, form))

    def submit(appstruct):
        # The limit is counted before any file is decoded: refused files cost a sender as much as questions.
        if not _limits(request)["ask"].allow(request.client_addr or "?"):
            return page.again(appstruct, error=_TOO_MANY)
        try:
            attachments = _attachments(appstruct)
        except UploadRefused as refused:
            return page.again(appstruct, error=refused.message)
        question = Question()
        _fill(question, appstruct, request.registry.qa_cipher)
        question.channel = "portal"
        question.received = clock.now()
        _store(context, question, attachments, request)
        _acknowledge(request, question)
        return HTTPSeeOther(request.resource_url(context, "sent", query={"code": question.code}))

    return page(submit)


@view_config(context=QASection, name="record", permission=EDIT, renderer="hpportal:qa/templates/ask.pt")
def record_view(context, request):
    """Ghi nhận câu hỏi: the board records a question received by email, on Facebook or at the office."""
    form = make_form(request, ask_schema(with_channel=True), action=request.resource_url(context, "record"))
    form.formid = "record-form"
    controls = _at_most_files(request.POST.items(), MAX_ATTACHMENTS)
    page = FormPage(request, form, controls=controls, error=None, resources=form_resources(request, form))

    def submit(appstruct):
        question = Question()
        _fill(question, appstruct, request.registry.qa_cipher)
        question.channel = appstruct["channel"]
        received = appstruct["received"].astimezone(UTC)
        question.received = office_calendar(request).received_at(received, electronic=question.channel in ELECTRONIC)
        question.creator = request.authenticated_userid
        _store(context, question, [], request)
        request.session.flash(
            request.localizer.translate(_("The question was recorded: ${code}.", mapping={"code": question.code}))
        )
        return HTTPSeeOther(request.resource_url(question))

    return page(submit)


def mail_sender(request, to: str, subject, lines: list) -> None:
    """Queue a mail to the sender of a question (sent after commit; :class:`MailNotSent` if it cannot be queued)."""
    translate = request.localizer.translate
    body = "\n".join(
        translate(line) if not isinstance(line, str) or hasattr(line, "domain") else line for line in lines
    )
    send_mail(request, to=to, subject=translate(subject), body=body)


def _acknowledge(request, question: Question) -> None:
    """The receipt by mail: the code, the expected date, what happens next, how to follow it."""
    if not question.email:
        return
    section = question.__parent__
    link = request.resource_url(section, "track", app_url=public_url(request))
    due = expected_answer(request, section).astimezone(LOCAL_TZ).strftime("%d/%m/%Y")
    mapping = {"code": question.code, "title": question.title, "link": link, "due": due}
    mail_sender(
        request,
        question.email,
        _("Your question was received: ${code}", mapping=mapping),
        [
            _("We have received your question “${title}”.", mapping=mapping),
            _(
                "Its tracking code is ${code}. Follow it at ${link} with this code and your email or phone.",
                mapping=mapping,
            ),
            _("An answer is expected by ${due}.", mapping=mapping),
            _(
                "The editorial board checks the question and sends it to the agency in charge, which answers "
                "or tells you by when it will answer. The answer is published on the portal without your "
                "personal data, or sent to you directly.",
            ),
        ],
    )


def expected_answer(request, section) -> object:
    """When an answer can be expected for a question asked now: the section's working days for agencies."""
    return office_calendar(request).add_working_days(clock.now(), getattr(section, "default_days", 7))


@view_config(context=QASection, name="sent", permission=VIEW, renderer="hpportal:qa/templates/sent.pt")
def sent_view(context, request):
    """The receipt: the code, when the answer is expected, what happens next and how to follow it."""
    not_shared(request.response)  # one sender's code: no cache keeps it
    code = request.params.get("code", "")[:20]
    question = _find_by_code(context, code) if code else None
    return {
        "code": code,
        "due": expected_answer(request, context),
        "days": getattr(context, "default_days", 7),
        "mailed": bool(question is not None and question.email),
    }


def _find_by_code(section, code: str) -> Question | None:
    """The question of this section with that tracking code, found through the catalog."""
    site = find_site(section)
    query = Eq(indexes.CODE, code.strip().upper()) & Any(PATH, [resource_path(section)])
    _total, docids = site.catalog.query(query, limit=1)
    for found in resolve(site.catalog, site, docids):
        return found if isinstance(found, Question) else None
    return None


def _matches_contact(question: Question, contact: str) -> bool:
    contact = contact.strip()
    if not contact:
        return False
    if "@" in contact:
        return bool(question.email) and question.email.lower() == contact.lower()
    return bool(question.phone) and question.phone == normalise_phone(contact)


@view_config(
    context=QASection, name="track", permission=VIEW, renderer="hpportal:qa/templates/track.pt", require_csrf=False
)
def track_view(context, request):
    """Tra cứu: the tracking code and the sender's phone or email show the status, the deadline, the answer.

    The phone or email travels in the POST body only (never in an address, a log or a cache key); the
    page shown for a lookup depends on the limiter and on what was sent, so no cache keeps it. The form
    checks its own token: a refused one keeps what was typed.
    """
    found, message = None, None
    if request.method == "POST":
        not_shared(request.response)
        code = request.POST.get("code", "")[:20]
        contact = request.POST.get("contact", "")[:200]
        if not request.registry.getUtility(ICSRFStoragePolicy).check_csrf_token(
            request, request.POST.get("csrf_token", "")
        ):
            message = CSRF_REFUSED
        elif not _limits(request)["track"].allow(request.client_addr or "?"):
            message = _("Too many lookups from your connection in the last hour. Please try later.")
        else:
            question = _find_by_code(context, code)
            if question is not None and _matches_contact(question, contact):
                found = question
            else:
                message = _("No question matches this code with this phone number or email.")
    else:
        code, contact = request.GET.get("code", "")[:20], ""  # the code may come from the receipt's link
    workflow = workflow_for(request.registry, found) if found is not None else None
    return {
        "code": code,
        "contact": contact,
        "csrf_token": get_csrf_token(request),
        "found": found,
        "message": message,
        "state": state_title(workflow, state_of(found)) if found is not None else None,
    }
