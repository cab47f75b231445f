"""Hỏi - Đáp: citizens' questions and the agencies' answers (REGULATION Art. 9).

Every portal has its Q&A section (``/hoi-dap``): the city's is made with it, a
component portal's is one of its starter sections. Questions asked there go to
that portal's board, which routes them to an agency: a component portal (once
open) or an agency registered in the city's Q&A section.
"""

from __future__ import annotations

from hpportal.core.i18n import _

QA_NAME = "hoi-dap"
QA_TITLE = _("Hỏi - Đáp")
QA_DESCRIPTION = _("Gửi câu hỏi, tra cứu và xem câu trả lời")


def ensure_section(portal, registry) -> bool:
    """Give ``portal`` its Q&A section when it has none; ``True`` when one was made."""
    from hpportal.qa.models import QASection

    if QA_NAME in portal:
        return False
    portal.add(QA_NAME, QASection(title=str(QA_TITLE), description=str(QA_DESCRIPTION)), registry=registry)
    return True


def upgrade_step(site, registry) -> list[str]:
    """The city's Q&A section (the component portals get theirs as a starter section)."""
    return ["added the Q&A section of the city portal"] if ensure_section(site, registry) else []


def includeme(config):
    from hpportal.core.events import ObjectTransitioned
    from hpportal.core.personaldata import Cipher, cipher_key
    from hpportal.qa.routing import on_transition
    from hpportal.qa.views import agency_links

    config.include(".models")
    config.registry.qa_cipher = Cipher(cipher_key(config.get_settings()))
    config.add_upgrade_step(upgrade_step)
    config.add_starter_section(QA_NAME, QA_TITLE, type_name="QASection", description=QA_DESCRIPTION, order=40)
    config.include(".indexes")
    config.add_subscriber(on_transition, ObjectTransitioned)
    config.add_user_link(agency_links)
    config.scan(".intake")
    config.scan(".routing")
    config.scan(".views")
    config.scan(".reports")
    config.scan(".feeds")  # rss.xml and atom.xml of the published answers
    config.include(".home")  # its block on the home pages
    config.include(".metadata")  # a QAPage for search engines
    config.include(".api")  # published questions in the open data API
    config.include(".cli")  # hpportal qa-reminders, qa-anonymise
