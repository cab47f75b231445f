"""The dialogue block of the home pages: the next announced (or live) dialogue of that portal, or of the city."""

from __future__ import annotations

from repoze.catalog.query import Gt

from hpportal.core import clock
from hpportal.core.portal import find_site
from hpportal.dialogue import indexes
from hpportal.dialogue.phases import phase
from hpportal.dialogue.views import dialogues
from hpportal.dialogue.vocabularies import OPEN_STATES

LOOK_AHEAD = 5  # the soonest few not yet ended (one may be live by the clock, not yet stepped)


def dialogue_block(request, home) -> dict | None:
    """The soonest dialogue still open under ``home`` (every portal's, on the city home), or ``None``."""
    portal = home if getattr(home, "is_portal", False) else None
    if portal is None:
        return None  # a language version's home: the dialogues are held in Vietnamese
    scope = find_site(home) if portal.__parent__ is None else portal
    not_ended = [Gt(indexes.ENDS, clock.timestamp())]  # ended by the clock, not yet stepped: not "next"
    for dialogue in dialogues(scope, request, OPEN_STATES, limit=LOOK_AHEAD, soonest_first=True, extra=not_ended):
        now = phase(dialogue)
        if now in OPEN_STATES:
            return {"dialogue": dialogue, "live": now == "live"}
    return None


def includeme(config):
    config.add_home_block("dialogue", dialogue_block, template="hpportal:dialogue/templates/home_block.pt", order=45)
