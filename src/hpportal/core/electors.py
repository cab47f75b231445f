"""Electors for ``workflows.zcml``: ``elector="hpportal.core.electors.<workflow name>"``.

Of several workflows of one type, the one without an elector is the default; one with an elector
named after it is a procedure a portal may choose (REGULATION Art. 11.4). Before the file is read,
:func:`register_marked` registers here an elector for each workflow it marks so, so a new workflow
in the file needs no Python to be choosable, and a name the file does not mark resolves to nothing.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from pyramid.location import lineage

PREFIX = f"{__name__}."


class PortalChoice:
    """An elector: the workflow applies where the nearest portal chose it (``portal.procedures``)."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, context) -> bool:
        for node in lineage(context):
            if getattr(node, "is_portal", False):
                return self.name in (getattr(node, "procedures", None) or {}).values()
        return False

    def __repr__(self):
        return f"PortalChoice({self.name!r})"


def register(name: str) -> PortalChoice:
    """Make ``hpportal.core.electors.<name>`` the elector of the workflow ``name``.

    One object per name, whoever asks and how often: repoze.workflow tells the workflows of a type
    apart by their elector's identity.
    """
    if not name.isidentifier() or name.startswith("_"):
        raise ValueError(f"{name!r} cannot name an elector")
    elector = globals().get(name)
    if not isinstance(elector, PortalChoice):
        if elector is not None:
            raise ValueError(f"{PREFIX}{name} is taken")
        elector = globals()[name] = PortalChoice(name)
    return elector


def marked_in(path) -> list[str]:
    """The elector names a workflows file gives under this module (``elector="hpportal.core.electors.X"``)."""
    tree = ElementTree.parse(Path(path))
    names = []
    for element in tree.iter():
        elector = element.get("elector", "") if element.tag.rsplit("}", 1)[-1] == "workflow" else ""
        if elector.startswith(PREFIX):
            names.append(elector[len(PREFIX) :])
    return names


def register_marked(path) -> list[PortalChoice]:
    """Register the electors the workflows file at ``path`` names (before it is executed)."""
    return [register(name) for name in marked_in(path)]
