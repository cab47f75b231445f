"""Đối thoại trực tuyến: online dialogues of leaders with the public (REGULATION Art. 8).

Every portal has its dialogues section (``/doi-thoai``; Art. 8.4: a component portal holds its own the
same way): the plan of each session (Art. 8.2) approved by the Head of the Editorial Board, its
announcement with the public's questions (Art. 8.3), the session by the portal's clock, the script of
questions and answers, and the archive of past dialogues.
"""

from __future__ import annotations

from hpportal.core.i18n import _
from hpportal.dialogue.models import DialogueSection

SECTION_NAME = "doi-thoai"
SECTION_TITLE = "Đối thoại trực tuyến"
SECTION_DESCRIPTION = "Lãnh đạo đối thoại, trả lời câu hỏi của người dân và doanh nghiệp"


def ensure_section(portal, registry) -> bool:
    """Give ``portal`` its dialogues section when it has none; ``True`` when one was made."""
    if SECTION_NAME in portal:
        return False
    portal.add(SECTION_NAME, DialogueSection(title=SECTION_TITLE, description=SECTION_DESCRIPTION), registry=registry)
    return True


def upgrade_step(site, registry) -> list[str]:
    """The city's section (a component portal's is a starter section, which the upgrade adds too)."""
    return ["added the online dialogues section of the city portal"] if ensure_section(site, registry) else []


def includeme(config):
    config.include(".models")
    config.include(".indexes")
    config.add_upgrade_step(upgrade_step)
    config.add_starter_section(
        SECTION_NAME,
        _("Đối thoại trực tuyến"),
        type_name="DialogueSection",
        description=_("Lãnh đạo đối thoại, trả lời câu hỏi của người dân và doanh nghiệp"),
        order=45,
    )
    config.scan(".views")
    config.scan(".moderation")
    config.scan(".record")
    config.include(".home")  # the next announced dialogue on the home pages
    config.include(".api")  # dialogues and their scripts in the open data API
    config.include(".metadata")  # an Event for search engines
