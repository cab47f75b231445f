"""Dịch vụ công trực tuyến: the administrative procedures catalogue of every portal (REGULATION Art. 7;
Decree 224/2026 Art. 9(1)(a), 14-15).

Every portal has its section (``/dich-vu-cong``): procedures with their code, field, agency, level,
online level, documents to submit and forms, steps, fees and legal basis; a page that finds them by name
or code with facets; the link to file each online on the public service portal. The city's page covers
every portal; the city's home lists the most used.
"""

from __future__ import annotations

from pyramid.exceptions import ConfigurationError

from hpportal.core.i18n import _
from hpportal.services.filing import SETTING, check_template
from hpportal.services.models import ProceduresSection

SECTION_NAME = "dich-vu-cong"
SECTION_TITLE = "Dịch vụ công trực tuyến"
SECTION_DESCRIPTION = "Thủ tục hành chính và dịch vụ công trực tuyến"


def ensure_section(portal, registry) -> bool:
    """Give ``portal`` its procedures section when it has none; ``True`` when one was made."""
    if SECTION_NAME in portal:
        return False
    section = ProceduresSection(title=SECTION_TITLE, description=SECTION_DESCRIPTION)
    portal.add(SECTION_NAME, section, registry=registry)
    return True


def upgrade_step(site, registry) -> list[str]:
    """The city's section (a component portal's is a starter section, which the upgrade adds too)."""
    return ["added the online public services section of the city portal"] if ensure_section(site, registry) else []


def includeme(config):
    problem = check_template(config.registry.settings.get(SETTING, ""))
    if problem is not None:
        raise ConfigurationError(f"{SETTING}: {problem}")
    config.include(".models")
    config.include(".indexes")
    config.include(".home")
    config.include(".api")  # procedures in the open data API
    config.include(".metadata")  # a GovernmentService for search engines
    config.add_upgrade_step(upgrade_step)
    config.include(".cli")  # hpportal import-procedures
    config.add_starter_section(
        SECTION_NAME,
        _("Dịch vụ công trực tuyến"),
        type_name="ProceduresSection",
        description=SECTION_DESCRIPTION,
        order=35,
    )
    config.scan(".views")
    config.scan(".webimport")
