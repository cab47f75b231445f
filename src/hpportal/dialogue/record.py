"""Biên bản: the published record of a dialogue after the session: the video link and the attachments
(the questions, answers and leaders are the script's). The board completes it while closed or published."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

from hpportal.core.i18n import _
from hpportal.core.media import File, UploadRefused
from hpportal.core.security import EDIT, VIEW
from hpportal.dialogue.models import Dialogue
from hpportal.dialogue.phases import catch_up, phase
from hpportal.dialogue.vocabularies import PAST_STATES

MAX_URL = 500


def _flash(request, message, queue=""):
    request.session.flash(request.localizer.translate(message), queue)


def video_problem(url: str):
    if (url and not url.startswith(("https://", "http://"))) or len(url) > MAX_URL:
        return _("The video link must be a web address starting with https://.")
    return None


@view_config(context=Dialogue, name="record", permission=EDIT, renderer="hpportal:dialogue/templates/record.pt")
def record_view(context, request):
    """The video link and the files of the record, once the session is over."""
    if phase(context) not in PAST_STATES:
        return {"closed": False, "error": None}
    error = None
    if request.method == "POST":
        catch_up(context, request.registry)
        url = request.POST.get("video_url", "").strip()
        upload = request.POST.get("attachment")
        error = video_problem(url)
        holder = None
        if error is None and getattr(upload, "file", None) is not None:
            holder = File(title=request.POST.get("attachment_title", "").strip()[:300])
            try:
                holder.upload(upload.file, upload.filename)
            except UploadRefused as refused:
                error = refused.message
        if error is None:
            context.video_url = url
            if holder is not None:
                context.add(context.unique_name(holder.title, fallback="tep"), holder, registry=request.registry)
            context.touch()
            _flash(request, _("The record was saved."))
            return HTTPSeeOther(request.resource_url(context))
    files = [a for a in context.attachments() if request.has_permission(VIEW, a)]
    return {"closed": True, "error": error, "files": files}
