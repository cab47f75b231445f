"""Pages of the drafts for public comment: a draft (its published comments, the comment form while it is open,
the consultation's summary once closed), the board's moderation and summary, the section's list of drafts."""

from __future__ import annotations

import colander
import deform
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core import audit, clock
from hpportal.core.catalog.search import next_scheduled_change
from hpportal.core.events import ObjectModified
from hpportal.core.forms import RichText, UploadWidget, form_resources, make_form, rich_text_widget
from hpportal.core.headers import not_shared
from hpportal.core.i18n import _
from hpportal.core.media import UploadRefused
from hpportal.core.personaldata import RateLimit, mask, mask_email, mask_name
from hpportal.core.portal import find_site
from hpportal.core.security import EDIT, VIEW, VIEW_PERSONAL_DATA
from hpportal.core.views.banner import next_midnight
from hpportal.legaldocs.comments import (
    COMMENT_LIMIT,
    PUBLISHED,
    RECEIVED,
    STATES,
    UNPUBLISHED,
    CommentRefused,
    add_comment,
    comment_schema,
    comments_in,
    moderate,
)
from hpportal.legaldocs.drafts import (
    CLOSED,
    DRAFT,
    OPEN,
    PHASES,
    SUMMARY,
    UPCOMING,
    DraftDocument,
    drafts_of,
    next_change,
)
from hpportal.legaldocs.lookup import find_by_number
from hpportal.legaldocs.models import ATTACHMENT, LegalDocumentsSection, attach_file
from hpportal.legaldocs.views import day_formatter

DRAFT_PAGE = "hpportal:legaldocs/templates/draft.pt"


def until_next_change(request, site, drafts) -> None:
    """Tell the cache of anonymous pages when this page changes by the clock: midnight (the top bar's date),
    a scheduled publication, a draft opening or closing."""
    changes = [int(next_midnight(clock.now()).timestamp())]
    changes += [m for m in (next_scheduled_change(site.catalog), next_change(drafts)) if m]
    request.environ["hpportal.next_change"] = min(changes)


def _limit(request) -> RateLimit:
    registry = request.registry
    if not hasattr(registry, "comment_limit"):
        registry.comment_limit = RateLimit(COMMENT_LIMIT)
    return registry.comment_limit


def _comment_form(request, context) -> deform.Form:
    form = make_form(
        request,
        comment_schema(),
        action=request.resource_url(context, "comment"),
        buttons=(deform.Button("send", _("Send the comment"), css_class="btn-primary"),),
    )
    form.formid = "comment-form"
    return form


def window_notice(context, request):
    """What a citizen is told when comments are not taken now, or ``None`` while they are."""
    day = day_formatter(request)
    mapping = {"opens": day(context.opens), "closes": day(context.closes)}
    phase = context.phase()
    if phase == UPCOMING:
        return _("Comments on this draft are taken from ${opens} to ${closes}; they are not open yet.", mapping=mapping)
    if phase == CLOSED:
        return _(
            "The time for comments on this draft ended on ${closes}: comments are no longer taken.", mapping=mapping
        )
    return None


def became_of(context, request):
    """The document the draft became, when the board linked it and the user may see it."""
    if not context.became:
        return None
    found = [d for d in find_by_number(find_site(context), context.became) if request.has_permission(VIEW, d)]
    return found[0] if found else None


def _page(context, request, *, form_html=None, error=None) -> dict:
    form = _comment_form(request, context)
    phase = context.phase()
    if form_html is None and phase == OPEN:
        form_html = form.render()
    until_next_change(request, find_site(context), [context])
    may_moderate = request.has_permission(EDIT, context)
    return {
        "phase": phase,
        "phases": PHASES,
        "day": day_formatter(request),
        "form": form_html if phase == OPEN else None,
        "resources": form_resources(request, form),
        "error": error,
        "notice": window_notice(context, request),
        "comments": comments_in(context, PUBLISHED),
        "waiting": len(comments_in(context, RECEIVED)) if may_moderate else 0,
        "may_moderate": may_moderate,
        "files": context.files(DRAFT) + context.files(ATTACHMENT),
        "summary_files": context.files(SUMMARY),
        "show_summary": context.summary_published is not None and phase == CLOSED,
        "became": became_of(context, request),
        "section": context.__parent__ if isinstance(context.__parent__, LegalDocumentsSection) else None,
    }


@view_config(context=DraftDocument, permission=VIEW, renderer=DRAFT_PAGE)
def draft_view(context, request):
    """Dự thảo: what is drafted, by whom, until when comments are taken; the published comments; the form."""
    return _page(context, request)


# ``require_csrf=False``: the form checks its own token (core/forms.py), so a refused one keeps what was typed.
@view_config(context=DraftDocument, name="comment", permission=VIEW, renderer=DRAFT_PAGE, require_csrf=False)
def comment_view(context, request):
    """Góp ý: a comment, taken only while the draft is open by the clock, from a sender checked as Hỏi - Đáp
    checks one, with consent; it waits for the board's moderation."""
    if request.method != "POST":
        return HTTPSeeOther(request.resource_url(context))
    not_shared(request.response)
    notice = window_notice(context, request)
    if notice is not None:
        return _page(context, request, error=notice)
    form = _comment_form(request, context)
    try:
        appstruct = form.validate(request.POST.items())
    except deform.ValidationFailure as failure:
        return _page(context, request, form_html=failure.render())
    if not _limit(request).allow(request.client_addr or "?"):
        error = _("Too many comments were sent from your connection in the last hour. Please try later.")
        return _page(context, request, form_html=form.render(appstruct), error=error)
    add_comment(context, appstruct, request.registry.comment_cipher)
    request.session.flash(
        request.localizer.translate(
            _("Thank you: your comment was received. It is shown here once the editorial board has read it.")
        )
    )
    return HTTPSeeOther(request.resource_url(context) + "#comments")


def _sender(request, context, comment, reveal: bool) -> dict | None:
    """The sender for those who may see a sender's personal data: masked, or in full when asked (and then logged),
    as a question's sender is shown."""
    if not request.has_permission(VIEW_PERSONAL_DATA, context) or comment.anonymised:
        return None
    citizen_id = comment.citizen_id(request.registry.comment_cipher)
    if reveal:
        audit.record(request, audit.PERSONAL_DATA_VIEWED, resource_path(context), comment.id)
        return {"full_name": comment.full_name, "citizen_id": citizen_id, "address": comment.address,
                "phone": comment.phone, "email": comment.email, "masked": False}  # fmt: skip
    return {"full_name": mask_name(comment.full_name), "citizen_id": mask(citizen_id),
            "address": mask(comment.address, 8), "phone": mask(comment.phone), "email": mask_email(comment.email),
            "masked": True}  # fmt: skip


@view_config(context=DraftDocument, name="erase-sender", permission=EDIT, request_method="POST")
def erase_sender_view(context, request):
    """At the sender's request, the board erases a commenter's personal data; it cannot be undone."""
    comment = context.comments.get(request.POST.get("comment", "")[:20])
    if comment is None or request.POST.get("confirm") != "1":
        message = _("Tick the box to confirm that the sender asked for it: erasing cannot be undone.")
        request.session.flash(request.localizer.translate(message), "error")
        return HTTPSeeOther(request.resource_url(context, "comments"))
    comment.anonymise()
    audit.record(request, audit.PERSONAL_DATA_ERASED, resource_path(context), comment.id)
    request.session.flash(request.localizer.translate(_("The sender's personal data was erased.")))
    return HTTPSeeOther(request.resource_url(context, "comments"))


@view_config(
    context=DraftDocument, name="comments", permission=EDIT, renderer="hpportal:legaldocs/templates/draft_comments.pt"
)
def comments_view(context, request):
    """Kiểm duyệt góp ý: the board publishes each comment or keeps it unpublished, saying why."""
    not_shared(request.response)
    error = None
    revealed = request.POST.get("reveal", "") if request.method == "POST" else ""
    if request.method == "POST" and not revealed:
        state = {"publish": PUBLISHED, "unpublish": UNPUBLISHED}.get(request.POST.get("action", ""), "")
        try:
            comment = moderate(
                context,
                request.POST.get("comment", "")[:20],
                state,
                reason=request.POST.get("reason", "")[:2000],
                moderator=request.authenticated_userid,
            )
        except CommentRefused as refused:
            error = refused.message
        else:
            audit.record(request, audit.COMMENT_MODERATED, resource_path(context), f"{comment.id}: {comment.state}")
            request.session.flash(
                request.localizer.translate(
                    _(
                        "The comment is now: ${state}.",
                        mapping={"state": request.localizer.translate(STATES[comment.state])},
                    )
                )
            )
            return HTTPSeeOther(request.resource_url(context, "comments"))
    order = (RECEIVED, PUBLISHED, UNPUBLISHED)
    return {
        "groups": [(state, STATES[state], comments_in(context, state)) for state in order],
        "error": error,
        "sender": lambda comment: _sender(request, context, comment, comment.id == revealed),
        "phase": context.phase(),
        "phases": PHASES,
    }


def summary_schema() -> colander.SchemaNode:
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            RichText(),
            name="summary",
            title=_("Summary of the consultation"),
            description=_("The report of the comments received, the explanations and what was taken into the draft."),
            validator=colander.Length(1, 200_000),
            widget=rich_text_widget(),
        )
    )
    schema.add(
        colander.SchemaNode(
            deform.FileData(),
            name="summary_file",
            title=_("Report file (PDF, DOC, DOCX or ODT)"),
            missing=colander.null,
            widget=UploadWidget(),
        )
    )
    return schema


@view_config(context=DraftDocument, name="summary", permission=EDIT, renderer="hpportal:core/templates/form.pt")
def summary_view(context, request):
    """Báo cáo tổng hợp, giải trình, tiếp thu: published on the draft's page once comments have closed."""
    if context.phase() != CLOSED:
        request.session.flash(
            request.localizer.translate(_("The summary of the consultation is published after comments close.")),
            queue="error",
        )
        return HTTPSeeOther(request.resource_url(context))
    form = make_form(request, summary_schema(), action=request.resource_url(context, "summary"))
    form.formid = "summary-form"
    title = _("Summary of the consultation")

    def shown(html):
        return {"form": html, "title": title, "resources": form_resources(request, form)}

    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return shown(failure.render())
        upload = appstruct.get("summary_file")
        if upload:
            try:
                attach_file(context, SUMMARY, upload["fp"], upload.get("filename", ""), registry=request.registry)
            except UploadRefused as refused:
                exc = colander.Invalid(form.schema, "")
                exc["summary_file"] = refused.message
                form.widget.handle_error(form, exc)
                return shown(form.render())
        context.summary = appstruct["summary"]
        if context.summary_published is None:
            context.summary_published = clock.now()
        request.registry.notify(ObjectModified(context))
        request.session.flash(request.localizer.translate(_("The summary of the consultation is published.")))
        return HTTPSeeOther(request.resource_url(context) + "#summary")
    appstruct = {"summary": context.summary} if context.summary else {}
    return shown(form.render(appstruct))


@view_config(
    context=LegalDocumentsSection, name="drafts", permission=VIEW, renderer="hpportal:legaldocs/templates/drafts.pt"
)
def drafts_view(context, request):
    """Dự thảo lấy ý kiến: every published draft of the section, open ones first, then upcoming, then closed."""
    drafts = drafts_of(context, request.allowed_tokens)
    until_next_change(request, find_site(context), drafts)
    groups = [(phase, PHASES[phase], [d for d in drafts if d.phase() == phase]) for phase in (OPEN, UPCOMING, CLOSED)]
    return {"groups": groups, "day": day_formatter(request)}
