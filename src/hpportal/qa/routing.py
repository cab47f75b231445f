"""Hỏi - Đáp routing: the board assigns (and re-assigns) an agency, the agency tells the sender when the
answer will come and answers; the board publishes, files, features; the sender is told at each turn."""

from __future__ import annotations

from datetime import UTC, datetime
from datetime import time as dtime

from pyramid.httpexceptions import HTTPForbidden, HTTPNotFound, HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core import audit, clock
from hpportal.core.calendar import office_calendar
from hpportal.core.events import LocalRolesModified, ObjectModified, ObjectTransitioned
from hpportal.core.forms import FormPage, form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.mail import public_url
from hpportal.core.notifications import users_of
from hpportal.core.portal import find_site
from hpportal.core.security import (
    ANSWER_QUESTION,
    REVIEW,
)
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import (
    TransitionRefused,
    available_transitions,
    state_of,
    transition,
)
from hpportal.qa.intake import mail_sender
from hpportal.qa.models import (
    Question,
    agencies,
)
from hpportal.qa.schemas import answer_schema, assign_schema, progress_schema, publish_schema


def _step_form(context, request, name: str, schema, title, apply):
    """A workflow step that needs a form (``form="name"`` in workflows.zcml): show it, then take the step.

    ``apply(appstruct)`` stores what the form says on the question and returns ``(comment, then)``: the
    comment recorded with the step and what to do once the step is taken (mail ...), or ``None``.
    """
    step = next((t["name"] for t in available_transitions(request, context) if t.get("form") == name), None)
    if step is None:
        raise HTTPNotFound()
    form = make_form(request, schema, action=request.resource_url(context, name))

    def submit(appstruct):
        comment, then = apply(appstruct)
        try:
            transition(request, context, step, comment, via_form=True)
        except TransitionRefused as refused:
            raise HTTPForbidden(refused.message) from None  # the transaction is aborted: nothing is kept
        if then is not None:
            then()
        return HTTPSeeOther(request.resource_url(context))

    return FormPage(request, form, title=title, resources=form_resources(request, form))(submit)


@view_config(context=Question, name="assign", permission=REVIEW, renderer="hpportal:core/templates/form.pt")
def assign_view(context, request):
    """Chuyển cơ quan trả lời: the board picks the responsible agency; the due date follows in working days."""
    choices = agencies(find_site(context))
    schema = assign_schema([(a.uid, a.title) for a in choices], getattr(context.__parent__, "default_days", 7))

    def apply(appstruct):
        agency = next(a for a in choices if a.uid == appstruct["agency"])
        now = clock.now()
        context.agency, context.agency_title, context.assigned = agency.uid, agency.title, now
        context.due = office_calendar(request).add_working_days(now, appstruct["days"])
        context.grant_agency(agency)
        context.routing.append((now, agency.title, request.identity.title, appstruct["comment"]))

        def then():
            request.registry.notify(LocalRolesModified(context))
            _tell_agency(request, context)
            message = _("Assigned to ${agency}.", mapping={"agency": agency.title})
            request.session.flash(request.localizer.translate(message))

        return appstruct["comment"] or agency.title, then

    title = _("Assign “${title}” to an agency", mapping={"title": context.title})
    return _step_form(context, request, "assign", schema, title, apply)


def _tell_agency(request, question) -> None:
    """Mail the people of the agency the question was just given to (not every Responder above it)."""
    people = users_of(question.responders, find_site(question).principals)
    link = request.resource_url(question, app_url=public_url(request))
    due = question.due.astimezone(LOCAL_TZ).strftime("%d/%m/%Y")
    mapping = {"title": question.title, "link": link, "due": due}
    subject = _("A question for your agency: “${title}”", mapping=mapping)
    lines = [_("The editorial board asks your agency to answer by ${due}: ${link}", mapping=mapping)]
    for address in [user.email for user in people if user.email]:
        mail_sender(request, address, subject, lines)


@view_config(context=Question, name="progress", permission=ANSWER_QUESTION, renderer="hpportal:core/templates/form.pt")
def progress_view(context, request):
    """The agency tells the sender when the answer will come (Art. 9.3)."""

    def apply(appstruct):
        context.promised = datetime.combine(appstruct["promised"], dtime(17, 0), LOCAL_TZ).astimezone(UTC)

        def then():
            if context.email:
                mapping = {"code": context.code, "date": appstruct["promised"].strftime("%d/%m/%Y")}
                mail_sender(
                    request,
                    context.email,
                    _("Your question ${code}: the answer will come by ${date}", mapping=mapping),
                    [
                        _("The agency in charge will answer your question ${code} by ${date}.", mapping=mapping),
                        appstruct["comment"],
                    ],
                )

        return appstruct["comment"], then

    title = _("When will “${title}” be answered?", mapping={"title": context.title})
    return _step_form(context, request, "progress", progress_schema(), title, apply)


@view_config(context=Question, name="answer", permission=ANSWER_QUESTION, renderer="hpportal:core/templates/form.pt")
def answer_view(context, request):
    """Trả lời: publicly on the portal, or directly to the sender (a copy stays with the board)."""

    def apply(appstruct):
        context.answer = appstruct["answer"].strip()
        context.answer_kind = appstruct["kind"]
        context.answered = clock.now()

        def then():
            if appstruct["kind"] == "direct" and context.email:
                mapping = {"code": context.code, "title": context.title, "agency": context.agency_title}
                mail_sender(
                    request,
                    context.email,
                    _("The answer to your question ${code}", mapping=mapping),
                    [_("${agency} answers your question “${title}”:", mapping=mapping), "", context.answer],
                )
            if appstruct["kind"] == "direct" and context.email:
                message = _(
                    "The answer was sent to the editorial board, and queued to be mailed to the sender: "
                    "it goes out as soon as the mail server takes it."
                )
            else:
                message = _("The answer was sent to the editorial board.")
            request.session.flash(request.localizer.translate(message))

        return "", then

    title = _("Answer “${title}”", mapping={"title": context.title})
    return _step_form(context, request, "answer", answer_schema(), title, apply)


@view_config(context=Question, name="publish", permission=REVIEW, renderer="hpportal:core/templates/form.pt")
def publish_view(context, request):
    """Công bố: the question and its answer become public; each attachment only if the board ticks it."""
    attachments = context.attachments()
    schema = publish_schema([(a.__name__, a.filename or a.__name__) for a in attachments])

    def apply(appstruct):
        public = set(appstruct.get("public", ()))
        for attachment in attachments:
            attachment.private = attachment.__name__ not in public

        def then():
            for attachment in attachments:
                request.registry.notify(ObjectModified(attachment))
            request.session.flash(request.localizer.translate(_("The question and its answer were published.")))

        return "", then

    title = _("Publish “${title}”", mapping={"title": context.title})
    return _step_form(context, request, "publish", schema, title, apply)


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
    mail_sender(request, question.email, _("About your question ${code}", mapping=mapping), [_(reply, mapping=mapping)])


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
    context.anonymise(registry=request.registry)
    audit.record(request, audit.PERSONAL_DATA_ERASED, resource_path(context), context.code)
    request.session.flash(request.localizer.translate(_("The sender's personal data was erased.")))
    return HTTPSeeOther(request.resource_url(context))
