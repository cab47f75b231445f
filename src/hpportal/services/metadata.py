"""How a procedure describes itself to search engines: a schema.org GovernmentService with where to file it."""

from __future__ import annotations

from hpportal.core.portal import find_portal
from hpportal.services.models import Procedure
from hpportal.services.views import filing_link


def procedure_metadata(request, procedure, meta) -> dict:
    portal = find_portal(procedure)
    found = {
        "@type": "GovernmentService",
        "name": procedure.title,
        "url": meta.canonical,
        "identifier": procedure.code,
        "serviceType": procedure.field,
        "provider": {"@type": "GovernmentOrganization", "name": procedure.agency or portal.title},
    }
    filing = filing_link(procedure, request)
    if filing:
        found["availableChannel"] = {"@type": "ServiceChannel", "serviceUrl": filing}
    return {"json_ld": found}


def includeme(config):
    config.add_page_metadata(Procedure, procedure_metadata)
