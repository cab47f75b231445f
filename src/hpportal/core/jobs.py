"""Work that runs in a background thread of this process, one job at a time, with its progress and outcome.

The database page packs and backs up this way (ops/database.py), a documents section imports a file this
way (legaldocs/webimport.py). A page starts a job, then reloads itself while it runs and shows how far it
got, and afterwards its outcome. Each job may name whose it is (``key``: a section's path …), so that a
page shows only its own jobs; the last few finished are kept, in this process's memory only.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from hpportal.core.i18n import _

#: How many finished jobs are remembered, by their keys (the oldest are forgotten first).
KEPT = 50


@dataclass(frozen=True)
class Note:
    """A line of a job's outcome: a message (``_()``, with ``${name}`` placeholders) and its values.

    Pages translate it and format the values for the reader (dates in local time, numbers in the
    reader's format); the command line prints it in English (``str(note)``).
    """

    text: str
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        values = {k: v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if isinstance(v, datetime) else v
                  for k, v in self.values.items()}  # fmt: skip
        return _(self.text, mapping=values).interpolate()


@dataclass
class Job:
    name: str
    key: str = ""
    started: float = field(default_factory=time.time)
    finished: float | None = None
    ok: bool | None = None
    lines: list[Note] = field(default_factory=list)
    done: int = 0  # how far it got: steps done out of ``total`` (``None``: not counted)
    total: int | None = None
    result: object = None  # what the work keeps for its page besides its lines (an import's report …)

    def advance(self, done: int, total: int | None = None) -> None:
        """Called by the work as it goes (from its thread): the page shows ``done`` of ``total``."""
        self.done = done
        if total is not None:
            self.total = total


#: The work of a job: given its job (to report progress on), it returns ``(ok, lines)``.
Work = Callable[[Job], tuple[bool, list[Note]]]


class Jobs:
    """The one background job of this process, and the last ones finished."""

    def __init__(self, kept: int = KEPT):
        self.lock = threading.Lock()
        self.current: Job | None = None
        self.last: Job | None = None
        self.kept = kept
        self._finished: OrderedDict[str, Job] = OrderedDict()

    def start(self, name: str, work: Work, *, key: str = "", total: int | None = None) -> bool:
        """Run ``work`` in a new thread; ``False`` (and nothing started) while another job runs."""
        with self.lock:
            if self.current is not None:
                return False
            job = self.current = Job(name, key=key, total=total)
        threading.Thread(target=self._run, args=(job, work), daemon=True, name=f"hpportal-{name}").start()
        return True

    def last_for(self, key: str) -> Job | None:
        """The last job finished for ``key``."""
        with self.lock:
            return self._finished.get(key)

    def running_for(self, key: str) -> Job | None:
        current = self.current
        return current if current is not None and current.key == key else None

    def _run(self, job: Job, work: Work) -> None:
        try:
            job.ok, job.lines = work(job)
        except Exception as error:  # noqa: BLE001 - the page reports any failure of the job
            job.ok, job.lines = False, [Note(_("The job failed: ${error}"), {"error": str(error)})]
        job.finished = time.time()
        with self.lock:
            self._finished.pop(job.key, None)
            self._finished[job.key] = job
            while len(self._finished) > self.kept:
                self._finished.popitem(last=False)
            self.current, self.last = None, job
