"""Bring a database made by an earlier version up to date (``hpportal upgrade``).

Each step looks for what is missing and adds it, so running the upgrade twice
changes nothing the second time. Steps never remove data.
"""

from __future__ import annotations

from BTrees.OOBTree import OOBTree

from hpportal.core.audit import AuditLog
from hpportal.core.catalog import CATALOG_VERSION
from hpportal.core.catalog.indexing import reindex_all
from hpportal.core.content import new_id
from hpportal.core.folder import walk
from hpportal.core.languages import CITY_TITLES, add_language_root
from hpportal.core.portal import SubPortal
from hpportal.core.procedures import reapply_all
from hpportal.core.richtext import resanitize
from hpportal.core.workflow import apply_state, grant_owner, is_public, state_of, workflow_for

USER_DEFAULTS = {
    "phone": "",
    "unit": "",
    "home": None,
    "session_epoch": 0,
    "totp_secret": None,
    "totp_last_step": 0,
    "recovery_codes": (),
}


def add_upgrade_step(config, step, *, name: str | None = None) -> None:
    """Configuration directive: ``hpportal upgrade`` runs ``step(site, registry)``, which returns what it did.

    A new portal (``hpportal init``) runs the steps too: a step adds what every portal must have, so
    it finds what is missing and adds it, and finds nothing to do the second time. Steps run in the
    order they were registered (core's first).
    """
    key = name or f"{step.__module__}.{step.__qualname__}"

    def register():
        config.registry.upgrade_steps.append(step)

    config.action(("hpportal-upgrade-step", key), register)


def upgrade_steps(registry) -> list:
    """The capabilities' upgrade steps, in registration order."""
    return list(getattr(registry, "upgrade_steps", ()))


def upgrade(site, registry, progress=None) -> list[str]:
    """Run every step on ``site``; return what was done, in words."""
    done = []
    if not hasattr(site, "audit"):
        site.audit = AuditLog()
        done.append("added the audit log")
    spread = site.audit.spread()
    if spread:
        done.append(f"spread {spread} audit log entries over keys that concurrent appends do not share")
    principals = site.principals
    for name in ("groups", "failures", "reset_tokens"):
        if not hasattr(principals, name):
            setattr(principals, name, OOBTree())
            done.append(f"added principals.{name}")
    users = 0
    for user in principals.users.values():
        user._p_activate()  # a ghost's __dict__ is empty
        missing = {k: v for k, v in USER_DEFAULTS.items() if k not in user.__dict__}
        for key, value in missing.items():
            setattr(user, key, value)
        users += bool(missing)
    if users:
        done.append(f"completed {users} user records")
    objects = sanitised = 0
    for obj in walk(site):
        obj._p_activate()
        if getattr(obj, "type_info", None) is not None and "uid" not in obj.__dict__:
            obj.uid = new_id("c")
            objects += 1
        if isinstance(obj, SubPortal) and "block_local_roles" not in obj.__dict__:
            obj.block_local_roles = True
        sanitised += resanitize(obj)
    if objects:
        done.append(f"gave stable ids to {objects} objects")
    if sanitised:
        done.append(f"sanitised the rich text of {sanitised} objects")
    missing = [code for code, _title in CITY_TITLES.items() if code not in site]
    for code in missing:
        add_language_root(site, code, CITY_TITLES[code], registry=registry)
    if missing:
        done.append(f"added the city's language versions: {', '.join(missing)}")
    stale = catalog_is_stale(site)  # read before the steps: they may add objects
    for step in upgrade_steps(registry):
        done.extend(step(site, registry))
    started = _start_workflows(site, registry)
    if started:
        done.append(f"put {started} items made before the editorial workflow in the published state")
    reapplied = reapply_all(site, registry)
    if reapplied:
        done.append(f"applied the permissions of workflows.zcml to {reapplied} items")
    added = site.catalog.ensure_indexes(registry.catalog_indexes)
    if added or objects or stale:
        count = reindex_all(site, site.catalog, progress=progress)
        site.catalog_version = CATALOG_VERSION
        done.append(f"reindexed {count} objects (new indexes: {', '.join(added) or 'none'})")
    return done


def catalog_is_stale(site) -> bool:
    """The catalog is of an earlier version: ``upgrade`` rebuilds it, so steps need not mend its entries."""
    return getattr(site, "catalog_version", 1) < CATALOG_VERSION


def _start_workflows(site, registry) -> int:
    """Items made before workflows existed were public: they start published, their creators owners."""
    count = 0
    for obj in walk(site):
        workflow = workflow_for(registry, obj)
        if workflow is None or state_of(obj) is not None:
            continue
        grant_owner(obj, getattr(obj, "creator", None))
        public = [name for name in workflow._state_data if is_public(workflow, name)]
        state = public[0] if public else workflow.initial_state
        apply_state(obj, workflow, state, registry=registry)
        count += 1
    return count


def includeme(config):
    config.registry.upgrade_steps = []
    config.add_directive("add_upgrade_step", add_upgrade_step)
