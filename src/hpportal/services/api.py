"""Administrative procedures in the open data API (``/api/v1/procedures``), with the link to file them online."""

from __future__ import annotations

from repoze.catalog.query import Eq

from hpportal.core.api import ApiCollection, ApiFilter
from hpportal.services import indexes
from hpportal.services.views import filing_link
from hpportal.services.vocabularies import CHANNELS, FIELDS, LEVELS, ONLINE


def _procedure(request, procedure) -> dict:
    return {
        "code": procedure.code,
        "field": procedure.field,
        "agency": procedure.agency,
        "level": procedure.level,
        "online": procedure.online,
        "online_title": request.localizer.translate(ONLINE.get(procedure.online, procedure.online)),
        "processing_time": procedure.processing_time,
        "fees": procedure.fees,
        "documents": [str(d.get("name", "")) for d in procedure.documents],
        "steps": list(procedure.steps),
        "channels": list(procedure.channels),
        "applicants": procedure.applicants,
        "result": procedure.result,
        "conditions": procedure.conditions,
        "legal_basis": list(procedure.legal_basis),
        "filing_url": filing_link(procedure, request),
        "forms": [{"name": f.filename, "url": request.resource_url(f, "download")} for f in procedure.forms()],
    }


def _in(vocabulary, index):
    def term(value):
        if value not in vocabulary:
            raise ValueError(value)
        return Eq(index, value)

    return term


def _code(value: str):
    digits = value.replace(".", "").strip()
    if not digits.isdigit():
        raise ValueError(value)
    return Eq(indexes.CODE, digits)


STRING = {"type": "string"}
STRINGS = {"type": "array", "items": STRING}
FORM = {"type": "object", "required": ["name", "url"], "additionalProperties": False,
        "properties": {"name": STRING, "url": STRING}}  # fmt: skip
PROCEDURES = ApiCollection(
    "procedures",
    types=("Procedure",),
    title="Administrative procedures",
    title_vi="Thủ tục hành chính",
    properties={
        "code": {"type": "string", "description": "Mã thủ tục, e.g. 1.004227"},
        "field": {"type": "string", "enum": sorted(FIELDS)},
        "agency": STRING,
        "level": {"type": "string", "enum": sorted(LEVELS)},
        "online": {"type": "string", "enum": sorted(ONLINE)},
        "online_title": STRING,
        "processing_time": STRING,
        "fees": STRING,
        "documents": STRINGS,
        "steps": STRINGS,
        "channels": {"type": "array", "items": {"type": "string", "enum": sorted(CHANNELS)}},
        "applicants": STRING,
        "result": STRING,
        "conditions": STRING,
        "legal_basis": STRINGS,
        "filing_url": {"type": ["string", "null"], "format": "uri", "description": "null: cannot be filed online"},
        "forms": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "url"],
                "additionalProperties": False,
                "properties": {"name": STRING, "url": STRING},
            },
        },  # fmt: skip
    },
    required=("code", "field", "agency", "level", "online", "filing_url", "forms"),
    serialize=_procedure,
    filters=(
        ApiFilter("code", "Mã thủ tục (1.004227 or 1004227)", _code),
        ApiFilter("field", "Lĩnh vực", _in(FIELDS, indexes.FIELD), {"type": "string", "enum": sorted(FIELDS)}),
        ApiFilter("level", "Cấp thực hiện", _in(LEVELS, indexes.LEVEL), {"type": "string", "enum": sorted(LEVELS)}),
        ApiFilter(
            "online", "Mức độ trực tuyến", _in(ONLINE, indexes.ONLINE), {"type": "string", "enum": sorted(ONLINE)}
        ),
    ),
)


def includeme(config):
    config.add_api_collection(PROCEDURES)
