"""The Administrators' database page ("Cơ sở dữ liệu"): figures, and pack / back up / verify now.

The work runs in a background thread of this process, one job at a time (core/jobs.py); the page shows
its progress (it reloads itself while a job runs) and the outcome, in the reader's language.
Packing and restoring ask for confirmation first (a second POST with ``confirm``). Starting a
job is written to the audit log. Backups go to ``hpportal.backup_dir`` (default: ``backups``
beside ``var``); a restore goes into a new directory inside the database's own (``var/restored-…``).
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.i18n import _
from hpportal.core.jobs import Jobs, Note
from hpportal.core.portal import ROOT_KEY, Portal
from hpportal.core.security import MANAGE_SYSTEM
from hpportal.ops import storage

JOBS = {
    "pack": _("Pack the database"),
    "backup": _("Back up now"),
    "verify": _("Verify the last backup"),
    "restore": _("Restore the last backup into a copy"),
}
#: What each job that asks for confirmation will do, said before it starts.
CONFIRM = {
    "pack": _(
        "Packing removes the history of every object (older versions kept by the database) for good, "
        "and may take a while on a large database. Pack now?"
    ),
    "restore": _(
        "The last backup will be restored into a new copy of the database beside the live one; the live "
        "database is not touched. Restore now?"
    ),
}


def backup_dir(settings) -> Path:
    configured = settings.get("hpportal.backup_dir")
    if configured:
        return Path(configured)
    paths = storage.file_paths(settings["zodbconn.uri"])
    return paths.data_fs.parent.parent / "backups"


def _work(name: str, db, paths: storage.FilePaths | None, directory: Path | None):
    def pack():
        if paths is None:  # ZEO or RelStorage: the server packs
            db.pack(days=0)
            return True, []
        before = paths.data_fs.stat().st_size
        storage.pack(db, 0)
        storage.write_status(paths, last_pack=storage._now())
        after = paths.data_fs.stat().st_size
        sizes = {"before": Size(before), "after": Size(after)}
        return True, [Note(_("Size: ${before} before, ${after} after."), sizes)]

    def backup():
        made = storage.backup(paths, directory)
        kind = _("Full backup: ${file}") if made.full else _("Incremental backup: ${file}")
        return True, [Note(kind, {"file": made.data_file.name})]

    def verify():
        verdict = storage.verify(directory, db, ROOT_KEY)
        storage.write_status(paths, last_verification=storage._now(), last_verification_ok=verdict.ok)
        return verdict.ok, verdict.notes + verdict.problems

    def restore():
        # Never over the live database, never in the working tree: a new directory beside the database
        # (under var/), to switch to with the server stopped.
        target = restore_target(paths)
        stamp = storage.restore(directory, target / "Data.fs", target / "blobs")
        return True, [
            Note(_("The backup of ${when} was restored into ${folder}."), {"when": storage.stamp_time(stamp),
                                                                            "folder": str(target)}),
            Note(_("To use it, stop the server and set: ${setting}"),
                 {"setting": f"zodbconn.uri = file://{target}/Data.fs?blobstorage_dir={target}/blobs"}),
        ]  # fmt: skip

    return {"pack": pack, "backup": backup, "verify": verify, "restore": restore}[name]


class Size(int):
    """A number of bytes: shown in KB, MB or GB."""


def restore_target(paths: storage.FilePaths) -> Path:
    """Where a restore from the web goes: a new directory inside the database's own (``var/restored-…``)."""
    return paths.data_fs.parent / f"restored-{time.strftime('%Y%m%d-%H%M%S')}"


def note_text(request, note: Note) -> str:
    """A job's line in the reader's language: dates in local time, numbers and sizes in their format."""
    ui = request.chrome
    values = {}
    for key, value in note.values.items():
        if isinstance(value, Size):
            value = ui.size(value)
        elif isinstance(value, int):
            value = ui.number(value)
        elif hasattr(value, "astimezone"):
            value = ui.datetime(value, "HH:mm:ss dd/MM/yyyy" if ui.locale == "vi" else None)
        values[key] = value
    return request.localizer.translate(_(note.text, mapping=values))


def status_time(request, value) -> str:
    """A time kept in the status file (ISO, UTC), in local time; a dash when there is none."""
    try:
        when = datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        when = None
    return request.chrome.datetime(when) if when is not None else "—"


def jobs_of(registry) -> Jobs:
    return registry.database_jobs


@view_config(context=Portal, name="database", permission=MANAGE_SYSTEM, renderer="hpportal:ops/database.pt")
def database_page(context, request):
    settings = request.registry.settings
    db = request.registry._zodb_databases[""]
    jobs = jobs_of(request.registry)
    try:
        paths = storage.file_paths(settings["zodbconn.uri"])
    except storage.StorageError:
        paths = None  # ZEO or RelStorage: kept at their own level
    confirm = None
    if request.method == "POST":
        name = request.POST.get("job", "")
        if name in CONFIRM and request.POST.get("confirm") != name and jobs.current is None:
            confirm = name  # nothing starts before the Administrator confirms on the next page
        elif name in JOBS and (paths is not None or name == "pack"):
            work = _work(name, db, paths, backup_dir(settings) if paths is not None else None)
            if jobs.start(name, lambda _job: work()):
                record(request, audit.DATABASE_JOB, request.localizer.translate(JOBS[name]))
                request.session.flash(request.localizer.translate(_("Started. This page shows when it is done.")))
            else:
                request.session.flash(
                    request.localizer.translate(_("Another job is running; try again when it is done."))
                )
        if confirm is None:
            return HTTPSeeOther(request.resource_url(context, "database"))
    request.response.cache_control.no_store = True
    figures = storage.stats(db, paths) if paths is not None else None
    return {
        "paths": paths,
        "figures": figures,
        "objects": len(db.storage),
        "jobs": JOBS,
        "current": jobs.current,
        "last": jobs.last,
        "backup_dir": backup_dir(settings) if paths is not None else None,
        "confirm": confirm,
        "confirm_text": CONFIRM.get(confirm),
        "note_text": lambda note: note_text(request, note),
        "status_time": lambda value: status_time(request, value),
    }


def includeme(config):
    config.registry.database_jobs = Jobs()
    config.add_system_page("database")
    config.scan(".database")
