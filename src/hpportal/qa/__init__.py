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
FIELD_INDEX = "qa_field"
CODE_INDEX = "qa_code"
DUE_INDEX = "qa_due"
AGENCY_INDEX = "qa_agency"


def question_field(obj, default):
    """The field (topic) of a question, for the public list by field (pickled by name: keep it here)."""
    return getattr(obj, "field", None) if getattr(obj, "code", None) else default


def question_code(obj, default):
    """The tracking code, to find a question without loading the others (not personal data)."""
    return getattr(obj, "code", None) or default


def code_index():
    from repoze.catalog.indexes.field import CatalogFieldIndex

    return CatalogFieldIndex(question_code)


def question_due(obj, default):
    """When the agency must answer (epoch seconds), for the "due soon" and "overdue" counts."""
    due = getattr(obj, "due", None) if getattr(obj, "code", None) else None
    return int(due.timestamp()) if due is not None else default


def due_index():
    from repoze.catalog.indexes.field import CatalogFieldIndex

    return CatalogFieldIndex(question_due)


def question_agency(obj, default):
    """The uid of the agency a question is assigned to, for that agency's dashboard."""
    return (getattr(obj, "agency", None) or default) if getattr(obj, "code", None) else default


def agency_index():
    from repoze.catalog.indexes.field import CatalogFieldIndex

    return CatalogFieldIndex(question_agency)


def field_index():
    from repoze.catalog.indexes.field import CatalogFieldIndex

    return CatalogFieldIndex(question_field)


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
    config.add_catalog_index(FIELD_INDEX, field_index)
    config.add_catalog_index(CODE_INDEX, code_index)
    config.add_catalog_index(DUE_INDEX, due_index)
    config.add_catalog_index(AGENCY_INDEX, agency_index)
    config.add_subscriber(on_transition, ObjectTransitioned)
    config.add_user_link(agency_links)
    config.scan(".intake")
    config.scan(".routing")
    config.scan(".views")
    config.scan(".reports")
