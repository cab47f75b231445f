"""The inbox's forms: upload an edXML package; record what came on paper, by Facebook message or otherwise."""

from __future__ import annotations

from datetime import UTC

import deform
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

from hpportal.core import clock
from hpportal.core.forms import form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.media import UploadRefused
from hpportal.core.security import ADD
from hpportal.core.timezone import LOCAL_TZ
from hpportal.intake import edxml
from hpportal.intake.inbox import counted_from, file_item, import_package
from hpportal.intake.models import Inbox, IntakeItem
from hpportal.intake.schemas import MAX_FILES, record_schema, upload_schema

MAX_PACKAGE_BYTES = 60 * 1024 * 1024


def _page(request, form, heading, intro, *, rendered=None, error=None):
    return {
        "form": rendered if rendered is not None else form.render(),
        "resources": form_resources(request, form),
        "heading": heading,
        "intro": intro,
        "error": error,
    }


def _read(upload, limit: int) -> bytes:
    fp = upload["fp"]
    fp.seek(0)
    data = fp.read(limit + 1)
    if len(data) > limit:
        raise edxml.PackageRefused(_("The package is too large."))
    return data


@view_config(context=Inbox, name="upload", permission=ADD, renderer="hpportal:intake/templates/form.pt")
def upload_view(context, request):
    """Nhận văn bản điện tử: an edXML package from the exchange axis, imported into this inbox."""
    form = make_form(
        request,
        upload_schema(),
        action=request.resource_url(context, "upload"),
        buttons=(deform.Button("import", _("Import the package"), css_class="btn-primary"),),
    )
    heading = _("Upload an edXML package")
    intro = _(
        "A signed electronic document from the document exchange axis (QCVN 102:2016). When its recipients "
        "(Nơi nhận) name this portal, a legal document is filled in from it, waiting for approval."
    )
    if request.method == "POST":
        try:
            appstruct = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return _page(request, form, heading, intro, rendered=failure.render())
        try:
            item = import_package(
                context, _read(appstruct["package"], MAX_PACKAGE_BYTES), request.registry,
                creator=request.authenticated_userid,
            )  # fmt: skip
        except edxml.PackageRefused as refused:
            request.tm.doom()  # nothing of a refused package is kept
            return _page(request, form, heading, intro, error=refused.message)
        request.session.flash(request.localizer.translate(_("The package was imported: ${title}.",
                                                            mapping={"title": item.title})))  # fmt: skip
        return HTTPSeeOther(request.resource_url(item))
    return _page(request, form, heading, intro)


def _at_most_files(items, count: int) -> list:
    """The form's fields with the files after the first ``count`` left empty (never read into the store)."""
    kept, files = [], 0
    for name, value in items:
        if hasattr(value, "file"):
            files += 1
            if files > count:
                value = ""
        kept.append((name, value))
    return kept


@view_config(context=Inbox, name="record", permission=ADD, renderer="hpportal:intake/templates/form.pt")
def record_view(context, request):
    """Ghi nhận: staff record a paper document, a Facebook message or mail, with the time it came and scans."""
    form = make_form(request, record_schema(), action=request.resource_url(context, "record"))
    heading = _("Record received information")
    intro = _(
        "Paper received outside office hours counts from the next opening of the office; electronic "
        "channels count from their arrival, at any hour."
    )
    if request.method == "POST":
        try:
            appstruct = form.validate(_at_most_files(request.POST.items(), MAX_FILES))
        except deform.ValidationFailure as failure:
            return _page(request, form, heading, intro, rendered=failure.render())
        arrived = appstruct["received"].astimezone(UTC)
        item = IntakeItem(
            title=appstruct["title"].strip(),
            channel=appstruct["channel"],
            sender_kind=appstruct["sender_kind"],
            sender=appstruct["sender"].strip(),
            sender_address=appstruct["sender_address"].strip(),
            sender_contact=appstruct["sender_contact"].strip(),
            arrived=arrived,
            received=counted_from(request.registry, appstruct["channel"], arrived),
            body=appstruct["body"].strip(),
            creator=request.authenticated_userid,
        )
        files = []
        for upload in appstruct["attachments"]:
            if upload and upload.get("fp"):
                upload["fp"].seek(0)
                files.append((upload.get("filename") or "tep", upload["fp"].read()))
        try:
            file_item(context, item, files, request.registry)
        except UploadRefused as refused:
            return _page(request, form, heading, intro, rendered=form.render(appstruct), error=refused.message)
        request.session.flash(request.localizer.translate(_("The item was recorded.")))
        return HTTPSeeOther(request.resource_url(item))
    return _page(request, form, heading, intro, rendered=form.render({"received": clock.now().astimezone(LOCAL_TZ)}))
