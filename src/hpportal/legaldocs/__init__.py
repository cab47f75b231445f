"""Văn bản: the legal documents database of every portal (Decree 42/2022 Art. 4, Decree 224/2026 Art. 9;
REGULATION Art. 6.1(e)).

Every portal has its documents section (``/van-ban``): documents with their number, form, issuer,
fields, signer, dates, validity, summary, full text, signed files and relations; a page that searches
them by number and words, with facets; the city's page searches every portal. Its Site Managers import
files of documents there (``import``), as ``hpportal import-documents`` does.
"""

from __future__ import annotations

from hpportal.core.i18n import _
from hpportal.core.personaldata import Cipher, cipher_key
from hpportal.legaldocs.models import LegalDocumentsSection

SECTION_NAME = "van-ban"
SECTION_TITLE = "Văn bản"
SECTION_DESCRIPTION = "Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành"


def ensure_section(portal, registry) -> bool:
    """Give ``portal`` its documents section when it has none; ``True`` when one was made."""
    if SECTION_NAME in portal:
        return False
    section = LegalDocumentsSection(title=SECTION_TITLE, description=SECTION_DESCRIPTION)
    portal.add(SECTION_NAME, section, registry=registry)
    return True


def upgrade_step(site, registry) -> list[str]:
    """The city's section (a component portal's is a starter section, which the upgrade adds too)."""
    return ["added the documents section of the city portal"] if ensure_section(site, registry) else []


def includeme(config):
    config.include(".models")
    config.include(".drafts")
    # Comments on drafts keep their senders' citizen IDs encrypted as Hỏi - Đáp does, with the same key.
    config.registry.comment_cipher = Cipher(cipher_key(config.get_settings()))
    config.include(".indexes")
    config.include(".relations")
    config.include(".webimport")
    config.add_system_page("import")
    config.add_upgrade_step(upgrade_step)
    config.add_starter_section(
        SECTION_NAME, _("Văn bản"), type_name="LegalDocumentsSection", description=SECTION_DESCRIPTION, order=30
    )
    config.include(".home")
    config.include(".metadata")
    config.include(".api")
    config.scan(".views")
    config.scan(".draftviews")
    config.scan(".feeds")  # rss.xml and atom.xml of the documents pages, with their filters
    config.include(".cli")  # hpportal import-documents
