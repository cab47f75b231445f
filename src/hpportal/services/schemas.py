"""Colander schemas of the procedures section and of a procedure's add/edit form."""

from __future__ import annotations

import colander
import deform

from hpportal.core.i18n import _
from hpportal.services.codes import CodeInvalid, parse_code
from hpportal.services.filing import check_template
from hpportal.services.lookup import find_by_code
from hpportal.services.vocabularies import CHANNELS, FIELDS, LEVELS, ONLINE, lines


def _filing_url(node, value):
    problem = check_template(value)
    if problem is not None:
        raise colander.Invalid(node, problem)


class SectionSchema(colander.MappingSchema):
    title = colander.SchemaNode(colander.String(), title=_("Title"), validator=colander.Length(1, 200))
    description = colander.SchemaNode(
        colander.String(), title=_("Description"), missing="", widget=deform.widget.TextAreaWidget(rows=2)
    )
    filing_url = colander.SchemaNode(
        colander.String(),
        title=_("Address for filing online"),
        description=_(
            "The public service portal's page of a procedure, with {code} where its code goes (or {id} for the "
            "portal's own id). Leave empty to use the city's address."
        ),
        missing="",
        validator=_filing_url,
    )


def section_schema():
    return SectionSchema()


class Lines(colander.String):
    """A textarea of lines, as a tuple of its non-empty lines."""

    def serialize(self, node, appstruct):
        if isinstance(appstruct, list | tuple):
            appstruct = "\n".join(appstruct)
        return super().serialize(node, appstruct)

    def deserialize(self, node, cstruct):
        value = super().deserialize(node, cstruct)
        return tuple(lines(value)) if value not in (colander.null, None) else ()


def document_rows(text) -> tuple[dict, ...]:
    """``Tờ khai | 01 bản chính | to-khai.docx`` lines as rows of the documents to submit."""
    rows = []
    for line in lines(text):
        name, copies, form = ([part.strip() for part in line.split("|")] + ["", ""])[:3]
        if name:
            rows.append({"name": name, "copies": copies, "form": form})
    return tuple(rows)


def document_lines(rows) -> str:
    return "\n".join(" | ".join(filter(None, (r["name"], r.get("copies", ""), r.get("form", "")))) for r in rows)


class DocumentRows(colander.String):
    def serialize(self, node, appstruct):
        if isinstance(appstruct, list | tuple):
            appstruct = document_lines(appstruct)
        return super().serialize(node, appstruct)

    def deserialize(self, node, cstruct):
        value = super().deserialize(node, cstruct)
        return document_rows(value) if value not in (colander.null, None) else ()


def _code(node, value):
    try:
        parse_code(value)
    except CodeInvalid as error:
        raise colander.Invalid(node, error.message) from None


def _text(name, title, rows=2, description=None, length=3000):
    return colander.SchemaNode(
        colander.String(),
        name=name,
        title=title,
        description=description,
        missing="",
        validator=colander.Length(0, length),
        widget=deform.widget.TextAreaWidget(rows=rows),
    )


def _choice(name, title, values):
    return colander.SchemaNode(
        colander.String(),
        name=name,
        title=title,
        validator=colander.OneOf(list(values)),
        widget=deform.widget.SelectWidget(values=list(values.items())),
    )


class ProcedureSchema(colander.MappingSchema):
    code = colander.SchemaNode(
        colander.String(),
        title=_("Procedure code"),
        description=_("As in the national database of procedures, for example 1.004227."),
        validator=_code,
        preparer=lambda value: parse_code(value) if isinstance(value, str) and _valid(value) else value,
    )
    title = colander.SchemaNode(colander.String(), title=_("Name of the procedure"), validator=colander.Length(1, 500))
    description = _text("description", _("Description"))
    field = _choice("field", _("Field"), FIELDS)
    agency = colander.SchemaNode(colander.String(), title=_("Implementing agency"), validator=colander.Length(1, 300))
    level = _choice("level", _("Level"), LEVELS)
    online = _choice("online", _("Online level"), ONLINE)
    portal_id = colander.SchemaNode(
        colander.String(),
        title=_("Id on the public service portal"),
        description=_("Only when the filing address uses the portal's own id."),
        missing="",
        validator=colander.Length(0, 40),
    )
    decision = colander.SchemaNode(
        colander.String(), title=_("Decision publishing it"), missing="", validator=colander.Length(0, 200)
    )
    processing_time = _text("processing_time", _("Processing time"))
    fees = _text("fees", _("Fees and charges"))
    documents = colander.SchemaNode(
        DocumentRows(),
        title=_("Documents to submit"),
        description=_(
            "One a line: the document | how many copies | the form's file name, for example "
            "Tờ khai | 01 bản chính | to-khai.docx"
        ),  # fmt: skip
        missing=(),
        widget=deform.widget.TextAreaWidget(rows=5),
    )
    form_file = colander.SchemaNode(
        deform.FileData(),
        title=_("Form to fill in (PDF, DOC, DOCX or ODT)"),
        missing=colander.null,
        widget=deform.widget.FileUploadWidget(None),
    )
    steps = colander.SchemaNode(
        Lines(), title=_("Steps"), description=_("One step a line."), missing=(),
        widget=deform.widget.TextAreaWidget(rows=5),
    )  # fmt: skip
    channels = colander.SchemaNode(
        colander.Set(),
        title=_("How to submit"),
        missing=(),
        widget=deform.widget.CheckboxChoiceWidget(values=list(CHANNELS.items()), inline=True),
    )
    applicants = _text("applicants", _("Who may apply"))
    result = _text("result", _("Result"))
    conditions = _text("conditions", _("Conditions"), rows=3)
    legal_basis = colander.SchemaNode(
        Lines(),
        title=_("Legal basis"),
        description=_("One document a line, with its number: those in the documents database are linked."),
        missing=(),
        widget=deform.widget.TextAreaWidget(rows=4),
    )
    featured = colander.SchemaNode(
        colander.Integer(),
        title=_("Order among the most used"),
        description=_("1 comes first on the home page; 0 or empty: not among them."),
        missing=0,
        validator=colander.Range(0, 999),
    )


def _valid(value: str) -> bool:
    try:
        parse_code(value)
    except CodeInvalid:
        return False
    return True


@colander.deferred
def procedure_validator(node, kw):
    """A code given once in a portal's catalogue (the import updates by code: two would be ambiguous)."""
    context = kw["context"]
    own = context if getattr(context, "type_name", None) == "Procedure" else None
    section = own.__parent__ if own is not None else context

    def validate(form, value):
        found = find_by_code(section, value["code"]) if _valid(value["code"]) else None
        if found is not None and found is not own:
            exc = colander.Invalid(form, "")
            exc["code"] = _(
                "This portal already has the procedure ${code}: ${title}.",
                mapping={"code": parse_code(value["code"]), "title": found.title},
            )
            raise exc

    return validate


def procedure_schema():
    return ProcedureSchema(validator=procedure_validator)
