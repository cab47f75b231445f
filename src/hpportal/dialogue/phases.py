"""Where a dialogue stands by the portal's clock: announced, then live at its start, then closed at its end.

Nothing is written when a moment passes (no cron, no write on read): :func:`phase` derives the state from
the stored one and the plan's times whenever it is asked. The first request that changes the dialogue
(the board's step, a question sent) first writes the steps the clock took (:func:`catch_up`), each in the
history as taken "by the clock", so the stored state never lags behind what a reader was shown.
"""

from __future__ import annotations

from datetime import datetime

from hpportal.core import clock
from hpportal.core.workflow import force_state, state_of
from hpportal.dialogue.vocabularies import ANNOUNCED, CLOSED, LIVE, OPEN_STATES

BY_THE_CLOCK = "By the clock"


def phase(dialogue, now: datetime | None = None) -> str | None:
    """The dialogue's state at ``now``: its stored one, moved on by the clock while announced or live."""
    stored = state_of(dialogue)
    if stored not in OPEN_STATES:
        return stored
    now = now or clock.now()
    end = dialogue.ends()
    if end is not None and now >= end:
        return CLOSED
    start = dialogue.starts()
    if stored == ANNOUNCED and start is not None and now >= start:
        return LIVE
    return stored


def open_for_questions(dialogue, now: datetime | None = None) -> bool:
    return phase(dialogue, now) in OPEN_STATES


def catch_up(dialogue, registry) -> list[str]:
    """Write the steps the clock took since the stored state (on a request that writes anyway)."""
    taken = []
    target = phase(dialogue)
    order = [ANNOUNCED, LIVE, CLOSED]
    stored = state_of(dialogue)
    if stored not in order or target == stored:
        return taken
    for state in order[order.index(stored) + 1 : order.index(target) + 1]:
        force_state(dialogue, state, registry=registry, comment=BY_THE_CLOCK)
        taken.append(state)
    return taken
