"""Bulk import of documents from a CSV or JSON file (``hpportal import-documents``).

Each row is checked as the form checks a document; a refused row adds nothing and is reported with its
line and reason, every good row is imported. Files are named by paths relative to the import file.

CSV: a header line naming the columns of :data:`COLUMNS`; ``fields`` and ``files`` hold several values
separated by ``;``, ``recipients`` its lines separated by ``;``. JSON: a list of objects with the same keys
(``fields``, ``files`` and ``recipients`` may be lists). Dates are ``2025-11-06`` or ``06/11/2025``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from hpportal.core.i18n import _
from hpportal.legaldocs.models import ATTACHMENT, SIGNED
from hpportal.legaldocs.records import Record, RecordRefused, check, check_files, create, remember

COLUMNS = (
    "number", "form", "issuer", "summary", "issued", "in_force", "expiry", "fields", "signer",
    "signer_position", "place", "recipients", "body", "files", "expiry_reason",
)  # fmt: skip
REQUIRED = ("number", "form", "issuer", "summary", "issued")


class ImportFileError(ValueError):
    """The file itself cannot be read (not CSV or JSON, no header, not a list); ``message`` says why."""

    def __init__(self, message):
        super().__init__(message.interpolate() if hasattr(message, "interpolate") else str(message))
        self.message = message


@dataclass
class Refusal:
    line: int
    reason: object  # a TranslationString


@dataclass
class ImportReport:
    imported: int = 0
    refused: list[Refusal] = field(default_factory=list)
    dry_run: bool = False


def read_rows(path: Path) -> list[tuple[int, dict]]:
    """``(line, row)`` of each document in the file: its line in a CSV, its position in a JSON list."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(_("The file cannot be read: ${error}", mapping={"error": str(error)})) from None
    return rows_of(data, path.suffix)


def rows_of(data: bytes, suffix: str) -> list[tuple[int, dict]]:
    """The rows of a file's bytes, read as JSON when ``suffix`` is ``.json``, as CSV otherwise."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(_("The file is not text in UTF-8: save it as “CSV UTF-8” or as JSON.")) from None
    if suffix.lower() == ".json":
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            raise ImportFileError(_("The file is not JSON: ${error}", mapping={"error": str(error)})) from None
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise ImportFileError(_("The JSON file must hold a list of documents, each an object."))
        return list(enumerate(items, start=1))
    try:
        reader = csv.DictReader(text.splitlines(keepends=True))
        if not reader.fieldnames or "number" not in reader.fieldnames:
            raise ImportFileError(
                _("The file has no header line naming the columns: ${columns}", mapping={"columns": ", ".join(COLUMNS)})
            )
        return [(reader.line_num, row) for row in reader]
    except csv.Error as error:
        raise ImportFileError(_("The file is not CSV: ${error}", mapping={"error": str(error)})) from None


def _values(value) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def parse_date(value, column: str) -> date | None:
    text = str(value or "").strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RecordRefused(_("${column}: “${value}” is not a date.", mapping={"column": column, "value": text}))


def _file(base: Path, name: str, first_pdf: bool, within: Path | None) -> tuple[str, str, bytes]:
    try:
        path = (base / name).resolve()
        if within is not None and not path.is_relative_to(within.resolve()):
            raise ValueError(name)  # from the web, only the files of its ZIP
        data = path.read_bytes()
    except (OSError, ValueError):
        raise RecordRefused(_("The file ${file} is not there.", mapping={"file": name})) from None
    kind = SIGNED if first_pdf and data.startswith(b"%PDF") else ATTACHMENT
    return kind, path.name, data


def parse_row(row: dict, base: Path, *, within: Path | None = None) -> Record:
    """The record of one row, or :class:`RecordRefused` saying what is wrong with it.

    Files are named relative to ``base``; with ``within``, only files inside it are taken (an import sent
    through the web: the files of its ZIP, never the server's).
    """
    missing = [column for column in REQUIRED if not str(row.get(column) or "").strip()]
    if missing:
        raise RecordRefused(_("${column} is missing.", mapping={"column": missing[0]}))
    files, signed = [], False
    for name in _values(row.get("files")):
        kind, filename, data = _file(base, name, not signed, within)
        signed = signed or kind == SIGNED
        files.append((kind, filename, data))
    return Record(
        number=str(row["number"]).strip(),
        form=str(row["form"]).strip(),
        issuer=" ".join(str(row["issuer"]).split()),
        description=str(row["summary"]).strip(),
        issued=parse_date(row["issued"], "issued"),
        in_force=parse_date(row.get("in_force"), "in_force"),
        expiry=parse_date(row.get("expiry"), "expiry"),
        fields=tuple(_values(row.get("fields"))),
        signer=str(row.get("signer") or "").strip(),
        signer_position=str(row.get("signer_position") or "").strip(),
        place=str(row.get("place") or "").strip(),
        recipients="\n".join(_values(row.get("recipients"))),
        body=str(row.get("body") or ""),
        expiry_reason=str(row.get("expiry_reason") or "").strip(),
        files=files,
    )


def import_documents(
    section,
    rows: list[tuple[int, dict]],
    base: Path,
    registry,
    *,
    dry_run: bool = False,
    state: str = "published",
    progress: Callable[[int], None] | None = None,
    checkpoint: Callable[[], None] | None = None,
    every: int = 500,
    creator: str | None = None,
    within: Path | None = None,
) -> ImportReport:
    """Import ``rows`` into ``section``; ``checkpoint()`` is called every ``every`` documents (to commit).

    ``creator``: the user id the documents are made by; ``within``: see :func:`parse_row`.
    """
    report = ImportReport(dry_run=dry_run)
    seen: set = set()
    for count, (line, row) in enumerate(rows, start=1):
        try:
            record = parse_row(row, base, within=within)
            if dry_run:
                number = check(section, record, seen)
                check_files(record)
                remember(seen, number, record)
            else:
                create(section, record, registry, state=state, creator=creator, seen=seen)
            report.imported += 1
        except RecordRefused as refused:
            report.refused.append(Refusal(line, refused.message))
        if checkpoint is not None and not dry_run and report.imported and report.imported % every == 0:
            checkpoint()
        if progress is not None:
            progress(count)
    return report
