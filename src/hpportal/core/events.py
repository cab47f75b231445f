"""Events fired when content is added, modified, removed or moved in the tree.

Models never look up a registry: the caller passes one to the folder method
that changes the tree, and the folder notifies it. Subscribers (catalog,
workflow, audit) are registered with ``config.add_subscriber``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ObjectAdded:
    object: Any
    parent: Any
    name: str


@dataclass
class ObjectWillBeRemoved:
    """Fired before removal, while the object still has its place (and path) in the tree."""

    object: Any
    parent: Any
    name: str


@dataclass
class ObjectRemoved:
    object: Any
    parent: Any
    name: str
    old_path: str


@dataclass
class ObjectMoved:
    """A rename inside one folder or a move to another folder."""

    object: Any
    old_parent: Any
    old_name: str
    new_parent: Any
    new_name: str
    old_path: str


@dataclass
class ObjectModified:
    object: Any


@dataclass
class LocalRolesModified:
    """Roles granted on ``object`` (or its blocking of inheritance) changed: who may view below it changes too."""

    object: object


@dataclass
class ObjectTransitioned:
    """A workflow step was taken on ``object`` (``entry`` is its history entry, ``transition`` the step's
    data from workflows.zcml: ``name``, ``title``, ``notify`` ...)."""

    object: Any
    entry: Any
    request: Any
    transition: dict = field(default_factory=dict)


def notify(registry, event) -> None:
    """Send ``event`` to ``registry``'s subscribers; ``registry=None`` sends nothing (bulk, low-level use)."""
    if registry is not None:
        registry.notify(event)
