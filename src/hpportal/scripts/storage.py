"""``hpportal pack | backup | restore | verify-backup | migrate | db-stats``: the database, from the command line.

Backups and figures read the files without opening the database, so they run beside a serving
portal; packing needs the database to itself (stop the server first).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

from pyramid.paster import get_appsettings
from zc.lockfile import LockError
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage
from ZODB.POSException import ReadOnlyError
from zodburi import resolve_uri

from hpportal.core.commands import CommandError
from hpportal.core.portal import ROOT_KEY
from hpportal.ops import storage as ops
from hpportal.scripts.progress import Progress


def _paths(config: str) -> ops.FilePaths:
    if not Path(config.split("#")[0]).exists():
        raise CommandError(f"configuration file not found: {config}")
    try:
        return ops.file_paths(get_appsettings(config)["zodbconn.uri"])
    except ops.StorageError as error:
        raise CommandError(str(error)) from None


def resolve_storage(uri: str):
    factory, _dbkw = resolve_uri(uri)
    return factory()


def _read_only(paths: ops.FilePaths) -> DB:
    if not paths.data_fs.exists():
        raise CommandError(f"no database at {paths.data_fs}")
    blobs = str(paths.blobs) if paths.blobs else None
    return DB(FileStorage(str(paths.data_fs), blob_dir=blobs, read_only=True))


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB"):
        if count < 1024:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


def _pack_through_server(args, uri: str) -> None:
    """ZEO or RelStorage: the server packs; this process only asks (the portal may keep serving)."""
    db = DB(resolve_storage(uri))
    try:
        print(f"Packing through {urlparse(uri).scheme} (history older than {args.days:g} days)…")
        db.pack(days=args.days)
    finally:
        db.close()
    print("Packed.")


def cmd_pack(args) -> None:
    if args.days < 0:
        raise CommandError("--days must be 0 or more")
    if not Path(args.config.split("#")[0]).exists():
        raise CommandError(f"configuration file not found: {args.config}")
    uri = get_appsettings(args.config)["zodbconn.uri"]
    if not uri.startswith("file://"):
        return _pack_through_server(args, uri)
    paths = _paths(args.config)
    blobs = str(paths.blobs) if paths.blobs else None
    try:
        db = DB(FileStorage(str(paths.data_fs), blob_dir=blobs, create=False))
    except LockError:
        raise CommandError("the database is in use: stop the server, then pack") from None
    except FileNotFoundError:
        raise CommandError(f"no database at {paths.data_fs}") from None
    try:
        before = paths.data_fs.stat().st_size
        print(f"Packing {paths.data_fs} (history older than {args.days:g} days)…")
        ops.pack(db, args.days, keep_old=args.keep_old)
        after = paths.data_fs.stat().st_size
    finally:
        db.close()
    ops.write_status(paths, last_pack=ops._now())
    print(f"Packed: {_size(before)} → {_size(after)}.")


def cmd_backup(args) -> None:
    paths = _paths(args.config)
    if not paths.data_fs.exists():
        raise CommandError(f"no database at {paths.data_fs}")
    try:
        progress = Progress("Archiving the blobs")
        made = ops.backup(paths, Path(args.to), full=args.full, keep=args.keep, progress=progress.update)
        progress.close()
    except ops.StorageError as error:
        raise CommandError(str(error)) from None
    kind = "full" if made.full else "incremental"
    blobs = f" and {made.blob_archive.name}" if made.blob_archive else ""
    print(f"Backed up ({kind}): {made.data_file.name}{blobs} in {args.to}.")


def cmd_restore(args) -> None:
    target = Path(args.to)
    try:
        stamp = ops.restore(Path(args.backups), target, Path(args.blobs) if args.blobs else None)
    except ops.StorageError as error:
        raise CommandError(str(error)) from None
    print(f"Restored the backup of {stamp} into {target}.")


def cmd_verify_backup(args) -> None:
    paths = _paths(args.config)
    live = _read_only(paths)
    try:
        progress = Progress("Checking every object and blob of the copy")
        verdict = ops.verify(Path(args.backups), live, ROOT_KEY, progress=progress.update)
        progress.close()
    except (ops.StorageError, ReadOnlyError) as error:
        raise CommandError(str(error)) from None
    finally:
        live.close()
    for line in verdict.notes:
        print(f"  {line}")
    for line in verdict.problems:
        print(f"  PROBLEM: {line}")
    ops.write_status(paths, last_verification=ops._now(), last_verification_ok=verdict.ok)
    if not verdict.ok:
        raise CommandError("the backup did NOT pass verification")
    print("The backup passed verification.")


def cmd_db_stats(args) -> None:
    paths = _paths(args.config)
    db = _read_only(paths)
    try:
        figures = ops.stats(db, paths)
    finally:
        db.close()
    status = figures.status
    print(f"Database:      {paths.data_fs} ({_size(figures.size)})")
    print(f"Objects:       {figures.objects}")
    print(f"Blobs:         {figures.blobs} ({_size(figures.blob_bytes)})")
    print(f"Last pack:     {status.get('last_pack', 'never')}")
    print(f"Last backup:   {status.get('last_backup', 'never')}")
    verified = status.get("last_verification")
    result = "" if verified is None else (" (passed)" if status.get("last_verification_ok") else " (FAILED)")
    print(f"Last verified: {verified or 'never'}{result}")


def add_commands(sub) -> None:
    pack = sub.add_parser("pack", help="remove old history from the database (stop the server first)")
    pack.add_argument("--days", type=float, default=0, help="keep this many days of history (default 0)")
    pack.add_argument("--keep-old", action="store_true", help="keep Data.fs.old and the old blobs")
    pack.set_defaults(func=cmd_pack)

    backup = sub.add_parser("backup", help="back up Data.fs (repozo) and the blobs; safe while serving")
    backup.add_argument("--to", default="backups", help="the backup directory (default: backups)")
    backup.add_argument("--full", action="store_true", help="a full backup even when an incremental would do")
    backup.add_argument("--keep", type=int, default=3, help="full backups to keep (default 3)")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="restore the newest backup into a new Data.fs")
    restore.add_argument("--backups", default="backups", help="the backup directory (default: backups)")
    restore.add_argument("--to", required=True, help="the Data.fs to create (must not exist)")
    restore.add_argument("--blobs", help="the blob directory to create (default: blobs beside it)")
    restore.set_defaults(func=cmd_restore)

    verify = sub.add_parser("verify-backup", help="restore the newest backup in a temporary place and check it")
    verify.add_argument("--backups", default="backups", help="the backup directory (default: backups)")
    verify.set_defaults(func=cmd_verify_backup)

    migrate = sub.add_parser("migrate", help="copy the database into another storage (FileStorage <-> RelStorage)")
    migrate.add_argument("--to-config", required=True, help="the .ini of the destination (its zodbconn.uri)")
    migrate.add_argument("--incremental", action="store_true", help="copy only what is new since the last copy")
    migrate.add_argument("--clear", action="store_true", help="empty a RelStorage destination first")
    migrate.set_defaults(func=cmd_migrate)

    stats = sub.add_parser("db-stats", help="size, objects, blobs, last pack, backup and verification")
    stats.set_defaults(func=cmd_db_stats)


def cmd_migrate(args) -> None:
    """Copy the database of this configuration into the one of ``--to-config`` (zodbconvert)."""
    for config in (args.config, args.to_config):
        if not Path(config.split("#")[0]).exists():
            raise CommandError(f"configuration file not found: {config}")
    source = get_appsettings(args.config)["zodbconn.uri"]
    destination = get_appsettings(args.to_config)["zodbconn.uri"]
    try:
        config_text = ops.convert_config(source, destination)
    except ops.StorageError as error:
        raise CommandError(str(error)) from None
    with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as conf:
        conf.write(config_text)
    command = [str(Path(sys.executable).with_name("zodbconvert"))]
    command += [flag for flag, wanted in (("--incremental", args.incremental), ("--clear", args.clear)) if wanted]
    try:
        done = subprocess.run([*command, conf.name], capture_output=True, text=True)
    finally:
        os.unlink(conf.name)
    if done.returncode != 0:
        raise CommandError("zodbconvert failed: " + (done.stderr.strip().splitlines() or ["?"])[-1])
    print(done.stdout.strip() or done.stderr.strip().splitlines()[-1])
    print(f"Copied {args.config} into {args.to_config}.")
