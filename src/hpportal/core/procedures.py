"""Which editorial procedure a portal follows (REGULATION Art. 11.4), and moving its items when it changes.

Several workflows of one type may apply to the same content: the one without an elector in
``workflows.zcml`` is the default; the others are chosen by a portal, whose ``procedures`` setting
names them (the elector ``hpportal.core.electors.<workflow name>`` says so, see core/electors.py).
"""

from __future__ import annotations

from hpportal.core.folder import walk
from hpportal.core.location import find_portal
from hpportal.core.workflow import (
    apply_state,
    force_state,
    state_of,
    state_permission_map,
    workflow_for,
    workflow_type,
)


def procedures(registry, kind: str = "editorial") -> list:
    """Workflows of ``kind`` a portal may choose between (the default first)."""
    return list(registry.workflow_types.get(kind, ()))


def chosen_procedure(context, kind: str | None = "editorial") -> str | None:
    """The workflow name the nearest portal chose for ``kind`` (``None``: the default)."""
    portal = find_portal(context)
    if portal is None:
        return None
    return (getattr(portal, "procedures", None) or {}).get(kind or "editorial")


def map_state(workflow, state: str | None) -> str:
    """The state of ``workflow`` an item in ``state`` (of another workflow) lands in: same name, else an
    alias declared in workflows.zcml (``<alias name="pending"/>``), else the initial state."""
    if state in workflow._state_data:
        return state
    return workflow._state_aliases.get(state, workflow.initial_state)


def switch_procedure(portal, procedure: str | None, *, registry, actor=None, kind: str = "editorial") -> dict:
    """Make ``procedure`` the portal's ``kind`` workflow and move every item to its matching state.

    Returns ``{(old state, new state): count}`` for the items whose state changed.
    """
    chosen = dict(getattr(portal, "procedures", None) or {})
    if procedure:
        chosen[kind] = procedure
    else:
        chosen.pop(kind, None)
    portal.procedures = chosen
    changes: dict[tuple[str, str], int] = {}
    for obj in walk(portal):
        if obj is not portal and getattr(obj, "is_portal", False):
            continue  # nothing nests portals today; a nested one keeps its own choice
        if workflow_type(obj) != kind or state_of(obj) is None:
            continue
        workflow = workflow_for(registry, obj)
        before = state_of(obj)
        after = map_state(workflow, before)
        if after != before:
            changes[(before, after)] = changes.get((before, after), 0) + 1
            force_state(obj, after, registry=registry, actor=actor, comment="")
        else:
            apply_state(obj, workflow, after, registry=registry)  # the new workflow's permissions
    return changes


def reapply_all(site, registry) -> int:
    """Re-apply every item's state map from the workflows now loaded (after workflows.zcml changed)."""
    count = 0
    for obj in walk(site):
        workflow = workflow_for(registry, obj)
        state = state_of(obj)
        if workflow is None or state is None:
            continue
        target = map_state(workflow, state)
        new_map = state_permission_map(workflow, target)
        if target != state or getattr(obj, "permission_map", None) != new_map:
            apply_state(obj, workflow, target, registry=registry)
            count += 1
    return count
