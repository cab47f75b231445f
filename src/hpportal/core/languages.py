"""Language roots and linked translations (REGULATION Art. 3.1; DESIGN §3).

Vietnamese content lives in a portal itself; each other language has a
language root inside the portal (``/en``, ``/zh``, ``/ko``, ``/ja`` on the
city portal, and on a component portal that enables the language). The
request's locale is that of the nearest language root above the page.

Translations of one item share a ``translation_group`` (the uid of the item
first translated), indexed, so each finds the others without loading the
tree; deleting one leaves the others linked. A translation is made in the
matching place of the target root: ``/tin-tuc/bai`` becomes ``/en/tin-tuc/bai``,
its missing sections created on the way (linked to theirs).
"""

from __future__ import annotations

from pyramid.location import lineage
from repoze.catalog.indexes.field import CatalogFieldIndex
from repoze.catalog.query import Any, Eq

from hpportal.core.catalog.catalog import resolve
from hpportal.core.content import FolderContent, content_type
from hpportal.core.events import ObjectAdded, ObjectModified, ObjectMoved, notify
from hpportal.core.i18n import DEFAULT_LOCALE, LOCALES, _
from hpportal.core.location import find_portal
from hpportal.core.security import MANAGE_PORTAL

TRANSLATION = "translation"  # catalog index: the translation group of an item

#: How each language names itself, for the language switcher (never translated).
NATIVE_NAMES = {"vi": "Tiếng Việt", "en": "English", "zh": "中文", "ko": "한국어", "ja": "日本語"}
FOREIGN = tuple(code for code in LOCALES if code != DEFAULT_LOCALE)
#: The city portal's name in each of its other languages: the titles of its language roots.
CITY_TITLES = {
    "en": "Hai Phong City Electronic Information Portal",
    "zh": "海防市电子信息门户网站",
    "ko": "하이퐁시 전자정보포털",
    "ja": "ハイフォン市電子情報ポータル",
}


@content_type(
    "LanguageRoot",
    title=_("Language version"),
    add_permission=MANAGE_PORTAL,
    addable_to=("Portal", "SubPortal"),
    icon="translate",
    listed=False,  # made from the portal's Languages page, not the add menu
)
class LanguageRoot(FolderContent):
    """The root of one language's content in a portal: ``/en``, ``/so-xay-dung/ja`` ..."""

    is_language_root = True

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("language", "en")
        attrs.setdefault("in_navigation", False)
        super().__init__(title, description, **attrs)


def language_root(context):
    """The nearest language root at or above ``context``, or ``None`` (Vietnamese)."""
    for node in lineage(context):
        if getattr(node, "is_language_root", False):
            return node
        if getattr(node, "is_portal", False):
            return None
    return None


def language_of(context) -> str:
    root = language_root(context)
    return root.language if root is not None else DEFAULT_LOCALE


def home_of(context):
    """Where this language's content of this portal starts: the language root, else the portal."""
    for node in lineage(context):
        if getattr(node, "is_language_root", False) or getattr(node, "is_portal", False):
            return node
    return None


def home_in(portal, language: str):
    """``portal``'s home for ``language`` (the portal itself for Vietnamese), or ``None`` if not enabled."""
    if language == DEFAULT_LOCALE:
        return portal
    root = portal.get(language) if hasattr(portal, "get") else None
    return root if getattr(root, "is_language_root", False) else None


def enabled_languages(portal) -> list[str]:
    return [DEFAULT_LOCALE] + [code for code in FOREIGN if home_in(portal, code) is not None]


def add_language_root(portal, language: str, title: str, *, registry) -> LanguageRoot:
    root = LanguageRoot(title=title, language=language)
    portal.add(language, root, registry=registry)
    return root


# -- translation groups ------------------------------------------------------


def translation_group(obj, default):
    """The catalog's discriminator (pickled by name in the database: keep it here)."""
    return getattr(obj, "translation_group", None) or default


def translation_index():
    return CatalogFieldIndex(translation_group)


def translations(site, obj, allowed=None) -> dict[str, object]:
    """language -> the item's translations (itself included) that ``allowed`` may view."""
    group = getattr(obj, "translation_group", None)
    if not group:
        return {language_of(obj): obj}
    catalog = site.catalog
    query = Eq(TRANSLATION, group)
    if allowed is not None:
        from hpportal.core.catalog.catalog import ALLOWED

        query = query & Any(ALLOWED, list(allowed))
    _total, docids = catalog.query(query)
    found = {}
    for item in resolve(catalog, site, docids):
        found.setdefault(language_of(item), item)
    found[language_of(obj)] = obj
    return found


def link(source, target, *, registry) -> None:
    """Put ``target`` in ``source``'s translation group (made from ``source``'s uid when it has none)."""
    if not getattr(source, "translation_group", None):
        source.translation_group = source.uid
        notify(registry, ObjectModified(source))  # reindexed: its translations find it
    target.translation_group = source.translation_group


class NoLanguageRoot(LookupError):
    """The target language is not enabled on the item's portal."""


def place_for_translation(site, obj, language: str, *, registry, user_id=None):
    """The folder the ``language`` translation of ``obj`` goes in, making missing sections (linked)."""
    portal = find_portal(obj)
    target_home = home_in(portal, language)
    if target_home is None:
        raise NoLanguageRoot(language)
    source_home = home_of(obj)
    chain = []
    for node in lineage(obj.__parent__):
        if node is source_home:
            break
        chain.append(node)
    parent = target_home
    for folder in reversed(chain):
        existing = translations(site, folder).get(language)
        if existing is not None and existing.__parent__ is parent:
            parent = existing
            continue
        if folder.__name__ in parent and getattr(parent[folder.__name__], "_data", None) is not None:
            parent = parent[folder.__name__]
            continue
        made = registry.content_types.create(folder.type_name, title=folder.title, description=folder.description)
        for attribute in ("in_navigation",):
            if hasattr(folder, attribute):
                setattr(made, attribute, getattr(folder, attribute))
        made.creator = user_id
        link(folder, made, registry=registry)
        name = parent.unique_name(folder.title, fallback=folder.__name__, registry=registry)
        parent.add(name, made, registry=registry)
        parent = made
    return parent


# -- events -------------------------------------------------------------------


def set_language(event) -> None:
    """What is added (or moved) takes the language of the root it lands in."""
    obj = event.object
    language = language_of(obj) if not getattr(obj, "is_language_root", False) else obj.language
    _walk_set(obj, language)


def _walk_set(obj, language: str) -> None:
    if getattr(obj, "type_info", None) is None:
        return
    if getattr(obj, "is_language_root", False):
        language = obj.language
    if getattr(obj, "language", None) != language:
        obj.language = language
    values = getattr(obj, "values", None)
    if values is not None and getattr(obj, "_data", None) is not None:
        for child in values():
            _walk_set(child, language)


def includeme(config):
    config.add_content_type(LanguageRoot)
    config.add_catalog_index(TRANSLATION, translation_index)
    config.add_subscriber(set_language, ObjectAdded)
    config.add_subscriber(set_language, ObjectMoved)
