"""A plain progress bar for long commands (no dependency, safe on a dumb terminal)."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, label: str, total: int | None = None, stream=None):
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.count = 0
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, count: int) -> None:
        self.count = count
        now = time.monotonic()
        if now - self._last >= 0.2:
            self._last = now
            self._draw()

    def _draw(self) -> None:
        if self.total:
            done = min(self.count / self.total, 1.0)
            bar = "#" * int(done * 30)
            text = f"\r{self.label} [{bar:<30}] {self.count}/{self.total}"
        else:
            text = f"\r{self.label} {self.count}"
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        self._draw()
        self.stream.write(f"  ({time.monotonic() - self.started:.1f}s)\n")
        self.stream.flush()
