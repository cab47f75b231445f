"""Văn bản: the documents section of each portal, legal documents, and their signed files.

A document's title is its form and number (``Quyết định 204/2025/QĐ-UBND``); its summary (trích
yếu) is its description. The signed files are its children, which follow its workflow state.
"""

from __future__ import annotations

import html
import re

from persistent.mapping import PersistentMapping
from zope.interface import implementer

from hpportal.core.content import FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.media import FILE_TYPES, File
from hpportal.core.portal import find_site
from hpportal.core.richtext import RichTextField
from hpportal.core.security import ADD, MANAGE_PORTAL
from hpportal.legaldocs.interfaces import ILegalDocument
from hpportal.legaldocs.lookup import by_uid
from hpportal.legaldocs.schemas import document_schema, section_schema
from hpportal.legaldocs.vocabularies import AUTOMATIC, lines

PDF = "application/pdf"
ATTACHMENT_TYPES = {
    mimetype: FILE_TYPES[mimetype]
    for mimetype in (
        PDF,
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    )
}
_TAG = re.compile(r"<[^>]+>")
SIGNED = "signed"
ATTACHMENT = "attachment"

#: Relations: the side one sets -> the side the partner gets (vbpl.vn's "lược đồ").
INVERSE = {
    "replaces": "replaced_by",
    "amends": "amended_by",
    "guides": "guided_by",
    "related": "related",
}
INVERSE.update({passive: active for active, passive in list(INVERSE.items())})
ACTIVE = ("replaces", "amends", "guides", "related")
RELATION_TITLES = {
    "replaces": _("Replaces"),
    "replaced_by": _("Replaced by"),
    "amends": _("Amends"),
    "amended_by": _("Amended by"),
    "guides": _("Guides"),
    "guided_by": _("Guided by"),
    "related": _("Related documents"),
}


@content_type(
    "LegalDocumentsSection",
    title=_("Documents"),
    add_permission=MANAGE_PORTAL,
    schema=section_schema,
    addable_to=("Portal", "SubPortal"),
    icon="journal-text",
    listed=False,  # every portal gets one
)
class LegalDocumentsSection(FolderContent):
    """Văn bản of one portal: its documents database, with the forms and issuers its board added."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("in_navigation", True)
        attrs.setdefault("extra_forms", "")
        attrs.setdefault("extra_issuers", "")
        super().__init__(title, description, **attrs)


@content_type(
    "DocumentFile",
    title=_("Document file"),
    add_permission=ADD,
    addable_to=("LegalDocument", "DraftDocument"),
    icon="file-earmark-pdf",
    listed=False,  # uploaded on the document's form
)
class DocumentFile(File):
    """A file of a document: the signed original (PDF) or an attachment (PDF, DOC, DOCX, ODT)."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("kind", ATTACHMENT)
        super().__init__(title, description, **attrs)

    @property
    def allowed_types(self) -> dict[str, str]:
        return {PDF: ".pdf"} if self.kind == SIGNED else ATTACHMENT_TYPES


@content_type(
    "LegalDocument",
    title=_("Legal document"),
    add_permission=ADD,
    schema=document_schema,
    addable_to=("LegalDocumentsSection",),
    icon="journal-text",
    workflow="editorial",
    searchable=True,
)
@implementer(ILegalDocument)
class LegalDocument(FolderContent):
    """One document: số/ký hiệu, loại, cơ quan ban hành, lĩnh vực, người ký, dates, trích yếu, toàn văn."""

    body = RichTextField()  # toàn văn: sanitised whenever it is written (form, import, demo)

    def __init__(self, title="", description="", **attrs):
        defaults = {
            "number": "",
            "form": "",
            "issuer": "",
            "fields": (),
            "signer": "",
            "signer_position": "",
            "place": "Hải Phòng",
            "issued": None,
            "in_force": None,
            "expiry": None,
            "manual_validity": AUTOMATIC,
            "expiry_reason": "",
            "body": "",
            "recipients": "",
            "in_navigation": False,
        }
        for key, value in defaults.items():
            attrs.setdefault(key, value)
        super().__init__(title, description, **attrs)
        self.relations = PersistentMapping()  # kind -> tuple of partner uids
        self.replacement_days = PersistentMapping()  # uid of a published replacement -> its effective date

    def __getattr__(self, name: str):
        # The relation fields of the form: the numbers of the partners now, read through the catalog.
        kind = name.removeprefix("rel_")
        if name.startswith("rel_") and kind in INVERSE:
            site = find_site(self)
            found = [by_uid(site, uid) for uid in self.partners(kind)]
            return "\n".join(doc.number for doc in found if doc is not None)
        raise AttributeError(name)

    def __setattr__(self, name: str, value) -> None:
        # Numbers typed in a relation field wait for the subscriber that links the partners.
        if name.startswith("rel_") and name.removeprefix("rel_") in INVERSE:
            pending = dict(getattr(self, "pending_relations", None) or {})
            pending[name.removeprefix("rel_")] = list(value or ())
            name, value = "pending_relations", pending
        super().__setattr__(name, value)

    @property
    def title(self) -> str:
        """``Quyết định 204/2025/QĐ-UBND``: what the document is called everywhere."""
        return " ".join(filter(None, [getattr(self, "form", ""), getattr(self, "number", "")]))

    @title.setter
    def title(self, value) -> None:
        """The title follows the form and the number; a title given is not kept."""

    def recipient_lines(self) -> list[str]:
        return lines(self.recipients)

    def partners(self, kind: str) -> tuple[str, ...]:
        return tuple(self.relations.get(kind, ()))

    def set_partners(self, kind: str, uids) -> None:
        uids = tuple(dict.fromkeys(uids))
        if uids:
            self.relations[kind] = uids
        else:
            self.relations.pop(kind, None)

    def files(self, kind: str | None = None) -> list[DocumentFile]:
        found = [f for f in self.values() if isinstance(f, DocumentFile)]
        return [f for f in found if kind is None or f.kind == kind]

    def receive_upload(self, field: str, fp, filename: str, registry=None) -> None:
        kinds = {"signed_file": SIGNED, "attachment": ATTACHMENT}
        if field not in kinds:
            raise KeyError(field)
        attach_file(self, kinds[field], fp, filename, names_of=registry)

    def searchable_text(self) -> str:
        return " ".join(filter(None, [self.title, self.description, html_to_text(self.body), self.issuer, self.signer]))


def html_to_text(value: str) -> str:
    return html.unescape(_TAG.sub(" ", value or ""))


def attach_file(document, kind: str, fp, filename: str, registry=None, *, names_of=None) -> DocumentFile:
    """Keep an uploaded file as a child of ``document``; :class:`UploadRefused` leaves nothing behind.

    Without a ``registry`` no event is sent (a document being made on a form, before it is added); the
    file is still never named as a view of the app of ``names_of`` (a registry) is.
    """
    upload = DocumentFile(kind=kind)
    upload.upload(fp, filename)
    names_of = names_of if names_of is not None else registry
    name = document.unique_name(upload.filename.rsplit(".", 1)[0], fallback="tep", registry=names_of)
    document.add(name, upload, registry=names_of, send_events=registry is not None)
    return upload


def includeme(config):
    for cls in (LegalDocumentsSection, LegalDocument, DocumentFile):
        config.add_content_type(cls)
