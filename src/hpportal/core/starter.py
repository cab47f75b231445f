"""What a new component portal starts with: its starter sections and its language versions.

Core knows none of the sections: capabilities register theirs with
``config.add_starter_section(name, title, ...)`` (news: Giới thiệu, Tin tức,
Liên hệ; qa: Hỏi - Đáp ...). A title is a translation string whose msgid is
the Vietnamese title: the portal's own section bears it, and each language
version of the portal gets the section too, titled in that language and
linked to the Vietnamese one as its translation. ``hpportal upgrade`` adds the
sections a component portal made by an earlier version lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pyramid.i18n import make_localizer
from pyramid.interfaces import ITranslationDirectories

from hpportal.core.boards import complete_board
from hpportal.core.languages import FOREIGN, add_language_root, home_in, link


@dataclass(frozen=True)
class StarterSection:
    name: str  # its name in the portal: /gioi-thieu
    title: object  # a TranslationString whose msgid is the Vietnamese title
    type_name: str = "Section"
    description: object = ""
    order: int = 100  # the starter sections come in this order (Giới thiệu first, Liên hệ last)
    fill: Callable | None = None  # (section, portal, registry): the first pages of the Vietnamese section


def add_starter_section(config, name: str, title, *, type_name="Section", description="", order=100, fill=None):
    """Configuration directive: every new component portal gets this section (``type_name``) as ``name``."""
    starter = StarterSection(name, title, type_name, description, order, fill)

    def register():
        config.registry.starter_sections[name] = starter

    config.action(("hpportal-starter-section", name), register)


def starter_sections(registry) -> list[StarterSection]:
    return sorted(getattr(registry, "starter_sections", {}).values(), key=lambda s: (s.order, s.name))


def localizer_for(registry, locale: str):
    """The translations of ``locale``, outside any request."""
    return make_localizer(locale, registry.queryUtility(ITranslationDirectories) or [])


def _text(localizer, value) -> str:
    return localizer.translate(value) if localizer is not None and value else str(value or "")


def add_language_versions(portal, registry) -> list[str]:
    """Give ``portal`` a version in each interface language it lacks (``/so-x/en`` ...), named as the portal."""
    made = []
    for code in FOREIGN:
        if home_in(portal, code) is None and code not in portal:
            add_language_root(portal, code, portal.title, registry=registry)
            made.append(code)
    return made


def add_starter_sections(portal, registry, *, only=None, fill: bool = True) -> list[str]:
    """Give ``portal`` the starter sections it lacks, in Vietnamese and in each of its language versions.

    Returns the paths made, relative to the portal (``gioi-thieu``, ``en/gioi-thieu`` ...). Nothing
    already there is touched: a section renamed or removed by the board is not made again while a
    section of that name exists; ``only`` limits the work to those names.
    """
    types = registry.content_types
    localizers = {}
    made = []
    for starter in starter_sections(registry):
        if only is not None and starter.name not in only:
            continue
        original = portal.get(starter.name)
        if original is None and types.may_contain(portal, starter.type_name):
            original = types.create(starter.type_name, title=str(starter.title), description=str(starter.description))
            portal.add(starter.name, original, registry=registry)
            if fill and starter.fill is not None:
                starter.fill(original, portal, registry)
            made.append(starter.name)
        if original is None or getattr(original, "type_name", None) != starter.type_name:
            continue
        for code in FOREIGN:
            root = home_in(portal, code)
            if root is None or starter.name in root or not types.may_contain(root, starter.type_name):
                continue
            localizer = localizers.get(code) or localizers.setdefault(code, localizer_for(registry, code))
            section = types.create(
                starter.type_name,
                title=_text(localizer, starter.title),
                description=_text(localizer, starter.description),
            )
            link(original, section, registry=registry)
            root.add(starter.name, section, registry=registry)
            made.append(f"{code}/{starter.name}")
    return made


def upgrade_step(site, registry) -> list[str]:
    """Portals made by an earlier version get the language versions, starter sections and board groups they lack.

    A component portal without its Chinese, Korean or Japanese version sent readers to the city's; each
    language version gets the sections citizens use in their language (Hỏi - Đáp among them).
    """
    versions = sections = groups = 0
    for portal in site.values():
        if getattr(portal, "is_portal", False):
            versions += len(add_language_versions(portal, registry))
            sections += len(add_starter_sections(portal, registry, fill=False))
            groups += len(complete_board(portal, site.principals, registry=registry))
    # The city's own sections are its board's to make: its language versions get those it has.
    present = {starter.name for starter in starter_sections(registry) if starter.name in site}
    city = add_starter_sections(site, registry, only=present, fill=False)
    done = [f"added {versions} language versions to the component portals"] if versions else []
    done += [f"added {sections} starter sections to the component portals"] if sections else []
    done += [f"added the city's language versions' sections: {', '.join(city)}"] if city else []
    return done + ([f"added {groups} board groups to the component portals"] if groups else [])


def includeme(config):
    config.registry.starter_sections = {}
    config.add_directive("add_starter_section", add_starter_section)
    config.add_upgrade_step(upgrade_step)
