"""Bulk import of procedures from a CSV or JSON file (``hpportal import-procedures``).

Each row is checked as the form checks a procedure; a refused row changes nothing and is reported with
its line and reason. A row whose code is already in the portal's catalogue updates that procedure in
place: its address, its forms, the links of its legal basis and the board's order are kept.

CSV: a header line naming the columns of :data:`COLUMNS`. ``documents`` holds rows separated by ``;``,
each ``name | copies | form file``; ``steps``, ``channels``, ``legal_basis`` and ``forms`` hold values
separated by ``;``. JSON: a list of objects with the same keys (those may be lists; a document may be
an object with ``name``, ``copies`` and ``form``). Forms are files named relative to the import file.
Levels, online levels and channels may be written as the national database writes them
(``Cấp Tỉnh``, ``Toàn trình``, ``Trực tuyến``) or as their slugs.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hpportal.core.i18n import _
from hpportal.core.names import fold
from hpportal.services.lookup import find_by_code
from hpportal.services.records import ProcedureRecord, RecordRefused, check_new, save
from hpportal.services.schemas import document_rows
from hpportal.services.vocabularies import (
    CHANNEL_WORDS,
    CHANNELS,
    FIELD_WORDS,
    FIELDS,
    LEVEL_WORDS,
    LEVELS,
    ONLINE,
    ONLINE_WORDS,
)

COLUMNS = (
    "code", "name", "field", "agency", "level", "online", "processing_time", "fees", "documents", "steps",
    "channels", "applicants", "result", "conditions", "legal_basis", "forms", "description", "portal_id",
    "decision", "featured",
)  # fmt: skip
REQUIRED = ("code", "name", "field", "agency", "level")


class ImportFileError(ValueError):
    """The file itself cannot be read (not CSV or JSON, no header, not a list)."""


@dataclass
class Refusal:
    line: int
    reason: object  # a TranslationString


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    refused: list[Refusal] = field(default_factory=list)
    dry_run: bool = False


def read_rows(path: Path) -> list[tuple[int, dict]]:
    """``(line, row)`` of each procedure: its line in a CSV, its position in a JSON list."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(f"cannot read {path}: {error}") from None
    return rows_from_text(text, path.name)


def rows_from_text(text: str, name: str) -> list[tuple[int, dict]]:
    """The rows of a file called ``name`` holding ``text`` (JSON when it ends in ``.json``, else CSV)."""
    if name.lower().endswith(".json"):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            raise ImportFileError(f"{name} is not JSON: {error}") from None
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise ImportFileError(f"{name} must hold a list of objects")
        return list(enumerate(items, start=1))
    reader = csv.DictReader(text.splitlines(keepends=True))
    if not reader.fieldnames or "code" not in reader.fieldnames:
        raise ImportFileError(f"{name} has no header line naming the columns: {', '.join(COLUMNS)}")
    return [(reader.line_num, row) for row in reader]


def _values(value) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def _text(row, column) -> str:
    return " ".join(str(row.get(column) or "").split())


def _word(value: str, words: dict, slugs: dict, column: str, message) -> str:
    if value in slugs:
        return value
    found = words.get(fold(value).strip())
    if found is None:
        raise RecordRefused(_(message, mapping={"column": column, "value": value}))
    return found


def _documents(value) -> tuple[dict, ...]:
    if isinstance(value, list):
        rows = []
        for item in value:
            if isinstance(item, dict):
                rows.append({k: str(item.get(k) or "").strip() for k in ("name", "copies", "form")})
            else:
                rows.extend(document_rows(str(item)))
        return tuple(r for r in rows if r["name"])
    return document_rows("\n".join(_values(value)))


def _form(base: Path | None, name: str) -> tuple[str, bytes]:
    if base is None:  # a file sent through the web comes alone
        raise RecordRefused(
            _(
                "The form ${file} cannot come with a file sent from the web: add it on the procedure's page, or "
                "import with the hpportal import-procedures command.",
                mapping={"file": name},
            )
        )
    path = (base / name).resolve()
    if not path.is_file():
        raise RecordRefused(_("The file ${file} is not there.", mapping={"file": name}))
    return path.name, path.read_bytes()


def parse_row(row: dict, base: Path | None) -> ProcedureRecord:
    """The record of one row, or :class:`RecordRefused` saying what is wrong with it."""
    missing = [column for column in REQUIRED if not _text(row, column)]
    if missing:
        raise RecordRefused(_("${column} is missing.", mapping={"column": missing[0]}))
    field_ = _text(row, "field")
    if field_ not in FIELDS:
        field_ = FIELD_WORDS.get(fold(field_), field_)
    level = _word(_text(row, "level"), LEVEL_WORDS, LEVELS, "level", "level: “${value}” is not city or commune.")
    online = _word(_text(row, "online"), ONLINE_WORDS, ONLINE, "online", "online: “${value}” is not an online level.")
    channels = tuple(
        _word(c, CHANNEL_WORDS, CHANNELS, "channels", "channels: “${value}” is not a way to submit.")
        for c in _values(row.get("channels"))
    )
    featured = _text(row, "featured")
    if featured and not (featured.isascii() and featured.isdigit() and int(featured) < 1000):
        raise RecordRefused(_("featured: “${value}” is not an order from 0 to 999.", mapping={"value": featured}))
    return ProcedureRecord(
        code=_text(row, "code"),
        title=_text(row, "name"),
        field=field_,
        agency=_text(row, "agency"),
        level=level,
        online=online,
        description=str(row.get("description") or "").strip(),
        portal_id=_text(row, "portal_id"),
        decision=_text(row, "decision"),
        processing_time=_text(row, "processing_time"),
        fees=_text(row, "fees"),
        documents=_documents(row.get("documents")),
        steps=tuple(_values(row.get("steps"))),
        channels=tuple(dict.fromkeys(channels)),
        applicants=_text(row, "applicants"),
        result=_text(row, "result"),
        conditions=_text(row, "conditions"),
        legal_basis=tuple(_values(row.get("legal_basis"))),
        featured=int(featured) if featured else None,
        forms=[_form(base, name) for name in _values(row.get("forms"))],
    )


def import_procedures(
    section,
    rows: list[tuple[int, dict]],
    base: Path | None,
    registry,
    *,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
    checkpoint: Callable[[], None] | None = None,
    every: int = 500,
) -> ImportReport:
    """Import ``rows`` into ``section``; ``checkpoint()`` is called every ``every`` procedures (to commit).

    Forms are read from ``base``; ``None`` (a file sent from the web) refuses the rows that name one.
    """

    report = ImportReport(dry_run=dry_run)
    seen: set[str] = set()
    for count, (line, row) in enumerate(rows, start=1):
        try:
            record = parse_row(row, base)
            if dry_run:
                code = check_new(record, seen)
                created = find_by_code(section, code) is None
            else:
                _procedure, created = save(section, record, registry, seen=seen)
            report.added += created
            report.updated += not created
        except RecordRefused as refused:
            report.refused.append(Refusal(line, refused.message))
        done = report.added + report.updated
        if checkpoint is not None and not dry_run and done and done % every == 0:
            checkpoint()
        if progress is not None:
            progress(count)
    return report
