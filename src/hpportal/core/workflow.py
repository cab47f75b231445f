"""Workflows from ``workflows.zcml`` (repoze.workflow), placed by portal, applied without thread-locals.

The file at the repository top is site policy: each ``<workflow>`` names a
type (``editorial`` ...), the interfaces it applies to, its states with their
role -> permission maps (``<key name="view" value="Owner, Editor"/>``) and
its transitions with the permission each needs. Changing the file and
restarting changes the behaviour; ``hpportal upgrade`` re-applies the maps
to existing items.

Entering a state writes the item's own ``permission_map`` (the lines of the
permissions the workflow names; the others come from the default map) and
reindexes it, so who may view it is always in the catalog. A state is
written only when an item is added or moves through a transition: reading
never initialises anything (repoze.workflow's ``state_of`` would).

Several workflows of one type may apply to the same content: the one without
an elector is the default; the others are chosen by a portal, whose
``procedures`` setting names them (``elector="hpportal.core.electors.<workflow name>"``, which
:func:`hpportal.core.electors.register_marked` registers before the file is read).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from persistent.list import PersistentList
from pyramid.exceptions import ConfigurationError
from pyramid.traversal import resource_path
from repoze.workflow.interfaces import IWorkflowList
from repoze.workflow.workflow import WorkflowError, process_wf_list
from zope.interface import providedBy

from hpportal.core import clock
from hpportal.core.electors import register_marked
from hpportal.core.events import ObjectAdded, ObjectModified, ObjectTransitioned, notify
from hpportal.core.folder import walk
from hpportal.core.i18n import _
from hpportal.core.security import (
    ALL_PERMISSIONS,
    ANONYMOUS,
    DEFAULT_PERMISSION_MAP,
    KNOWN_ROLES,
    OWNER,
    user_principal,
)
from hpportal.core.settings import site_path

log = logging.getLogger(__name__)

STATE_ATTR = "workflow_state"
#: State keys that are not permissions.
STATE_OPTIONS = frozenset({"listed", "awaiting", "public"})
#: Transition keys.
TRANSITION_OPTIONS = frozenset({"comment", "notify", "style", "form"})


# -- loading -------------------------------------------------------------


def check_permission(permission, context, request) -> bool:
    """repoze.workflow's ``permission_checker``: Pyramid 2 has no ``has_permission`` function."""
    return bool(request.has_permission(permission, context))


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _check_workflow(workflow) -> None:
    """Refuse at start-up what would silently do nothing: unknown permissions, roles, options."""
    for name, data in workflow._state_data.items():
        for key, value in data.items():
            if key in ("callback", "title") or key in STATE_OPTIONS:
                continue
            if key not in ALL_PERMISSIONS:
                raise ConfigurationError(f"workflow {workflow.name!r}, state {name!r}: unknown permission {key!r}")
            unknown = set(_split(value)) - KNOWN_ROLES
            if unknown:
                raise ConfigurationError(f"workflow {workflow.name!r}, state {name!r}: unknown roles {sorted(unknown)}")
    for name, data in workflow._transition_data.items():
        permission = data.get("permission")
        if permission is not None and permission not in ALL_PERMISSIONS:
            raise ConfigurationError(f"workflow {workflow.name!r}, transition {name!r}: unknown permission")
        extra = set(data) - {"name", "from_state", "to_state", "callback", "permission", "title", "guards"}
        if extra - TRANSITION_OPTIONS:
            raise ConfigurationError(f"workflow {workflow.name!r}, transition {name!r}: unknown keys {sorted(extra)}")
        unknown = set(_split(data.get("notify", ""))) - KNOWN_ROLES
        if unknown:
            raise ConfigurationError(
                f"workflow {workflow.name!r}, transition {name!r}: unknown roles {sorted(unknown)}"
            )


def load_workflows(config, path) -> None:
    """Read ``path`` (``workflows.zcml``) into ``config.registry``; once per registry."""
    from zope.configuration import xmlconfig

    registry = config.registry
    if getattr(registry, "workflow_file", None) is not None:
        return  # a second include would register every workflow twice
    registry.workflow_file = Path(path)
    register_marked(path)  # the electors the file names, explicitly, before it resolves them
    config.hook_zca()  # repoze.workflow registers through getSiteManager(): this registry while configuring
    config.begin()
    try:
        xmlconfig.file(str(path), execute=True)
    finally:
        config.end()


class WorkflowTypes(dict):
    """Workflow type -> every workflow of that type loaded, in file order (for choices and checks)."""


def _collect(registry) -> WorkflowTypes:
    """Every workflow loaded, by type, each checked: an elector must be the one named after its workflow."""
    found = WorkflowTypes()
    for registration in registry.registeredAdapters():
        if registration.provided is not IWorkflowList:
            continue
        for definition in registration.factory:
            workflow, elector = definition["workflow"], definition["elector"]
            if elector is not None and getattr(elector, "name", None) != workflow.name:
                raise ConfigurationError(
                    f"workflow {workflow.name!r}: its elector must be hpportal.core.electors.{workflow.name}"
                )
            workflows = found.setdefault(registration.name, [])
            if workflow not in workflows:
                _check_workflow(workflow)
                workflows.append(workflow)
    return found


# -- lookup --------------------------------------------------------------


def workflow_type(obj) -> str | None:
    info = getattr(obj, "type_info", None)
    return info.workflow if info is not None else None


def workflow_for(registry, obj, *, procedure: str | None = None):
    """The workflow that applies to ``obj`` where it stands (or the one named ``procedure``); ``None``: none."""
    kind = workflow_type(obj)
    if kind is None:
        return None
    definitions = registry.adapters.lookup((providedBy(obj),), IWorkflowList, name=kind, default=None)
    if not definitions:
        return None
    if procedure is not None:
        for definition in definitions:
            if definition["workflow"].name == procedure:
                return definition["workflow"]
    return process_wf_list(definitions, obj)


def state_of(obj) -> str | None:
    """The item's state, read only (never initialised here)."""
    return getattr(obj, STATE_ATTR, None)


def state_data(workflow, state: str | None) -> dict:
    if workflow is None or state is None:
        return {}
    name = workflow._state_aliases.get(state, state)
    return workflow._state_data.get(name, {})


def is_public(workflow, state: str | None) -> bool:
    """Whether ``state`` is where ``workflow`` publishes (``<key name="public" value="yes"/>``): an item
    entering it gets its publication date, and stays "scheduled" while that date is ahead."""
    return state_data(workflow, state).get("public") == "yes"


def public_states(registry) -> list[str]:
    """The states in which some workflow of the app publishes (for catalog queries on the ``state`` index)."""
    names = {
        name
        for workflows in registry.workflow_types.values()
        for workflow in workflows
        for name in workflow._state_data
        if is_public(workflow, name)
    }
    return sorted(names)


def visible_to_everyone(workflow, state: str | None) -> bool:
    """Whether the state's map lets anonymous visitors view the item (published, archived ...)."""
    return ANONYMOUS in _split(state_data(workflow, state).get("view", ""))


def state_title(workflow, state: str | None):
    data = state_data(workflow, state)
    return _(data["title"]) if data.get("title") else state


# -- applying a state ------------------------------------------------------


def managed_permissions(workflow) -> set[str]:
    """Permissions some state of ``workflow`` names: their lines come from the states only."""
    names: set[str] = set()
    for data in workflow._state_data.values():
        names.update(key for key in data if key in ALL_PERMISSIONS)
    return names


def state_permission_map(workflow, state: str) -> dict[str, frozenset[str]]:
    """The role -> permissions map of ``state``: the default map with the workflow's permissions replaced."""
    managed = managed_permissions(workflow)
    roles: dict[str, set[str]] = {role: set(perms) - managed for role, perms in DEFAULT_PERMISSION_MAP.items()}
    for key, value in state_data(workflow, state).items():
        if key in ALL_PERMISSIONS:
            for role in _split(value):
                roles.setdefault(role, set()).add(key)
    return {role: frozenset(perms) for role, perms in roles.items() if perms}


def apply_state(obj, workflow, state: str, *, registry) -> None:
    """Put ``obj`` in ``state``: its permissions and listing flag from the state, then reindex."""
    data = state_data(workflow, state)
    setattr(obj, STATE_ATTR, state)
    obj.permission_map = state_permission_map(workflow, state)
    obj.listed = data.get("listed", "yes") != "no"
    notify(registry, ObjectModified(obj))
    if registry is not None:  # the items that follow its state are reindexed too (transition, demo, upgrade)
        from hpportal.core.catalog.indexing import reindex_governed

        reindex_governed(obj)


def grant_owner(obj, user_id: str | None) -> None:
    """The creator is the Owner of what they create (a local role on the item itself)."""
    if not user_id:
        return
    principal = user_principal(user_id)
    current = obj.local_roles.get(principal, frozenset())
    if OWNER not in current:
        obj.local_roles[principal] = current | {OWNER}


def initialise(obj, registry) -> str | None:
    """Give a newly added item its workflow's initial state (and its creator the Owner role)."""
    grant_owner(obj, getattr(obj, "creator", None))
    workflow = workflow_for(registry, obj)
    if workflow is None or state_of(obj) is not None:
        return None
    apply_state(obj, workflow, workflow.initial_state, registry=registry)
    return workflow.initial_state


def on_added(registry):
    def initialise_added(event: ObjectAdded) -> None:
        for obj in walk(event.object):
            if getattr(obj, "type_info", None) is not None:
                initialise(obj, registry)

    return initialise_added


# -- transitions ---------------------------------------------------------


class TransitionRefused(Exception):
    """A transition that is not available here, to this user, or lacks its required comment."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    actor_id: str | None
    actor: str
    transition: str
    from_state: str | None
    to_state: str
    comment: str


def history_of(obj) -> list[HistoryEntry]:
    return list(getattr(obj, "workflow_history", ()))


_STYLE_ORDER = {"primary": 0, "": 1, "danger": 2}


def available_transitions(request, obj) -> list[dict]:
    """Transitions from the item's state that this user may take (none when it has no state).

    The main step comes first and the destructive ones last, so that a second click on the
    place where "Approve" was does not retract what was just approved.
    """
    workflow = workflow_for(request.registry, obj)
    state = state_of(obj)
    if workflow is None or state is None:
        return []
    state = workflow._state_aliases.get(state, state)
    found = []
    for transition in workflow._transition_data.values():
        if transition["from_state"] != state:
            continue
        permission = transition.get("permission")
        if permission is None or request.has_permission(permission, obj):
            found.append(transition)
    return sorted(found, key=lambda t: _STYLE_ORDER.get(t.get("style", ""), 1))


def transition(request, obj, name: str, comment: str = "", *, via_form: bool = False) -> HistoryEntry:
    """Take transition ``name`` on ``obj`` for ``request``'s user; record it; fire :class:`ObjectTransitioned`.

    A transition with a ``form`` (workflows.zcml) asks for more than a comment (an agency, an
    answer ...): only that form's view may take it (``via_form=True``).
    """
    workflow = workflow_for(request.registry, obj)
    state = state_of(obj)
    if workflow is None or state is None:
        raise TransitionRefused(_("This item has no workflow."))
    chosen = next((t for t in available_transitions(request, obj) if t["name"] == name), None)
    if chosen is None:
        raise TransitionRefused(_("That action is not available to you on this item in its present state."))
    if chosen.get("form") and not via_form:
        raise TransitionRefused(_("That step needs its own form."))
    comment = (comment or "").strip()[:2000]
    if chosen.get("comment") == "required" and not comment:
        raise TransitionRefused(_("Please give a reason."))
    try:
        workflow.transition(obj, request, name)  # repoze.workflow checks the permission again
    except WorkflowError as error:
        raise TransitionRefused(_("That action is not available to you on this item in its present state.")) from error
    if is_public(workflow, chosen["to_state"]) and getattr(obj, "effective", False) is None:
        obj.effective = clock.now()  # readers see the day it was approved, not the day it was drafted
    apply_state(obj, workflow, chosen["to_state"], registry=request.registry)
    user = request.identity
    entry = HistoryEntry(
        when=clock.now(),
        actor_id=user.id if user is not None else None,
        actor=user.title if user is not None else "",
        transition=name,
        from_state=state,
        to_state=chosen["to_state"],
        comment=comment,
    )
    record_history(obj, entry)
    from hpportal.core import audit

    audit.record(request, audit.TRANSITION, resource_path(obj), f"{state} → {chosen['to_state']}: {comment}".strip())
    notify(request.registry, ObjectTransitioned(obj, entry, request, dict(chosen)))
    return entry


def record_history(obj, entry: HistoryEntry) -> None:
    if getattr(obj, "workflow_history", None) is None:
        obj.workflow_history = PersistentList()
    obj.workflow_history.append(entry)


def force_state(obj, state: str, *, registry, actor=None, comment: str = "") -> None:
    """Put ``obj`` in ``state`` without a transition (the demo, upgrades, a change of procedure)."""
    workflow = workflow_for(registry, obj)
    if workflow is None:
        return
    before = state_of(obj)
    apply_state(obj, workflow, state, registry=registry)
    if actor is not None or comment:
        record_history(
            obj,
            HistoryEntry(
                when=clock.now(),
                actor_id=getattr(actor, "id", None),
                actor=getattr(actor, "title", ""),
                transition="",
                from_state=before,
                to_state=state,
                comment=comment,
            ),
        )


# -- configuration -------------------------------------------------------


def includeme(config):
    path = site_path(config.get_settings(), "hpportal.workflows")
    load_workflows(config, path)
    config.registry.workflow_types = _collect(config.registry)
    config.add_subscriber(on_added(config.registry), ObjectAdded)
