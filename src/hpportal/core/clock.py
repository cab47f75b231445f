"""The portal's clock: the one place that says what time it is.

Scheduled publishing compares dates with :func:`now`; tests move it with
:func:`set_clock` instead of waiting (``set_clock(None)`` puts the real clock back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

_source: Callable[[], datetime] | None = None


def now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return _source() if _source is not None else datetime.now(UTC)


def timestamp() -> int:
    return int(now().timestamp())


def set_clock(source: Callable[[], datetime] | None) -> None:
    global _source
    _source = source
