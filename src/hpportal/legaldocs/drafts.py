"""Dự thảo lấy ý kiến: drafts of documents put on the portal for public comment (Decree 42/2022 Art. 4; the
Law on Promulgation of Legal Documents).

A draft names its drafting agency, its summary and files, and the days comments are taken: from the first
second of its opening day to the end of its closing day in Hai Phong, by the portal's clock. After closing, the
board publishes the summary of the consultation (báo cáo tổng hợp, giải trình, tiếp thu) and links the draft to
the document it became. The comments are in :mod:`hpportal.legaldocs.comments`.
"""

from __future__ import annotations

from datetime import timedelta

import colander
import deform
from BTrees.OOBTree import OOBTree
from pyramid.traversal import resource_path
from repoze.catalog.query import Any, Eq
from zope.interface import implementer

from hpportal.core import clock
from hpportal.core.catalog.catalog import ALLOWED, PATH, STATE, TYPE, resolve
from hpportal.core.content import FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.portal import find_site
from hpportal.core.richtext import RichTextField
from hpportal.core.security import ADD
from hpportal.legaldocs.interfaces import IDraftDocument
from hpportal.legaldocs.lookup import find_by_number
from hpportal.legaldocs.models import ATTACHMENT, DocumentFile, attach_file, html_to_text
from hpportal.legaldocs.numbers import NumberInvalid, parse_number
from hpportal.legaldocs.schemas import issuer_validator, issuer_widget
from hpportal.legaldocs.validity import day_start

DRAFT_TYPE = "DraftDocument"
DRAFT = "draft"  # the kind of a file of the draft itself
SUMMARY = "summary"  # the kind of the consultation report's file
#: Where a draft is in its consultation, by the clock.
UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"
PHASES = {
    UPCOMING: _("Comments not yet open"),
    OPEN: _("Open for comment"),
    CLOSED: _("Comments closed"),
}


def _document_number(node, value):
    try:
        parse_number(value)
    except NumberInvalid as error:
        raise colander.Invalid(node, error.message) from None


class DraftSchema(colander.MappingSchema):
    title = colander.SchemaNode(
        colander.String(),
        title=_("Title of the draft"),
        description=_("For example: Dự thảo Quyết định ban hành Quy định về quản lý cây xanh đô thị."),
        validator=colander.Length(5, 300),
    )
    agency = colander.SchemaNode(
        colander.String(), title=_("Drafting agency"), widget=issuer_widget, validator=issuer_validator
    )
    description = colander.SchemaNode(
        colander.String(),
        title=_("Summary of the draft"),
        validator=colander.Length(1, 3000),
        widget=deform.widget.TextAreaWidget(rows=4),
    )
    opens = colander.SchemaNode(colander.Date(), title=_("Comments open on"), widget=deform.widget.DateInputWidget())
    closes = colander.SchemaNode(
        colander.Date(),
        title=_("Comments close on"),
        description=_("Comments are taken until the end of this day."),
        widget=deform.widget.DateInputWidget(),
    )
    draft_file = colander.SchemaNode(
        deform.FileData(),
        title=_("The draft (PDF, DOC, DOCX or ODT)"),
        missing=colander.null,
        widget=deform.widget.FileUploadWidget(None),
    )
    attachment = colander.SchemaNode(
        deform.FileData(),
        title=_("Attachment (PDF, DOC, DOCX or ODT)"),
        missing=colander.null,
        widget=deform.widget.FileUploadWidget(None),
    )
    became = colander.SchemaNode(
        colander.String(),
        title=_("The document it became"),
        description=_("Once issued: the number of the document in the database, for example 204/2025/QĐ-UBND."),
        missing="",
        validator=colander.All(colander.Length(0, 60), _document_number),
    )


def _error(form, field, message):
    exc = colander.Invalid(form, "")
    exc[field] = message
    return exc


@colander.deferred
def draft_validator(node, kw):
    """The closing day not before the opening day; the document it became in the database."""
    site = find_site(kw["context"])

    def validate(form, value):
        if value["closes"] < value["opens"]:
            raise _error(form, "closes", _("Comments cannot close before they open."))
        if value.get("became") and not find_by_number(site, value["became"]):
            raise _error(
                form,
                "became",
                _("No document numbered ${number} is in the database.", mapping={"number": value["became"]}),
            )

    return validate


def draft_schema():
    return DraftSchema(validator=draft_validator)


@content_type(
    DRAFT_TYPE,
    title=_("Draft for public comment"),
    add_permission=ADD,
    schema=draft_schema,
    addable_to=("LegalDocumentsSection",),
    icon="chat-square-text",
    workflow="editorial",
    searchable=True,  # a citizen finds the draft of a decision to comment on it
)
@implementer(IDraftDocument)
class DraftDocument(FolderContent):
    """One draft: cơ quan chủ trì soạn thảo, tóm tắt, tệp dự thảo, thời gian lấy ý kiến, the comments, the
    consultation's summary and the document it became. Its files are its children, following its state."""

    summary = RichTextField()  # báo cáo tổng hợp, giải trình, tiếp thu: sanitised whenever it is written

    def __init__(self, title="", description="", **attrs):
        defaults = {"agency": "", "opens": None, "closes": None, "became": "", "summary": "",
                    "summary_published": None, "in_navigation": False}  # fmt: skip
        for key, value in defaults.items():
            attrs.setdefault(key, value)
        super().__init__(title, description, **attrs)
        self.comments = OOBTree()  # id -> Comment: never content, never in the catalog

    def opening(self) -> int | None:
        """The first second comments are taken (epoch seconds)."""
        return day_start(self.opens)

    def closing(self) -> int | None:
        """The first second comments are no longer taken: the end of the closing day."""
        return day_start(self.closes + timedelta(days=1)) if self.closes else None

    def phase(self, now: int | None = None) -> str:
        now = clock.timestamp() if now is None else now
        if self.opening() is None or now < self.opening():
            return UPCOMING
        return OPEN if now < self.closing() else CLOSED

    def is_open(self) -> bool:
        return self.phase() == OPEN

    def files(self, kind: str | None = None) -> list[DocumentFile]:
        found = [f for f in self.values() if isinstance(f, DocumentFile)]
        return [f for f in found if kind is None or f.kind == kind]

    def receive_upload(self, field: str, fp, filename: str, registry=None) -> None:
        kinds = {"draft_file": DRAFT, "attachment": ATTACHMENT, "summary_file": SUMMARY}
        if field not in kinds:
            raise KeyError(field)
        attach_file(self, kinds[field], fp, filename, names_of=registry)

    def searchable_text(self) -> str:
        """The draft's title, summary, agency and consultation summary: never a comment, never a sender."""
        return " ".join(filter(None, [self.title, self.description, self.agency, html_to_text(self.summary)]))


def drafts_of(section, allowed) -> list[DraftDocument]:
    """The published drafts of ``section`` the user may see, through the catalog, the soonest to close first."""
    site = find_site(section)
    query = Eq(TYPE, DRAFT_TYPE) & Any(PATH, [resource_path(section)]) & Eq(STATE, "published")
    if allowed is not None:
        query = query & Any(ALLOWED, list(allowed))
    _total, docids = site.catalog.query(query)
    found = list(resolve(site.catalog, site, docids))
    return sorted(found, key=lambda d: (d.closes, d.title))


def next_change(drafts, now: int | None = None) -> int | None:
    """The next moment one of ``drafts`` opens or closes (a page listing them changes then), or ``None``."""
    now = clock.timestamp() if now is None else now
    moments = [m for d in drafts for m in (d.opening(), d.closing()) if m is not None and m > now]
    return min(moments, default=None)


def includeme(config):
    config.add_content_type(DraftDocument)
