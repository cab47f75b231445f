"""Electors for ``workflows.zcml``: ``elector="hpportal.core.electors.<workflow name>"``.

Any name resolves to an elector that chooses the workflow of that name where
the nearest portal picked it as its procedure: a new workflow in the file
needs no Python to be choosable.
"""

from __future__ import annotations

_electors: dict = {}


def __getattr__(name: str):
    if name.startswith("__"):
        raise AttributeError(name)
    from hpportal.core.procedures import PortalChoice

    # One object per name: repoze.workflow tells workflows apart by their elector's identity.
    return _electors.setdefault(name, PortalChoice(name))
