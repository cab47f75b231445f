"""An import file sent through the web: a CSV or JSON file, or a ZIP holding one with the files it names.

It is copied (a ZIP unpacked) into a new temporary directory, which the import job removes when it is done;
the rows are read at once, so that a file that cannot be read is said on the form, before any job starts.
Sizes are bounded: the file sent, and what a ZIP unpacks to (a small ZIP may unpack to gigabytes).
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from hpportal.core.i18n import _
from hpportal.legaldocs.importer import ImportFileError, rows_of

ROWS_SUFFIXES = (".csv", ".json")
#: ``hpportal.documents_import_max_mb``: the largest file the import page accepts (default 100 MB) …
MAX_MB = 100
#: … and what a ZIP may unpack to, as a multiple of it, and how many files it may hold.
UNPACKED_FACTOR = 5
MAX_MEMBERS = 100_000
CHUNK = 1024 * 1024


@dataclass
class ImportFile:
    directory: Path  # the temporary directory holding everything (removed by :meth:`remove`)
    root: Path  # what was sent, unpacked: no file outside it is imported
    base: Path  # where the files the rows name are found: the folder of the CSV or JSON
    filename: str  # as it was sent
    rows: list[tuple[int, dict]]

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def max_bytes(settings) -> int:
    try:
        megabytes = int(settings.get("hpportal.documents_import_max_mb", MAX_MB))
    except (TypeError, ValueError):
        megabytes = MAX_MB
    return max(1, megabytes) * 1024 * 1024


def _too_large(limit: int) -> ImportFileError:
    return ImportFileError(
        _("The file is too large: at most ${size} MB.", mapping={"size": max(1, limit // (1024 * 1024))})
    )


def _copy(fp, target: Path, limit: int) -> None:
    copied = 0
    with target.open("wb") as out:
        while chunk := fp.read(CHUNK):
            copied += len(chunk)
            if copied > limit:
                raise _too_large(limit)
            out.write(chunk)


def _member_path(name: str) -> PurePosixPath | None:
    """The path of a ZIP member inside the directory, or ``None`` for a name that would leave it."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or not path.parts or ":" in path.parts[0]:
        return None
    return path


def _unpack(archive: Path, target: Path, limit: int) -> Path:
    """Unpack ``archive`` into ``target``; the path of the one CSV or JSON file it holds."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            members = [m for m in zipped.infolist() if not m.is_dir()]
            if len(members) > MAX_MEMBERS:
                raise ImportFileError(_("The ZIP file holds more than ${count} files.", mapping={"count": MAX_MEMBERS}))
            unpacked = limit * UNPACKED_FACTOR
            if sum(m.file_size for m in members) > unpacked:
                raise _too_large(unpacked)
            found = []
            written = 0
            for member in members:
                path = _member_path(member.filename)
                if path is None or path.parts[0] in ("__MACOSX",):
                    continue  # outside the directory, or the Finder's resource forks
                destination = target.joinpath(*path.parts)
                destination.parent.mkdir(parents=True, exist_ok=True)
                with zipped.open(member) as source, destination.open("wb") as out:
                    while chunk := source.read(CHUNK):  # the sizes a ZIP declares may lie
                        written += len(chunk)
                        if written > unpacked:
                            raise _too_large(unpacked)
                        out.write(chunk)
                if path.suffix.lower() in ROWS_SUFFIXES:
                    found.append(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError):
        raise ImportFileError(_("The ZIP file cannot be read.")) from None
    if not found:
        raise ImportFileError(_("The ZIP file holds no .csv or .json file."))
    if len(found) > 1:
        names = ", ".join(str(path) for path in sorted(found))
        raise ImportFileError(
            _("The ZIP file holds several .csv or .json files (${files}): keep only one.", mapping={"files": names})
        )
    return target.joinpath(*found[0].parts)


def receive(fp, filename: str, limit: int) -> ImportFile:
    """Copy (or unpack) the file sent into a new temporary directory and read its rows.

    :class:`ImportFileError` says why it cannot be imported; nothing stays on disk then.
    """
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    if suffix not in (*ROWS_SUFFIXES, ".zip"):
        raise ImportFileError(_("Send a .csv or .json file, or a .zip file holding one."))
    directory = Path(tempfile.mkdtemp(prefix="hpportal-import-"))
    try:
        files = directory / "files"
        files.mkdir()
        if suffix == ".zip":
            archive = directory / "sent.zip"
            _copy(fp, archive, limit)
            path = _unpack(archive, files, limit)
            archive.unlink()
        else:
            path = files / f"import{suffix}"  # alone: no file beside it, a row naming one is refused
            _copy(fp, path, limit)
        rows = rows_of(path.read_bytes(), path.suffix)
        if not rows:
            raise ImportFileError(_("The file holds no document: only a header line, or an empty list."))
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return ImportFile(directory=directory, root=files, base=path.parent, filename=filename, rows=rows)
