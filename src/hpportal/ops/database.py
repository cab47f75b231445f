"""The Administrators' database page ("Cơ sở dữ liệu"): figures, and pack / back up / verify now.

The work runs in a background thread of this process, one job at a time; the page shows
its progress (it reloads itself while a job runs) and the outcome. Starting a job is written
to the audit log. Backups go to ``hpportal.backup_dir`` (default: ``backups`` beside ``var``).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.i18n import _
from hpportal.core.portal import ROOT_KEY, Portal
from hpportal.core.security import MANAGE_SYSTEM
from hpportal.ops import storage

JOBS = {
    "pack": _("Pack the database"),
    "backup": _("Back up now"),
    "verify": _("Verify the last backup"),
    "restore": _("Restore the last backup into a copy"),
}


@dataclass
class Job:
    name: str
    started: float = field(default_factory=time.time)
    finished: float | None = None
    ok: bool | None = None
    lines: list[str] = field(default_factory=list)


class Jobs:
    """The one background job of this process, and the last one finished."""

    def __init__(self):
        self.lock = threading.Lock()
        self.current: Job | None = None
        self.last: Job | None = None

    def start(self, name: str, work) -> bool:
        with self.lock:
            if self.current is not None:
                return False
            job = self.current = Job(name)
        threading.Thread(target=self._run, args=(job, work), daemon=True, name=f"hpportal-{name}").start()
        return True

    def _run(self, job: Job, work) -> None:
        try:
            job.ok, job.lines = work()
        except Exception as error:  # noqa: BLE001 - the page reports any failure of the job
            job.ok, job.lines = False, [f"{type(error).__name__}: {error}"]
        job.finished = time.time()
        with self.lock:
            self.current, self.last = None, job


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
        return True, [f"{before} → {paths.data_fs.stat().st_size} bytes"]

    def backup():
        made = storage.backup(paths, directory)
        return True, [f"{'full' if made.full else 'incremental'}: {made.data_file.name}"]

    def verify():
        verdict = storage.verify(directory, db, ROOT_KEY)
        storage.write_status(paths, last_verification=storage._now(), last_verification_ok=verdict.ok)
        return verdict.ok, verdict.notes + [f"PROBLEM: {p}" for p in verdict.problems]

    def restore():
        # Never over the live database: into a new directory beside it, to switch to with the server stopped.
        target = paths.data_fs.parent.parent / f"restored-{time.strftime('%Y%m%d-%H%M%S')}"
        stamp = storage.restore(directory, target / "Data.fs", target / "blobs")
        return True, [
            f"{stamp} → {target}",
            "zodbconn.uri = file://" + f"{target}/Data.fs?blobstorage_dir={target}/blobs",
        ]

    return {"pack": pack, "backup": backup, "verify": verify, "restore": restore}[name]


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
    if request.method == "POST":
        name = request.POST.get("job", "")
        if name in JOBS and (paths is not None or name == "pack"):
            work = _work(name, db, paths, backup_dir(settings) if paths is not None else None)
            if jobs.start(name, work):
                record(request, audit.DATABASE_JOB, request.localizer.translate(JOBS[name]))
                request.session.flash(request.localizer.translate(_("Started. This page shows when it is done.")))
            else:
                request.session.flash(
                    request.localizer.translate(_("Another job is running; try again when it is done."))
                )
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
    }


def includeme(config):
    config.registry.database_jobs = Jobs()
    config.scan(".database")
