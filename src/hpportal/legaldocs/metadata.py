"""How a legal document describes itself to search engines: a schema.org Legislation with its validity now."""

from __future__ import annotations

from hpportal.legaldocs.models import LegalDocument
from hpportal.legaldocs.views import status_of
from hpportal.legaldocs.vocabularies import EXPIRED, IN_FORCE, NOT_YET, PARTLY_EXPIRED

#: schema.org's LegalForceStatus for each validity status.
LEGAL_FORCE = {
    NOT_YET: "https://schema.org/NotInForce",
    IN_FORCE: "https://schema.org/InForce",
    PARTLY_EXPIRED: "https://schema.org/PartiallyInForce",
    EXPIRED: "https://schema.org/NotInForce",
}


def document_metadata(request, document, meta) -> dict:
    found = {
        "@type": "Legislation",
        "name": document.title,
        "url": meta.canonical,
        "legislationIdentifier": document.number,
        "legislationType": document.form,
        "legislationLegalForce": LEGAL_FORCE.get(status_of(document), "https://schema.org/InForce"),
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": document.issuer},
    }
    if document.description:
        found["abstract"] = document.description
    if document.issued:
        found["legislationDate"] = document.issued.isoformat()
    return {"og_type": "article", "json_ld": found}


def includeme(config):
    config.add_page_metadata(LegalDocument, document_metadata)
