"""Colander schemas of the documents section and of a document's add/edit form."""

from __future__ import annotations

import colander
import deform
from pyramid.location import lineage

from hpportal.core.catalog.discriminators import portal_path
from hpportal.core.forms import RichText, rich_text_widget
from hpportal.core.i18n import _
from hpportal.core.portal import find_site
from hpportal.legaldocs.lookup import find_by_number, same_number
from hpportal.legaldocs.numbers import NumberInvalid, parse_number
from hpportal.legaldocs.vocabularies import FIELDS, MANUAL_VALIDITY, document_forms, issuing_bodies, lines

RELATION_FIELDS = ("rel_replaces", "rel_amends", "rel_guides", "rel_related")


class SectionSchema(colander.MappingSchema):
    title = colander.SchemaNode(colander.String(), title=_("Title"), validator=colander.Length(1, 200))
    description = colander.SchemaNode(
        colander.String(), title=_("Description"), missing="", widget=deform.widget.TextAreaWidget(rows=2)
    )
    extra_forms = colander.SchemaNode(
        colander.String(),
        title=_("More document forms"),
        description=_("One per line; they are offered besides Luật, Nghị quyết, Quyết định …"),
        missing="",
        widget=deform.widget.TextAreaWidget(rows=4),
    )
    extra_issuers = colander.SchemaNode(
        colander.String(),
        title=_("More issuing bodies"),
        description=_("One per line; the city's bodies and every component portal are offered already."),
        missing="",
        widget=deform.widget.TextAreaWidget(rows=4),
    )


def section_schema():
    return SectionSchema()


def sections_of(context) -> list:
    """The documents sections whose vocabularies hold here: the city's and the nearest one."""
    site = find_site(context)
    found = [site["van-ban"]] if "van-ban" in site else []
    for node in lineage(context):
        if getattr(node, "type_name", None) == "LegalDocumentsSection" and node not in found:
            found.append(node)
    return found


class Lines(colander.String):
    """A textarea of lines, as a list of its non-empty lines."""

    def serialize(self, node, appstruct):
        if isinstance(appstruct, list | tuple):
            appstruct = "\n".join(appstruct)
        return super().serialize(node, appstruct)

    def deserialize(self, node, cstruct):
        value = super().deserialize(node, cstruct)
        return lines(value) if value not in (colander.null, None) else []


@colander.deferred
def form_widget(node, kw):
    forms = document_forms(*sections_of(kw["context"]))
    return deform.widget.SelectWidget(values=[("", "—")] + [(title, title) for title in forms.values()])


@colander.deferred
def form_validator(node, kw):
    return colander.OneOf(list(document_forms(*sections_of(kw["context"])).values()))


@colander.deferred
def issuer_widget(node, kw):
    context = kw["context"]
    bodies = issuing_bodies(find_site(context), *sections_of(context))
    return deform.widget.SelectWidget(values=[("", "—")] + [(title, title) for title in bodies])


@colander.deferred
def issuer_validator(node, kw):
    context = kw["context"]
    return colander.OneOf(issuing_bodies(find_site(context), *sections_of(context)))


def _number(node, value):
    try:
        parse_number(value)
    except NumberInvalid as error:
        raise colander.Invalid(node, error.message) from None


def _relations_node(name, title):
    return colander.SchemaNode(
        Lines(),
        name=name,
        title=title,
        description=_("Numbers of documents in the database, one per line."),
        missing=[],
        widget=deform.widget.TextAreaWidget(rows=2),
    )


def _date(name, title, description=None, required=False):
    return colander.SchemaNode(
        colander.Date(),
        name=name,
        title=title,
        description=description,
        missing=colander.required if required else None,
        widget=deform.widget.DateInputWidget(),
    )


class DocumentSchema(colander.MappingSchema):
    number = colander.SchemaNode(
        colander.String(),
        title=_("Number and symbol"),
        description=_("As on the document, for example 204/2025/QĐ-UBND."),
        validator=colander.All(colander.Length(1, 60), _number),
    )
    form = colander.SchemaNode(
        colander.String(), title=_("Document form"), widget=form_widget, validator=form_validator
    )
    issuer = colander.SchemaNode(
        colander.String(), title=_("Issuing body"), widget=issuer_widget, validator=issuer_validator
    )
    description = colander.SchemaNode(
        colander.String(),
        title=_("Summary (trích yếu)"),
        validator=colander.Length(1, 2000),
        widget=deform.widget.TextAreaWidget(rows=3),
    )
    fields = colander.SchemaNode(
        colander.Set(),
        title=_("Fields"),
        missing=(),
        widget=deform.widget.CheckboxChoiceWidget(values=list(FIELDS.items()), inline=True),
    )
    signer = colander.SchemaNode(colander.String(), title=_("Signed by"), missing="", validator=colander.Length(0, 100))
    signer_position = colander.SchemaNode(
        colander.String(), title=_("Position of the signer"), missing="", validator=colander.Length(0, 150)
    )
    place = colander.SchemaNode(
        colander.String(), title=_("Place of issue"), missing="", validator=colander.Length(0, 100)
    )
    issued = _date("issued", _("Date of issue"), required=True)
    in_force = _date("in_force", _("Effective date"), _("Leave empty when it takes effect on the date of issue."))
    expiry = _date("expiry", _("Expiry date"), _("Only when the document says when it ends."))
    manual_validity = colander.SchemaNode(
        colander.String(),
        title=_("Validity"),
        description=_("Not yet in force, in force and expired follow the dates and replacements by themselves."),
        missing="auto",
        validator=colander.OneOf(list(MANUAL_VALIDITY)),
        widget=deform.widget.SelectWidget(values=list(MANUAL_VALIDITY.items())),
    )
    expiry_reason = colander.SchemaNode(
        colander.String(), title=_("Reason it expired"), missing="", validator=colander.Length(0, 500)
    )
    body = colander.SchemaNode(RichText(), title=_("Full text"), missing="", widget=rich_text_widget())
    recipients = colander.SchemaNode(
        colander.String(),
        title=_("Recipients (Nơi nhận)"),
        description=_("One per line, as on the document."),
        missing="",
        validator=colander.Length(0, 3000),
        widget=deform.widget.TextAreaWidget(rows=4),
    )
    rel_replaces = _relations_node("rel_replaces", _("Replaces"))
    rel_amends = _relations_node("rel_amends", _("Amends"))
    rel_guides = _relations_node("rel_guides", _("Guides"))
    rel_related = _relations_node("rel_related", _("Related documents"))
    signed_file = colander.SchemaNode(
        deform.FileData(),
        title=_("Signed file (PDF)"),
        missing=colander.null,
        widget=deform.widget.FileUploadWidget(None),
    )
    attachment = colander.SchemaNode(
        deform.FileData(),
        title=_("Attachment (PDF, DOC, DOCX or ODT)"),
        missing=colander.null,
        widget=deform.widget.FileUploadWidget(None),
    )


def _error(form, field, message):
    exc = colander.Invalid(form, "")
    exc[field] = message
    return exc


@colander.deferred
def document_validator(node, kw):
    """Dates in order, no number repeated by the same issuer, relations to documents that exist."""
    context = kw["context"]
    site = find_site(context)
    here = portal_path(context, "/")
    own = context if getattr(context, "type_name", None) == "LegalDocument" else None

    def validate(form, value):
        issued, in_force, expiry = value.get("issued"), value.get("in_force"), value.get("expiry")
        if in_force and issued and in_force < issued:
            raise _error(form, "in_force", _("The effective date cannot come before the date of issue."))
        if expiry and (in_force or issued) and expiry <= (in_force or issued):
            raise _error(form, "expiry", _("The expiry date must come after the effective date."))
        if same_number(site, value["number"], value["issuer"], issued, exclude=own):
            raise _error(
                form,
                "number",
                _(
                    "${issuer} already has a document numbered ${number}.",
                    mapping={"issuer": value["issuer"], "number": value["number"]},
                ),
            )
        for name in RELATION_FIELDS:
            for number in value.get(name) or ():
                found = [d for d in find_by_number(site, number, portal=here) if d is not own]
                if not found:
                    raise _error(
                        form, name, _("No document numbered ${number} is in the database.", mapping={"number": number})
                    )

    return validate


def document_schema():
    return DocumentSchema(validator=document_validator)
