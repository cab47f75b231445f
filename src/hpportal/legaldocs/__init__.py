"""Văn bản: the legal documents database of every portal (Decree 42/2022 Art. 4, Decree 224/2026 Art. 9;
REGULATION Art. 6.1(e)).

Every portal has its documents section (``/van-ban``): documents with their number, form, issuer,
fields, signer, dates, validity, summary, full text, signed files and relations; a page that searches
them by number and words, with facets; the city's page searches every portal.
"""

from __future__ import annotations

from hpportal.core.events import ObjectAdded
from hpportal.legaldocs.models import LegalDocumentsSection

SECTION_NAME = "van-ban"
SECTION_TITLE = "Văn bản"


def ensure_section(portal, registry) -> bool:
    """Give ``portal`` its documents section when it has none; ``True`` when one was made."""
    if SECTION_NAME in portal:
        return False
    section = LegalDocumentsSection(
        title=SECTION_TITLE, description="Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành"
    )
    portal.add(SECTION_NAME, section, registry=registry)
    return True


def upgrade_step(site, registry) -> list[str]:
    made = [p for p in [site, *site.values()] if getattr(p, "is_portal", False) and ensure_section(p, registry)]
    return [f"added the documents section of {len(made)} portals"] if made else []


def on_portal_added(registry):
    def added(event) -> None:
        if getattr(event.object, "is_portal", False):
            ensure_section(event.object, registry)

    return added


def includeme(config):
    config.include(".models")
    config.include(".indexes")
    config.include(".relations")
    config.registry.upgrade_steps = [*getattr(config.registry, "upgrade_steps", []), upgrade_step]
    config.add_subscriber(on_portal_added(config.registry), ObjectAdded)
    config.scan(".views")
