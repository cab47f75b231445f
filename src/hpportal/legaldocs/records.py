"""Documents made by programs (the demo, the import): checked as the form checks them, then added."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from hpportal.core.i18n import _
from hpportal.core.media import UploadRefused
from hpportal.core.portal import find_site
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import force_state
from hpportal.legaldocs.lookup import same_number
from hpportal.legaldocs.models import DocumentFile, LegalDocument, attach_file
from hpportal.legaldocs.numbers import DocumentNumber, NumberInvalid, parse_number
from hpportal.legaldocs.schemas import sections_of
from hpportal.legaldocs.vocabularies import FIELDS, document_forms, issuing_bodies

ATTRIBUTES = (
    "number", "form", "issuer", "description", "fields", "signer", "signer_position", "place",
    "issued", "in_force", "expiry", "manual_validity", "expiry_reason", "body", "recipients",
)  # fmt: skip


class RecordRefused(ValueError):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass
class Record:
    """One document's values, as a program gives them (dates as ``date``)."""

    number: str
    form: str
    issuer: str
    description: str
    issued: date
    fields: tuple[str, ...] = ()
    signer: str = ""
    signer_position: str = ""
    place: str = "Hải Phòng"
    in_force: date | None = None
    expiry: date | None = None
    manual_validity: str = "auto"
    expiry_reason: str = ""
    body: str = ""
    recipients: str = ""
    files: list[tuple[str, str, bytes]] = field(default_factory=list)  # (kind, filename, data)


def check(section, record: Record, seen: set[tuple[str, str]] | None = None) -> DocumentNumber:
    """Refuse (:class:`RecordRefused`) what the form would refuse; ``seen`` holds (key, issuer) already taken."""
    try:
        number = parse_number(record.number)
    except NumberInvalid as error:
        raise RecordRefused(error.message) from None
    if record.form not in document_forms(*sections_of(section)).values():
        raise RecordRefused(_("“${form}” is not a document form of this portal.", mapping={"form": record.form}))
    if record.issuer not in issuing_bodies(find_site(section), *sections_of(section)):
        raise RecordRefused(_("“${issuer}” is not an issuing body of this portal.", mapping={"issuer": record.issuer}))
    if not record.description.strip():
        raise RecordRefused(_("The summary (trích yếu) is missing."))
    unknown = [f for f in record.fields if f not in FIELDS]
    if unknown:
        raise RecordRefused(_("“${field}” is not a field.", mapping={"field": unknown[0]}))
    start = record.in_force or record.issued
    if record.in_force and record.in_force < record.issued:
        raise RecordRefused(_("The effective date cannot come before the date of issue."))
    if record.expiry and record.expiry <= start:
        raise RecordRefused(_("The expiry date must come after the effective date."))
    taken = seen if seen is not None else set()
    if _seen_key(number, record) in taken or same_number(
        find_site(section), record.number, record.issuer, record.issued
    ):
        raise RecordRefused(
            _(
                "${issuer} already has a document numbered ${number}.",
                mapping={"issuer": record.issuer, "number": record.number},
            )
        )
    return number


def check_files(record: Record) -> None:
    """Refuse a file the document would refuse (its type), keeping nothing (an import's dry run)."""
    for kind, filename, data in record.files:
        try:
            DocumentFile(kind=kind).upload(io.BytesIO(data), filename)
        except UploadRefused as refused:
            raise RecordRefused(
                _("The file ${file} was refused: ${reason}", mapping={"file": filename, "reason": refused.message})
            ) from None


def _seen_key(number: DocumentNumber, record: Record) -> tuple:
    return (number.key, record.issuer, "" if number.year else record.issued.year)


def remember(seen: set, number: DocumentNumber, record: Record) -> None:
    """Note ``record``'s number as taken (a later row of the same import may not repeat it)."""
    seen.add(_seen_key(number, record))


def create(section, record: Record, registry, *, state: str = "published", creator: str | None = None, seen=None):
    """Check ``record``, make its document with its files, add it to ``section`` in ``state``.

    Nothing is added when anything is refused (:class:`RecordRefused`, or a file's :class:`UploadRefused`).
    """
    number = check(section, record, seen)
    doc = LegalDocument(**{name: getattr(record, name) for name in ATTRIBUTES}, creator=creator)
    doc.fields = tuple(record.fields)
    # Published on the portal on the day it was issued (an import of older documents keeps their dates).
    doc.effective = datetime.combine(record.issued, time(8, 0), LOCAL_TZ).astimezone(UTC)
    for kind, filename, data in record.files:
        try:
            attach_file(doc, kind, io.BytesIO(data), filename, names_of=registry)
        except UploadRefused as refused:
            raise RecordRefused(
                _("The file ${file} was refused: ${reason}", mapping={"file": filename, "reason": refused.message})
            ) from None
    section.add(section.unique_name(doc.title, fallback="van-ban", registry=registry), doc, registry=registry)
    force_state(doc, state, registry=registry)
    if seen is not None:
        remember(seen, number, record)
    return doc
