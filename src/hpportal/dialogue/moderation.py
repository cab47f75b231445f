"""The public's questions to a dialogue and the board's work on them: the question form (the sender's identity
and consent checked exactly as in Hỏi - Đáp), the moderation queue (accept for a leader, merge a duplicate,
reject with a reason the sender is told) and the script (order, leader, answer)."""

from __future__ import annotations

import deform
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

from hpportal.core import clock
from hpportal.core.events import ObjectModified, notify
from hpportal.core.forms import form_resources, make_form
from hpportal.core.headers import not_shared
from hpportal.core.i18n import _
from hpportal.core.mail import send_mail
from hpportal.core.personaldata import RateLimit, mask, mask_email, mask_name
from hpportal.core.security import EDIT, VIEW, VIEW_PERSONAL_DATA
from hpportal.core.senders import SENDER_ORGANISATION as ORGANISATION
from hpportal.core.senders import normalise_citizen_id, normalise_phone
from hpportal.dialogue.models import Dialogue, DialogueQuestion
from hpportal.dialogue.phases import catch_up, open_for_questions
from hpportal.dialogue.schemas import question_schema
from hpportal.dialogue.vocabularies import ACCEPTED, MERGED, RECEIVED, REJECTED
from hpportal.qa.intake import ASK_LIMIT


def _flash(request, message, queue=""):
    request.session.flash(request.localizer.translate(message), queue)


def _ask_limit(request) -> RateLimit:
    """Questions per client address per hour, as Hỏi - Đáp counts them (its own count, for the dialogues)."""
    registry = request.registry
    if not hasattr(registry, "dialogue_ask_limit"):
        registry.dialogue_ask_limit = RateLimit(ASK_LIMIT)
    return registry.dialogue_ask_limit


def fill_question(question: DialogueQuestion, appstruct: dict, cipher) -> None:
    """The validated form onto the question: the citizen ID encrypted, as Hỏi - Đáp keeps it."""
    question.text = appstruct["text"].strip()
    question.sender_type = appstruct["sender_type"]
    question.full_name = appstruct["full_name"].strip()
    question.address = appstruct["address"].strip()
    question.phone = normalise_phone(appstruct["phone"]) if appstruct["phone"] else ""
    question.email = appstruct["email"].strip()
    if appstruct["sender_type"] != ORGANISATION and appstruct["citizen_id"]:
        question.set_citizen_id(cipher, normalise_citizen_id(appstruct["citizen_id"]))


# ``require_csrf=False``: the form checks its own token (core/forms.py), so a refused one keeps what was typed.
@view_config(
    context=Dialogue, name="ask", permission=VIEW, renderer="hpportal:dialogue/templates/ask.pt", require_csrf=False
)
def ask_view(context, request):
    """Gửi câu hỏi: while the dialogue is announced or live, anyone may ask the leaders."""
    if not open_for_questions(context):
        return {"form": None, "closed": True, "error": None, "resources": {"css": [], "js": []}}
    form = make_form(
        request,
        question_schema(),
        action=request.resource_url(context, "ask"),
        buttons=(deform.Button("send", _("Send the question"), css_class="btn-primary"),),
    )
    form.formid = "dialogue-ask-form"
    shown = {"closed": False, "resources": form_resources(request, form)}
    if request.method == "POST":
        not_shared(request.response)
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return {**shown, "form": failure.render(), "error": None}
        if not _ask_limit(request).allow(request.client_addr or "?"):
            error = _("Too many questions were sent from your connection in the last hour. Please try later.")
            return {**shown, "form": form.render(appstruct), "error": error}
        catch_up(context, request.registry)
        question = DialogueQuestion(received=clock.now())
        fill_question(question, appstruct, request.registry.qa_cipher)
        context.add_question(question)  # into the questions' BTree only: the dialogue itself is not rewritten
        return HTTPSeeOther(request.resource_url(context, "sent"))
    return {**shown, "form": form.render(), "error": None}


@view_config(context=Dialogue, name="sent", permission=VIEW, renderer="hpportal:dialogue/templates/sent.pt")
def sent_view(context, request):
    """Đã gửi: the sender is told the question arrived (anonymous visitors have no session to flash in)."""
    return {}


def _masked(question: DialogueQuestion, cipher) -> dict:
    """Who asked, masked: enough for the board to tell two senders apart."""
    return {
        "full_name": mask_name(question.full_name),
        "citizen_id": mask(question.citizen_id(cipher)),
        "phone": mask(question.phone),
        "email": mask_email(question.email),
    }


def _tell_rejected(request, dialogue, question) -> None:
    if not question.email:
        return
    localizer = request.localizer
    body = localizer.translate(
        _(
            "Your question to the online dialogue “${title}” was not accepted.\n\nReason: ${reason}\n\n"
            "Your question: ${text}",
            mapping={"title": dialogue.title, "reason": question.reason, "text": question.text},
        )
    )
    subject = localizer.translate(_("Your question to “${title}”", mapping={"title": dialogue.title}))
    send_mail(request, to=question.email, subject=subject, body=body)


def moderate(request, dialogue, question, action: str):
    """One decision of the board on a received question; a message for the user when it cannot be taken."""
    if question.status != RECEIVED:
        return _("That question was already handled.")
    if action == "accept":
        leader = request.POST.get("leader", "")
        if not leader.isdigit() or int(leader) >= len(dialogue.leaders):
            return _("Choose the leader who answers it.")
        question.status, question.leader = ACCEPTED, int(leader)
        dialogue.script.append(question.key)
    elif action == "merge":
        target = dialogue.questions.get(request.POST.get("into", ""))
        if target is None or target is question or target.status != ACCEPTED:
            return _("Choose an accepted question of the script that asks the same.")
        question.status, question.merged_into = MERGED, target.key
        target.askers += question.askers
    elif action == "reject":
        reason = request.POST.get("reason", "").strip()[:2000]
        if not reason:
            return _("Please give a reason.")
        question.status, question.reason = REJECTED, reason
        _tell_rejected(request, dialogue, question)
    else:
        return _("Unknown action.")
    dialogue.touch()
    notify(request.registry, ObjectModified(dialogue))  # the script's words are in the site search
    return None


@view_config(context=Dialogue, name="moderate", permission=EDIT, renderer="hpportal:dialogue/templates/moderate.pt")
def moderate_view(context, request):
    """Duyệt câu hỏi: the questions waiting, the oldest first; each accepted, merged or rejected."""
    if request.method == "POST":
        catch_up(context, request.registry)
        question = context.questions.get(request.POST.get("question", ""))
        problem = _("That question is not in this dialogue.") if question is None else None
        problem = problem or moderate(request, context, question, request.POST.get("action", ""))
        if problem is not None:
            _flash(request, problem, "error")
        else:
            _flash(request, _("The question was handled."))
        return HTTPSeeOther(request.resource_url(context, "moderate"))
    cipher = request.registry.qa_cipher
    show_sender = request.has_permission(VIEW_PERSONAL_DATA, context)
    waiting = [(q, _masked(q, cipher) if show_sender else None) for q in context.waiting()]
    return {
        "waiting": waiting,
        "scripted": context.scripted(),
        "leaders": [(str(i), context.leader_title(i)) for i in range(len(context.leaders))],
    }


@view_config(context=Dialogue, name="script", permission=EDIT, renderer="hpportal:dialogue/templates/script.pt")
def script_view(context, request):
    """Kịch bản: the accepted questions in order, each with its leader and answer, edited by the board."""
    if request.method == "POST":
        catch_up(context, request.registry)
        key = request.POST.get("question", "")
        if key not in context.script:
            _flash(request, _("That question is not in the script."), "error")
            return HTTPSeeOther(request.resource_url(context, "script"))
        question = context.questions[key]
        action = request.POST.get("action", "save")
        if action in ("up", "down"):
            index = context.script.index(key)
            other = index - 1 if action == "up" else index + 1
            if 0 <= other < len(context.script):
                context.script[index], context.script[other] = context.script[other], context.script[index]
        else:
            leader = request.POST.get("leader", "")
            if leader.isdigit() and int(leader) < len(context.leaders):
                question.leader = int(leader)
            answer = request.POST.get("answer", "").strip()[:20_000]
            if answer and answer != question.answer:
                question.answered = clock.now()
            question.answer = answer
            question.text = request.POST.get("text", question.text).strip()[:10_000] or question.text
        context.touch()
        notify(request.registry, ObjectModified(context))
        _flash(request, _("The script was saved."))
        return HTTPSeeOther(request.resource_url(context, "script", anchor=f"q-{key}"))
    return {
        "scripted": context.scripted(),
        "leaders": [(i, context.leader_title(i)) for i in range(len(context.leaders))],
    }
