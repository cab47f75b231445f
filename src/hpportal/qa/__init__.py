"""Hỏi - Đáp: citizens' questions and the agencies' answers (REGULATION Art. 9).

Every portal has its Q&A section (``/hoi-dap``); questions asked there go to
that portal's board, which routes them to an agency: a component portal or
an agency registered in the city's Q&A section.
"""

from __future__ import annotations

from pathlib import Path

from hpportal.core.events import ObjectAdded


def cipher_key(settings) -> str:
    """The Fernet key for citizen ID numbers: ``hpportal.qa.key``, else a file made on first start."""
    from cryptography.fernet import Fernet

    key = settings.get("hpportal.qa.key")
    if key:
        return key
    from hpportal.core.app import REPO_DIR

    path = Path(settings.get("hpportal.qa.key_file") or REPO_DIR / "var" / "qa-key")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(Fernet.generate_key().decode())
        path.chmod(0o600)
    return path.read_text().strip()


QA_NAME = "hoi-dap"


def ensure_section(portal, registry) -> bool:
    """Give ``portal`` its Q&A section when it has none; ``True`` when one was made."""
    from hpportal.qa.models import QASection

    if QA_NAME in portal:
        return False
    portal.add(
        QA_NAME, QASection(title="Hỏi - Đáp", description="Gửi câu hỏi, tra cứu và xem câu trả lời"), registry=registry
    )
    return True


def upgrade_step(site, registry) -> list[str]:
    made = [p for p in [site, *site.values()] if getattr(p, "is_portal", False) and ensure_section(p, registry)]
    return [f"added the Q&A section of {len(made)} portals"] if made else []


def on_portal_added(registry):
    def added(event) -> None:
        if getattr(event.object, "is_portal", False):
            ensure_section(event.object, registry)

    return added


def includeme(config):
    from hpportal.core.events import ObjectTransitioned
    from hpportal.qa.models import Cipher
    from hpportal.qa.routing import on_transition
    from hpportal.qa.views import agency_links

    config.include(".models")
    config.registry.qa_cipher = Cipher(cipher_key(config.get_settings()))
    config.registry.upgrade_steps = [*getattr(config.registry, "upgrade_steps", []), upgrade_step]
    config.add_subscriber(on_portal_added(config.registry), ObjectAdded)
    config.include(".indexes")
    config.add_subscriber(on_transition, ObjectTransitioned)
    config.add_user_link(agency_links)
    config.scan(".intake")
    config.scan(".routing")
    config.scan(".views")
    config.scan(".reports")
    config.include(".home")  # its block on the home pages
