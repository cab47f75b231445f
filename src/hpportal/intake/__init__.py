"""Tiếp nhận thông tin: the inbox of each portal's board (REGULATION Art. 6).

Information reaches a board as signed electronic documents (edXML packages, uploaded on the inbox or
dropped in a folder that ``hpportal intake-edxml`` hands to the running portal), email, Facebook
messages and paper. Each item is reviewed, then accepted (it becomes a legal document or an article,
linked both ways), set aside as not for publication, or forwarded to another board. A package whose
"Nơi nhận" names the portal is offered as a legal document already filled in, waiting for approval.
"""

from __future__ import annotations

from hpportal.intake.drop import drop_secret
from hpportal.intake.models import INBOX_DESCRIPTION, INBOX_NAME, INBOX_TITLE, Inbox
from hpportal.intake.views import inbox_links

__all__ = ["INBOX_NAME", "ensure_inbox", "includeme", "upgrade_step"]


def ensure_inbox(portal, registry) -> bool:
    """Give ``portal`` its board's inbox when it has none; ``True`` when one was made."""
    if INBOX_NAME in portal:
        return False
    portal.add(INBOX_NAME, Inbox(title=str(INBOX_TITLE), description=str(INBOX_DESCRIPTION)), registry=registry)
    return True


def upgrade_step(site, registry) -> list[str]:
    """The city's inbox (a component portal's is a starter section, which the upgrade adds too)."""
    return ["added the inbox of the city board"] if ensure_inbox(site, registry) else []


def includeme(config):
    config.include(".models")
    config.registry.intake_secret = drop_secret(config.get_settings())
    config.include(".indexes")
    config.add_upgrade_step(upgrade_step)
    config.include(".cli")  # hpportal intake-edxml
    config.add_starter_section(INBOX_NAME, INBOX_TITLE, type_name="Inbox", description=INBOX_DESCRIPTION, order=90)
    config.add_user_link(inbox_links)
    config.scan(".views")
    config.scan(".forms")
    config.scan(".drop")
    config.scan(".mail")  # mail-drop and mail-addresses, for hpportal intake-smtp
