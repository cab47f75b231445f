"""Legal documents in the open data API (``/api/v1/documents``): every field, validity now, relations, files."""

from __future__ import annotations

from repoze.catalog.query import All, Eq

from hpportal.core.api import ApiCollection, ApiFilter
from hpportal.core.portal import find_site
from hpportal.core.security import VIEW
from hpportal.legaldocs import indexes, validity
from hpportal.legaldocs.lookup import by_uid
from hpportal.legaldocs.models import RELATION_TITLES
from hpportal.legaldocs.views import status_of
from hpportal.legaldocs.vocabularies import FIELDS, VALIDITY

DAY_OR_NULL = {"type": ["string", "null"], "format": "date"}


def _day(value):
    return value.isoformat() if value else None


def _document(request, document) -> dict:
    site = find_site(document)
    relations = []
    for kind in RELATION_TITLES:
        for uid in document.partners(kind):
            partner = by_uid(site, uid)
            if partner is not None and request.has_permission(VIEW, partner):
                relations.append({"kind": kind, "id": partner.uid, "number": partner.number,
                                  "url": request.resource_url(partner), "validity": status_of(partner)})  # fmt: skip
    files = [{"name": f.filename, "kind": f.kind, "size": f.size, "type": f.mimetype,
              "url": request.resource_url(f, "download")} for f in document.files()]  # fmt: skip
    status = status_of(document)
    return {
        "number": document.number,
        "form": document.form,
        "issuer": document.issuer,
        "fields": sorted(document.fields),
        "signer": document.signer,
        "signer_position": getattr(document, "signer_position", "") or "",
        "issued": _day(document.issued),
        "in_force": _day(getattr(document, "in_force", None)),
        "expires": _day(getattr(document, "expiry", None)),
        "validity": status,
        "validity_title": request.localizer.translate(VALIDITY[status]) if status in VALIDITY else status,
        "relations": relations,
        "files": files,
    }


def _known(vocabulary):
    def term(value):
        if value not in vocabulary:
            raise ValueError(value)
        return value

    return term


DOCUMENTS = ApiCollection(
    "documents",
    types=("LegalDocument",),
    title="Legal documents",
    title_vi="Văn bản",
    properties={
        "number": {"type": "string", "description": "Số, ký hiệu (e.g. 204/2025/QĐ-UBND)"},
        "form": {"type": "string"},
        "issuer": {"type": "string"},
        "fields": {"type": "array", "items": {"type": "string", "enum": sorted(FIELDS)}},
        "signer": {"type": "string"},
        "signer_position": {"type": "string"},
        "issued": DAY_OR_NULL,
        "in_force": DAY_OR_NULL,
        "expires": DAY_OR_NULL,
        "validity": {"type": "string", "enum": sorted(VALIDITY)},
        "validity_title": {"type": "string"},
        "relations": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["kind", "id", "number", "url", "validity"],
                "additionalProperties": False,
                "properties": {
                    "kind": {"type": "string", "enum": sorted(RELATION_TITLES)},
                    "id": {"type": "string"},
                    "number": {"type": "string"},
                    "url": {"type": "string"},
                    "validity": {"type": "string", "enum": sorted(VALIDITY)},
                },
            },
        },  # fmt: skip
        "files": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "kind", "size", "type", "url"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"type": "string"},
                    "size": {"type": "integer"},
                    "type": {"type": "string"},
                    "url": {"type": "string"},
                },
            },
        },  # fmt: skip
    },
    required=("number", "form", "issuer", "fields", "signer", "issued", "validity", "relations", "files"),
    serialize=_document,
    filters=(
        ApiFilter(
            "field",
            "Lĩnh vực (slug)",
            lambda v: All(indexes.FIELDS, [_known(FIELDS)(v)]),
            {"type": "string", "enum": sorted(FIELDS)},
        ),  # fmt: skip
        ApiFilter("issuer", "Cơ quan ban hành (its name)", lambda v: Eq(indexes.ISSUER, v)),
        ApiFilter("form", "Loại văn bản (e.g. Quyết định)", lambda v: Eq(indexes.FORM, v)),
        ApiFilter(
            "validity",
            "Tình trạng hiệu lực now",
            lambda v: validity.status_terms(_known(VALIDITY)(v)),
            {"type": "string", "enum": sorted(VALIDITY)},
        ),  # fmt: skip
    ),
)


def includeme(config):
    config.add_api_collection(DOCUMENTS)
