"""What each capability exposes in the read-only JSON API (``/api/v1/``; served by ``hpportal.opendata``).

A capability registers its collections once, at start-up::

    config.add_api_collection(ApiCollection("news", types=("NewsArticle",), ...))

The API lists a collection's items from the catalog, as anonymous visitors may see them, and turns
each into JSON with the collection's ``serialize(request, obj)``, which returns exactly the
``properties`` it declares: the same declaration is the OpenAPI schema, so the document and the
answers cannot drift apart. A filter's ``term(value)`` is a catalog query term (``ValueError``:
the value is refused with a 400). The kernel knows no collection of a capability.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ApiFilter:
    name: str
    description: str  # in English, for the OpenAPI document
    term: Callable  # (value: str) -> a repoze.catalog query term; ValueError when the value is wrong
    schema: dict = field(default_factory=lambda: {"type": "string"})


@dataclass(frozen=True)
class ApiCollection:
    name: str  # the path segment: /api/v1/<name>
    types: tuple[str, ...]  # content type names listed
    title: str  # in English
    title_vi: str
    properties: dict  # JSON schema of the fields the collection adds to the common ones
    serialize: Callable  # (request, obj) -> dict of those fields
    filters: tuple[ApiFilter, ...] = ()
    required: tuple[str, ...] = ()


def add_api_collection(config, collection: ApiCollection) -> None:
    collections = config.registry.api_collections
    if collection.name in collections:
        raise ValueError(f"API collection {collection.name!r} is registered twice")
    collections[collection.name] = collection


def _portal(request, portal) -> dict:
    contact = getattr(portal, "contact", None) or {}
    return {
        "kind": "city" if portal.type_info.name == "Portal" else getattr(portal, "kind", "") or "",
        "contact": {key: str(contact.get(key) or "") for key in CONTACT_FIELDS},
    }


CONTACT_FIELDS = ("address", "phone", "fax", "email", "hotline", "hours")
PORTALS = ApiCollection(
    "portals",
    types=("Portal", "SubPortal"),
    title="Portals and their contacts",
    title_vi="Cổng thông tin và địa chỉ liên hệ",
    properties={
        "kind": {"type": "string"},
        "contact": {
            "type": "object",
            "required": list(CONTACT_FIELDS),
            "additionalProperties": False,
            "properties": {key: {"type": "string"} for key in CONTACT_FIELDS},
        },
    },
    required=("kind", "contact"),
    serialize=_portal,
)


def includeme(config):
    config.registry.api_collections = {}
    config.add_directive("add_api_collection", add_api_collection)
    config.add_api_collection(PORTALS)
