"""The OpenAPI 3.1 document of the JSON API, generated from the collections' own declarations.

Each collection's ``properties`` (core/api.py) is both what its ``serialize`` returns and its schema
here: one source of truth, checked by the tests against every answer.
"""

from __future__ import annotations

NULLABLE_STRING = {"type": ["string", "null"]}
DATE_TIME = {"type": ["string", "null"], "format": "date-time"}
#: The fields every item has, whatever its collection.
COMMON = {
    "id": {"type": "string", "description": "Stable identifier (uid)"},
    "type": {"type": "string"},
    "url": {"type": "string", "format": "uri"},
    "title": {"type": "string"},
    "description": {"type": "string"},
    "portal": {"type": ["string", "null"], "format": "uri"},
    "language": {"type": "string", "enum": ["vi", "en", "zh", "ko", "ja"]},
    "published": DATE_TIME,
    "modified": DATE_TIME,
}
SOURCE = {
    "type": "object",
    "required": ["name", "url", "notice"],
    "properties": {"name": {"type": "string"}, "url": {"type": "string"}, "notice": {"type": "string"}},
}
ERROR = {
    "type": "object",
    "required": ["error", "source"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "message"],
            "properties": {"status": {"type": "integer"}, "message": {"type": "string"}},
        },
        "source": {"$ref": "#/components/schemas/Source"},
    },
}
PARAMETERS = [
    ("portal", "From the city's API: only this component portal (its path, e.g. so-xay-dung)", {"type": "string"}),
    ("language", "Only items of this language version", {"type": "string", "enum": ["vi", "en", "zh", "ko", "ja"]}),
    ("q", "Words of the title and text, folded like the site search (hai phong finds Hải Phòng)", {"type": "string"}),
    ("from", "Published on or after this day (YYYY-MM-DD)", {"type": "string", "format": "date"}),
    ("to", "Published on or before this day (YYYY-MM-DD)", {"type": "string", "format": "date"}),
    ("sort", "Order", {"type": "string", "enum": ["-published", "published", "-modified", "modified"]}),
    ("limit", "Items per page", {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}),
    ("cursor", "The page after the one that gave this cursor (follow `next`)", {"type": "string"}),
    ("lang", "Language of the error messages", {"type": "string", "enum": ["vi", "en", "zh", "ko", "ja"]}),
]


def item_schema(collection, *, alone: bool = False) -> dict:
    """An item in a list, or ``alone`` (its own answer, which names the source too)."""
    extra = {"source": {"$ref": "#/components/schemas/Source"}} if alone else {}
    return {
        "type": "object",
        "required": [*COMMON, *collection.required, *extra],
        "properties": {**COMMON, **collection.properties, **extra},
        "additionalProperties": False,
    }


def _schema_name(collection) -> str:
    return "".join(part.capitalize() for part in collection.name.split("-"))


def _errors(*statuses: int) -> dict:
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    return {str(status): {"description": "Error", "content": content} for status in statuses}


def openapi_document(request, context) -> dict:
    collections = request.registry.api_collections.values()
    schemas = {"Source": SOURCE, "Error": ERROR}
    paths = {}
    for collection in collections:
        name = _schema_name(collection)
        schemas[name] = item_schema(collection)
        schemas[name + "Item"] = item_schema(collection, alone=True)
        schemas[name + "Page"] = {
            "type": "object",
            "required": ["total", "items", "next", "source"],
            "properties": {
                "total": {"type": "integer", "minimum": 0},
                "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}},
                "next": {"type": ["string", "null"], "format": "uri"},
                "source": {"$ref": "#/components/schemas/Source"},
            },
        }
        parameters = [{"name": p, "in": "query", "description": d, "schema": s} for p, d, s in PARAMETERS]
        parameters += [
            {"name": f.name, "in": "query", "description": f.description, "schema": f.schema}
            for f in collection.filters
        ]
        paths[f"/{collection.name}"] = {
            "get": {
                "summary": f"{collection.title} — {collection.title_vi}",
                "operationId": f"list_{collection.name.replace('-', '_')}",
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": "One page",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}Page"}}},
                    },  # fmt: skip
                    "304": {"description": "Not modified (If-None-Match)"},
                    **_errors(400, 406),
                },
            }
        }
        paths[f"/{collection.name}/{{id}}"] = {
            "get": {
                "summary": f"One item of {collection.title.lower()}",
                "operationId": f"get_{collection.name.replace('-', '_')}",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "The item",
                        "content": {
                            "application/json": {"schema": {"allOf": [{"$ref": f"#/components/schemas/{name}"}]}}
                        },
                    },  # fmt: skip
                    "304": {"description": "Not modified (If-None-Match)"},
                    **_errors(404, 406),
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Hai Phong City Electronic Information Portal — open data API",
            "version": "1",
            "description": "Read-only, anonymous. Cite the source: Cổng Thông tin điện tử thành phố Hải Phòng "
            "(haiphong.gov.vn).",
        },
        "servers": [{"url": request.resource_url(context, "api", "v1").rstrip("/")}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
