"""Procedures made by programs (the demo, the import): checked as the form checks them, then added, or an
existing procedure of the same code updated in place (its address, forms, links and order are kept)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from hpportal.core.events import ObjectModified, notify
from hpportal.core.i18n import _
from hpportal.core.media import UploadRefused
from hpportal.core.workflow import force_state
from hpportal.services.codes import CodeInvalid, parse_code
from hpportal.services.legalbasis import link_basis
from hpportal.services.lookup import find_by_code
from hpportal.services.models import Procedure, ProcedureForm, attach_form
from hpportal.services.vocabularies import CHANNELS, FIELDS, LEVELS, ONLINE

#: What an import sets; what it never touches: the name in the tree, the forms not in the file, the
#: board's order (``featured``) unless the file gives one.
ATTRIBUTES = (
    "code", "title", "description", "portal_id", "decision", "field", "agency", "level", "online",
    "processing_time", "fees", "documents", "steps", "channels", "applicants", "result", "conditions",
    "legal_basis",
)  # fmt: skip


class RecordRefused(ValueError):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass
class ProcedureRecord:
    code: str
    title: str
    field: str
    agency: str
    level: str
    online: str
    description: str = ""
    portal_id: str = ""
    decision: str = ""
    processing_time: str = ""
    fees: str = ""
    documents: tuple[dict, ...] = ()
    steps: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    applicants: str = ""
    result: str = ""
    conditions: str = ""
    legal_basis: tuple[str, ...] = ()
    featured: int | None = None  # None: keep the board's order
    forms: list[tuple[str, bytes]] = field(default_factory=list)  # (filename, data)


def check(record: ProcedureRecord) -> str:
    """Refuse (:class:`RecordRefused`) what the form would refuse; the code as written in the catalogue."""
    try:
        code = parse_code(record.code)
    except CodeInvalid as error:
        raise RecordRefused(error.message) from None
    if not record.title.strip():
        raise RecordRefused(_("The name of the procedure is missing."))
    if len(record.title) > 500:
        raise RecordRefused(_("The name of the procedure is longer than 500 characters."))
    if record.field not in FIELDS:
        raise RecordRefused(_("“${field}” is not a field.", mapping={"field": record.field}))
    if not record.agency.strip():
        raise RecordRefused(_("The implementing agency is missing."))
    if record.level not in LEVELS:
        raise RecordRefused(_("“${level}” is not a level (city or commune).", mapping={"level": record.level}))
    if record.online not in ONLINE:
        raise RecordRefused(_("“${online}” is not an online level.", mapping={"online": record.online}))
    unknown = [c for c in record.channels if c not in CHANNELS]
    if unknown:
        raise RecordRefused(_("“${channel}” is not a way to submit.", mapping={"channel": unknown[0]}))
    for filename, data in record.forms:
        try:
            ProcedureForm().upload(io.BytesIO(data), filename)
        except UploadRefused as refused:
            raise RecordRefused(
                _("The file ${file} was refused: ${reason}", mapping={"file": filename, "reason": refused.message})
            ) from None
    return code


def check_new(record: ProcedureRecord, seen: set[str] | None) -> str:
    """:func:`check`, and refuse a code given twice in one import (``seen``: the codes already given)."""
    code = check(record)
    if seen is not None:
        if code in seen:
            raise RecordRefused(_("The code ${code} is given twice in the file.", mapping={"code": code}))
        seen.add(code)
    return code


def save(section, record: ProcedureRecord, registry, *, state: str = "published", creator=None, seen=None):
    """Check ``record``; update the procedure of its code in ``section``, or add one. ``(procedure, created)``.

    Nothing changes when anything is refused.
    """
    code = check_new(record, seen)
    values = {name: getattr(record, name) for name in ATTRIBUTES}
    values["code"] = code
    existing = find_by_code(section, code)
    procedure = existing if existing is not None else Procedure(creator=creator)
    for name, value in values.items():
        setattr(procedure, name, tuple(value) if isinstance(value, list) else value)
    if record.featured is not None:
        procedure.featured = record.featured
    for filename, data in record.forms:
        attach_form(procedure, io.BytesIO(data), filename, registry=registry if existing is not None else None)
    if existing is None:
        name = section.unique_name(f"{code} {record.title}"[:80], fallback="thu-tuc", registry=registry)
        section.add(name, procedure, registry=registry)
        force_state(procedure, state, registry=registry)
    link_basis(procedure)
    procedure.touch()
    if existing is not None:
        notify(registry, ObjectModified(procedure))  # reindexed at commit
    return procedure, existing is None
