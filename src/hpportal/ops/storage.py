"""Pack, back up, restore and verify the embedded FileStorage with its blobs.

Backups follow ZODB's own tools: ``repozo`` copies ``Data.fs`` (a full copy,
or only what was appended since the last one), then the blob directory is
archived beside it under the same time stamp. A restore never writes over an
existing database. A verification restores into a temporary directory, checks
the copy with ``fstest`` and ``fsrefs``, reads every current blob, and
compares it with the live database.

ZEO and RelStorage are backed up at their own level (the ZEO server's
FileStorage, or PostgreSQL): these functions say so instead of guessing.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from ZODB.blob import is_blob_record
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage
from ZODB.scripts import fsrefs, fstest, repozo
from ZODB.utils import load_current

from hpportal.core.i18n import _
from hpportal.core.jobs import Note as Note  # a job's line of outcome, used by the database page

STATUS_FILE = "hpportal-ops.json"  # beside Data.fs: when it was last packed, backed up, verified
FULL, INCREMENTAL = ".fs", ".deltafs"


class StorageError(Exception):
    """A clear refusal: wrong kind of storage, a missing backup, a restore over a database."""


@dataclass(frozen=True)
class FilePaths:
    data_fs: Path
    blobs: Path | None

    @property
    def status_file(self) -> Path:
        return self.data_fs.parent / STATUS_FILE


def file_paths(uri: str) -> FilePaths:
    """The files of a ``file://`` database URI (``zodbconn.uri``)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        raise StorageError(
            f"this command works on the embedded FileStorage (file://); the database is {parsed.scheme}://. "
            "Back up a ZEO server's own FileStorage, or PostgreSQL with its tools."
        )
    blobs = parse_qs(parsed.query).get("blobstorage_dir", [None])[0]
    return FilePaths(Path(parsed.path), Path(blobs) if blobs else None)


# -- status --------------------------------------------------------------


def read_status(paths: FilePaths) -> dict:
    try:
        return json.loads(paths.status_file.read_text())
    except (OSError, ValueError):
        return {}


def write_status(paths: FilePaths, **values) -> None:
    status = {**read_status(paths), **values}
    paths.status_file.write_text(json.dumps(status, indent=2, sort_keys=True))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- pack ----------------------------------------------------------------


def pack(db: DB, days: float, *, keep_old: bool = False) -> None:
    """Remove the history older than ``days`` days; no ``Data.fs.old`` (nor old blobs) unless ``keep_old``."""
    storage = db.storage
    if hasattr(storage, "pack_keep_old"):
        storage.pack_keep_old = keep_old
    db.pack(days=days)


# -- figures -------------------------------------------------------------


@dataclass
class Stats:
    size: int
    objects: int
    blobs: int
    blob_bytes: int
    status: dict = field(default_factory=dict)


def blob_files(directory: Path | None):
    if directory is None or not directory.exists():
        return
    yield from directory.rglob("*.blob")


def _size(path: Path) -> int | None:
    """A file's size, or ``None`` when a pack running meanwhile has just removed or replaced it."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None


def stats(db: DB, paths: FilePaths) -> Stats:
    sizes = [size for size in map(_size, blob_files(paths.blobs)) if size is not None]
    return Stats(
        size=_size(paths.data_fs) or 0,
        objects=len(db.storage),
        blobs=len(sizes),
        blob_bytes=sum(sizes),
        status=read_status(paths),
    )


# -- backup --------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    stamp: str
    full: bool
    data_file: Path
    blob_archive: Path | None


def _repozo(*argv: str) -> None:
    try:
        repozo.main(list(argv))
    except SystemExit as stop:  # repozo reports errors by exiting
        if stop.code not in (None, 0):
            raise StorageError(f"repozo: {stop.code}") from None


def _backups(directory: Path) -> list[Path]:
    fs_dir = directory / "fs"
    if not fs_dir.exists():
        return []
    return sorted(p for p in fs_dir.iterdir() if p.suffix in (FULL, INCREMENTAL))


def backup(paths: FilePaths, directory: Path, *, full: bool = False, keep: int = 3, progress=None) -> Backup:
    """Back up ``Data.fs`` (full, or incremental when a full one exists), then the blobs; keep ``keep`` fulls."""
    fs_dir = directory / "fs"
    fs_dir.mkdir(parents=True, exist_ok=True)
    before = set(_backups(directory))
    # repozo names files by the second: two backups in one second would collide.
    while _backups(directory) and _backups(directory)[-1].stem == time.strftime("%Y-%m-%d-%H-%M-%S", time.gmtime()):
        time.sleep(0.2)
    _repozo("-B", *(["-F"] if full else []), "-r", str(fs_dir), "-f", str(paths.data_fs))
    made = [p for p in _backups(directory) if p not in before]
    if not made:
        raise StorageError("repozo made no backup file")
    data_file = made[-1]
    archive = None
    if paths.blobs is not None and paths.blobs.exists():
        archive = directory / f"blobs-{data_file.stem}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            for count, path in enumerate(sorted(paths.blobs.rglob("*")), start=1):
                tar.add(path, arcname=str(Path("blobs") / path.relative_to(paths.blobs)), recursive=False)
                if progress is not None:
                    progress(count)
    _keep_fulls(directory, keep)
    write_status(paths, last_backup=_now(), last_backup_dir=str(directory))
    return Backup(data_file.stem, data_file.suffix == FULL, data_file, archive)


def _keep_fulls(directory: Path, keep: int) -> None:
    """Remove the backups (and their blob archives) older than the ``keep``-th newest full backup."""
    fulls = [p for p in _backups(directory) if p.suffix == FULL]
    if keep < 1 or len(fulls) <= keep:
        return
    cutoff = fulls[-keep].stem
    for path in list((directory / "fs").iterdir()) + list(directory.glob("blobs-*.tar.gz")):
        stem = path.name.removeprefix("blobs-").split(".")[0]
        if stem < cutoff:
            path.unlink()


# -- restore -------------------------------------------------------------


def restore(directory: Path, data_fs: Path, blobs: Path | None = None) -> str:
    """Restore the newest backup of ``directory`` into ``data_fs`` (and ``blobs``), which must not exist yet."""
    backups = _backups(directory)
    if not backups:
        raise StorageError(f"no backup in {directory}")
    if data_fs.exists():
        raise StorageError(f"{data_fs} exists: a restore never writes over a database (move it away first)")
    blobs = blobs if blobs is not None else data_fs.parent / "blobs"
    if blobs.exists() and any(blobs.iterdir()):
        raise StorageError(f"{blobs} is not empty: a restore never writes over blobs")
    data_fs.parent.mkdir(parents=True, exist_ok=True)
    _repozo("-R", "-r", str(directory / "fs"), "-o", str(data_fs))
    stamp = backups[-1].stem
    archive = directory / f"blobs-{stamp}.tar.gz"
    if archive.exists():
        with tempfile.TemporaryDirectory(dir=blobs.parent) as unpack:
            with tarfile.open(archive) as tar:
                tar.extractall(unpack, filter="data")
            shutil.move(os.path.join(unpack, "blobs"), blobs)
    return stamp


# -- verify --------------------------------------------------------------


def stamp_time(stamp: str) -> datetime | str:
    """When a backup was made, from repozo's file name (``2026-12-03-10-23-49``, UTC)."""
    try:
        return datetime.strptime(stamp, "%Y-%m-%d-%H-%M-%S").replace(tzinfo=UTC)
    except ValueError:
        return stamp


@dataclass
class Verdict:
    ok: bool = True
    problems: list[Note] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def problem(self, text: str, **values) -> None:
        self.ok = False
        self.problems.append(Note(text, values))

    def note(self, text: str, **values) -> None:
        self.notes.append(Note(text, values))


def _current_blobs(storage, progress=None) -> tuple[int, list[str]]:
    """Read every current blob of ``storage``; the oids whose blob file is missing or unreadable."""
    count, missing = 0, []
    for number, oid in enumerate(storage._index.keys(), start=1):
        if progress is not None:
            progress(number)
        data, serial = load_current(storage, oid)
        if not is_blob_record(data):
            continue
        count += 1
        try:
            with open(storage.loadBlob(oid, serial), "rb") as blob:
                while blob.read(1 << 20):
                    pass
        except Exception:  # noqa: BLE001 - any failure to read a blob is what we report
            missing.append(oid.hex())
    return count, missing


def _tree(db: DB, root_key: str) -> set[str]:
    conn = db.open()
    try:
        root = conn.root().get(root_key)
        if root is None:
            return set()
        paths, stack = set(), [("", root)]
        while stack:
            path, node = stack.pop()
            paths.add(path or "/")
            data = getattr(node, "_data", None)
            if data is not None:
                stack.extend((f"{path}/{name}", child) for name, child in data.items())
        return paths
    finally:
        conn.close()


def verify(directory: Path, live: DB, root_key: str, progress=None) -> Verdict:
    """Restore the newest backup into a temporary directory and check it; compare with ``live``."""
    verdict = Verdict()
    with tempfile.TemporaryDirectory() as tmp:
        data_fs, blobs = Path(tmp) / "Data.fs", Path(tmp) / "blobs"
        stamp = restore(directory, data_fs, blobs)
        verdict.note(_("Restored the backup of ${when}."), when=stamp_time(stamp))
        try:
            fstest.check(str(data_fs))
        except fstest.FormatError as error:
            verdict.problem(_("fstest found an error in the copy: ${error}"), error=str(error))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            fsrefs.main(str(data_fs))
        if out.getvalue().strip():
            verdict.problem(
                _("fsrefs found a broken reference in the copy: ${error}"), error=out.getvalue().strip().splitlines()[0]
            )
        storage = FileStorage(str(data_fs), blob_dir=str(blobs), read_only=True)
        db = DB(storage)
        try:
            count, missing = _current_blobs(storage, progress)
            verdict.note(_("Read ${count} files and images (blobs) of the copy."), count=count)
            if missing:
                verdict.problem(
                    _("${count} files or images missing or unreadable, for example object ${oid}."),
                    count=len(missing),
                    oid=missing[0],
                )
            copied, current = len(storage), len(live.storage)
            verdict.note(
                _("Objects: ${copied} in the backup, ${current} in the live database."), copied=copied, current=current
            )
            restored_tree, live_tree = _tree(db, root_key), _tree(live, root_key)
            if not restored_tree:
                verdict.problem(_("The backup holds no portal."))
            gone = sorted(restored_tree - live_tree)
            added = sorted(live_tree - restored_tree)
            if gone or added:
                verdict.note(
                    _("Changed since the backup: ${added} items added, ${gone} removed in the live database."),
                    added=len(added),
                    gone=len(gone),
                )
            else:
                verdict.note(_("The content tree matches the live database (${count} items)."), count=len(live_tree))
        finally:
            db.close()
    return verdict


# -- migrate -------------------------------------------------------------


def storage_section(uri: str, role: str) -> str:
    """A ZConfig section for zodbconvert (``role`` is ``source`` or ``destination``) from a database URI."""
    parsed = urlparse(uri)
    query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
    if parsed.scheme == "file":
        blobs = query.get("blobstorage_dir")
        lines = [f"<filestorage {role}>", f"  path {parsed.path}"]
        if blobs:
            Path(blobs).mkdir(parents=True, exist_ok=True)
            lines.append(f"  blob-dir {blobs}")
        return "\n".join([*lines, "</filestorage>"])
    if parsed.scheme == "postgres":
        dsn = f"host={parsed.hostname} port={parsed.port or 5432} dbname={parsed.path.lstrip('/')}"
        if parsed.username:
            dsn += f" user={parsed.username}"
        if parsed.password:
            dsn += f" password={parsed.password}"
        lines = [f"<relstorage {role}>", f"  keep-history {query.get('keep_history', 'false')}"]
        if query.get("blob_dir"):
            Path(query["blob_dir"]).mkdir(parents=True, exist_ok=True)
            lines += [f"  blob-dir {query['blob_dir']}", f"  shared-blob-dir {query.get('shared_blob_dir', 'false')}"]
        return "\n".join([*lines, "  <postgresql>", f"    dsn {dsn}", "  </postgresql>", "</relstorage>"])
    raise StorageError(f"cannot migrate {parsed.scheme}:// storages: use file:// or postgres://")


def convert_config(source_uri: str, destination_uri: str) -> str:
    return (
        "%import relstorage\n"
        + storage_section(source_uri, "source")
        + "\n"
        + (storage_section(destination_uri, "destination") + "\n")
    )
