"""What every page's frame shows: portal, breadcrumbs, navigation, the user menu, formatted dates."""

from __future__ import annotations

from functools import cached_property

from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_decimal
from pyramid.location import lineage
from pyramid.renderers import get_renderer
from pyramid.traversal import resource_path

from hpportal.core import clock
from hpportal.core.catalog.search import next_scheduled_change
from hpportal.core.feeds import page_feeds
from hpportal.core.i18n import LOCALES, _
from hpportal.core.languages import NATIVE_NAMES, home_in, home_of, language_root, translations
from hpportal.core.metadata import ATTRIBUTION, page_metadata
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import (
    ADD,
    EDIT,
    MANAGE_CONTENTS,
    MANAGE_PORTAL,
    MANAGE_SHARING,
    MANAGE_SYSTEM,
    MANAGE_USERS,
    VIEW,
    VIEW_AUDIT,
    closed_portal,
    may_delete,
)
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.views.banner import BannerParts, next_midnight

LAYOUT = "hpportal:core/templates/layout.pt"

#: Date patterns per language (CLDR syntax, rendered by Babel).
DATE_FORMATS = {"vi": "dd/MM/yyyy", "en": "d MMMM y", "zh": "y年M月d日", "ko": "y년 M월 d일", "ja": "y年M月d日"}
LONG_DATE_FORMATS = {
    "vi": "EEEE, dd/MM/yyyy",
    "en": "EEEE, d MMMM y",
    "zh": "y年M月d日 EEEE",
    "ko": "y년 M월 d일 EEEE",
    "ja": "y年M月d日 EEEE",
}
DATETIME_FORMATS = {
    "vi": "HH:mm dd/MM/yyyy",
    "en": "HH:mm, d MMMM y",
    "zh": "y年M月d日 HH:mm",
    "ko": "y년 M월 d일 HH:mm",
    "ja": "y年M月d日 HH:mm",
}
MACROS = "hpportal:core/templates/macros.pt"
SIZE_UNITS = ("B", "KB", "MB", "GB", "TB")


class Chrome(BannerParts):
    """Computed once per request for the main layout; templates only loop and test."""

    def __init__(self, request, context, is_error: bool = False):
        self.request = request
        self.context = context
        self.is_error = is_error

    @cached_property
    def site(self):
        return find_site(self.context)

    @cached_property
    def portal(self):
        return find_portal(self.context) or self.site

    def portal_of(self, item):
        """The portal an item belongs to (search results name it: seven portals have a "Liên hệ" page)."""
        return find_portal(item) or self.site

    @cached_property
    def home(self):
        """Where this language of this portal starts: ``/en`` inside the English version, else the portal."""
        return home_of(self.context) or self.portal

    @cached_property
    def language_root(self):
        return language_root(self.context)

    @cached_property
    def brand(self) -> tuple[str, str | None]:
        """The portal's name in the page's language, and the city's under a component portal's."""
        root = self.language_root
        title = root.title if root is not None else self.portal.title
        if self.portal is self.site:
            return title, None
        city = home_in(self.site, root.language) if root is not None else None
        return title, (city.title if city is not None else self.site.title)

    @cached_property
    def search_url(self) -> str:
        """The search of the whole system, in the page's language (``/en/search`` searches English)."""
        root = self.language_root
        target = home_in(self.site, root.language) if root is not None else None
        return self.url(target or self.site, "search")

    @cached_property
    def translations(self) -> dict:
        """language -> this item's translations that the user may view (the item itself included)."""
        if self.is_error or getattr(self.context, "type_info", None) is None:
            return {}
        return translations(self.site, self.context, self.request.allowed_tokens)

    @cached_property
    def languages(self) -> list[dict]:
        """The language switcher: the translation of this page where there is one, else that language's home."""
        found = []
        for code in LOCALES:
            target = self.translations.get(code)
            exact = target is not None
            if target is None:
                target = home_in(self.portal, code) or home_in(self.site, code)
            if target is None:
                continue
            found.append(
                {
                    "code": code,
                    "name": NATIVE_NAMES[code],
                    "url": self.url(target),
                    "current": code == self.locale,
                    "exact": exact,
                }
            )
        return found

    @cached_property
    def alternates(self) -> list[tuple[str, str]]:
        """``hreflang`` links: the translations of this page."""
        if len(self.translations) < 2:
            return []
        return [(code, self.url(item)) for code, item in sorted(self.translations.items())]

    @cached_property
    def user(self):
        return self.request.identity

    @cached_property
    def locale(self) -> str:
        return self.request.locale_name

    @cached_property
    def breadcrumbs(self) -> list[tuple[str, str]]:
        crumbs = []
        for node in lineage(self.context):
            crumbs.append((node.title, self.request.resource_url(node)))
            if getattr(node, "is_language_root", False):
                break  # a language version starts at its own home
        return list(reversed(crumbs))

    @cached_property
    def navigation(self) -> list[dict]:
        """The portal's sections, for the top menu."""
        here = resource_path(self.context) + "/"
        items = []
        for child in self.home.values():
            if getattr(child, "in_navigation", False) and self.can(VIEW, child):
                url = self.request.resource_url(child)
                path = resource_path(child) + "/"
                items.append({"title": child.title, "url": url, "current": here.startswith(path)})
        return items

    @cached_property
    def contact(self) -> dict:
        """The portal's contact block, with what its language version says in its own language."""
        contact = dict(getattr(self.portal, "contact", None) or {})
        root = self.language_root
        if root is not None:
            contact.update({k: v for k, v in (getattr(root, "contact", None) or {}).items() if v})
        return contact

    @cached_property
    def messages(self) -> list:
        """Flash messages; popping only when there are some, so an anonymous page sets no cookie."""
        session = self.request.session
        return session.pop_flash() if session.peek_flash() else []

    @cached_property
    def errors(self) -> list:
        """Flash messages saying something was refused (shown as alerts)."""
        session = self.request.session
        return session.pop_flash("error") if session.peek_flash("error") else []

    @cached_property
    def notices(self) -> list:
        """Notices every page shows (planned maintenance ...): capabilities add them with ``add_site_notice``."""
        found = []
        for provider in getattr(self.request.registry, "site_notices", ()):
            found.extend(provider(self.request))
        return found

    def can(self, permission: str, context=None) -> bool:
        return bool(self.request.has_permission(permission, context or self.context))

    @cached_property
    def can_edit(self) -> bool:
        return self.user is not None and self.can(EDIT)

    @cached_property
    def can_manage(self) -> bool:
        return self.user is not None and (self.can(MANAGE_CONTENTS) or self.can(ADD))

    @cached_property
    def addable_types(self) -> list:
        """The types this user may add here: the add menu (never a type without a form, made by its capability)."""
        if not self.is_folder or self.user is None:
            return []
        types = self.request.registry.content_types.addable_types(self.context)
        return [t for t in types if self.can(t.add_permission) and (t.schema is not None or t.add_schema is not None)]

    @cached_property
    def can_translate(self) -> bool:
        context = self.context
        if self.user is None or self.is_error or getattr(context, "is_portal", False):
            return False
        if getattr(context, "is_language_root", False) or getattr(context, "type_info", None) is None:
            return False
        return context.type_info.schema is not None and self.can(EDIT)

    @cached_property
    def other_translations(self) -> list[tuple[str, str, str]]:
        """(language, name, url) of this item's translations, for "Also in:"."""
        return [
            (code, NATIVE_NAMES[code], self.url(item))
            for code, item in sorted(self.translations.items())
            if item is not self.context
        ]

    @cached_property
    def closed_portal(self):
        """The component portal of this page when it is not open yet (its board is told, and offered to open it)."""
        if self.user is None or self.is_error or self.context is None:
            return None
        return closed_portal(self.context)

    @cached_property
    def is_system_page(self) -> bool:
        """A page about the system (the database, the audit log), not about the folder it hangs on."""
        return self.request.view_name in getattr(self.request.registry, "system_pages", ())

    @cached_property
    def can_manage_portal(self) -> bool:
        return self.user is not None and self.can(MANAGE_PORTAL)

    @cached_property
    def can_delete(self) -> bool:
        return self.user is not None and not self.is_error and may_delete(self.request, self.context)

    @cached_property
    def show_manage_bar(self) -> bool:
        if self.user is None or self.is_error or self.is_system_page:
            return False
        return self.can_manage or self.can_edit or self.can(MANAGE_SHARING) or bool(self.item_links)

    @cached_property
    def item_links(self) -> list[tuple[str, str]]:
        """What the capabilities add to this item's management bar (``config.add_item_link``)."""
        if self.user is None or self.is_error or self.context is None:
            return []
        links = []
        for provider in getattr(self.request.registry, "item_links", ()):
            links.extend(provider(self.request, self.context))
        return links

    @cached_property
    def admin_links(self) -> list[tuple[str, str]]:
        """The user menu's management pages, for the portal of this page (or the city's)."""
        if self.user is None or self.is_error:
            return []
        links = [(_("My work"), self.url(self.site, "my-work"))]
        for permission, name, title in (
            (MANAGE_USERS, "users", _("Users")),
            (MANAGE_USERS, "groups", _("Groups")),
        ):
            if self.can(permission, self.portal):
                links.append((title, self.url(self.portal, name)))
        for provider in getattr(self.request.registry, "user_links", ()):
            links.extend(provider(self.request))
        if self.can(VIEW_AUDIT, self.site):
            links.append((_("Audit log"), self.url(self.site, "audit")))
        if self.can(MANAGE_SYSTEM, self.site):
            links.append((_("Planned maintenance"), self.url(self.site, "maintenance")))
            links.append((_("Database"), self.url(self.site, "database")))
        return links

    @cached_property
    def workflow(self) -> dict | None:
        """The item's workflow panel for the board (state, dates, the steps this user may take)."""
        if self.user is None or self.is_error:
            return None
        from hpportal.core.views.workflow import workflow_panel

        return workflow_panel(self.request, self.context)

    @cached_property
    def feeds(self) -> list[tuple[str, str]]:
        """``(media type, address)`` of this page's feeds, RSS then Atom (``<link rel="alternate">``)."""
        return [] if self.is_error or self.context is None else page_feeds(self.request, self.context)

    @cached_property
    def attribution(self) -> str:
        """The source every reuse of the portal's information cites (REGULATION Art. 19.1)."""
        return self.request.localizer.translate(ATTRIBUTION)

    @cached_property
    def metadata(self):
        """Canonical link, sharing cards and JSON-LD of a page's default view (core/metadata.py)."""
        if self.is_error or self.context is None or self.request.view_name:
            return None
        title = self.translate_title(getattr(self.context, "title", "") or "")
        description = getattr(self.context, "description", "") or getattr(self.portal, "description", "")
        return page_metadata(self.request, self.context, title=title, description=description)

    @cached_property
    def is_folder(self) -> bool:
        return getattr(self.context, "_data", None) is not None

    def translate_title(self, title: str) -> str:
        """A title from workflows.zcml (its msgid), in the user's language."""
        return self.request.localizer.translate(_(title))

    def static(self, path: str) -> str:
        return self.request.static_path(f"hpportal:core/static/{path}")

    def url(self, obj, *elements, **kw) -> str:
        return self.request.resource_url(obj, *elements, **kw)

    def date(self, value, format: str | None = None) -> str:
        """A date as people of the page's language write it: 28/11/2026, 28 November 2026, 2026年11月28日."""
        if value is None:
            return ""
        return format_date(value.astimezone(LOCAL_TZ), format or DATE_FORMATS[self.locale], locale=self.locale)

    def long_date(self, value) -> str:
        """With the day of the week: Thứ Bảy, 28/11/2026 — Saturday, 28 November 2026 — 2026年11月28日土曜日."""
        return self.date(value, LONG_DATE_FORMATS[self.locale])

    def datetime(self, value, format: str | None = None) -> str:
        if value is None:
            return ""
        return format_datetime(value, format or DATETIME_FORMATS[self.locale], tzinfo=LOCAL_TZ, locale=self.locale)

    def ago(self, value) -> str:
        """How long ago, in words of the page's language ("3 giờ trước", "3 hours ago")."""
        if value is None:
            return ""
        return format_timedelta(value - clock.now(), add_direction=True, locale=self.locale)

    def number(self, value) -> str:
        """A number with the page's language's grouping: 12.345 (vi), 12,345 (en)."""
        return format_decimal(value, locale=self.locale)

    def size(self, value: int) -> str:
        """A size in bytes as people read it, in the page's language's number format: 6,9 MB (vi), 6.9 MB (en)."""
        unit, amount = "B", float(value)
        for unit in SIZE_UNITS:
            if abs(amount) < 1024 or unit == SIZE_UNITS[-1]:
                break
            amount /= 1024
        return f"{format_decimal(amount, format='#,##0' if unit == 'B' else '#,##0.#', locale=self.locale)} {unit}"

    def iso(self, value) -> str:
        # Whole seconds: HTML's <time datetime> takes at most three digits of a fraction.
        return value.astimezone(LOCAL_TZ).replace(microsecond=0).isoformat() if value is not None else ""


def add_renderer_globals(event):
    request = event.get("request")
    if request is None or event.get("renderer_name", "").endswith(".json"):
        return
    event["layout"] = get_renderer(LAYOUT).implementation()
    event["macros"] = get_renderer(MACROS).implementation()
    event["ui"] = request.chrome
    if "hpportal.next_change" not in request.environ:
        # For the cache of anonymous pages: this page may change by itself at that moment.
        context = request.chrome.context
        site = find_site(context) if context is not None else None
        catalog = getattr(site, "catalog", None) if site is not None else None
        # The top bar shows today's date: a cached page changes at midnight too.
        changes = [int(next_midnight(clock.now()).timestamp())]
        if catalog is not None and (scheduled := next_scheduled_change(catalog)) is not None:
            changes.append(scheduled)
        request.environ["hpportal.next_change"] = min(changes)


def chrome(request) -> Chrome:
    context = getattr(request, "context", None)
    if isinstance(context, BaseException) or not hasattr(context, "__parent__"):
        # Exception views: the frame is drawn around the portal's root, without management actions.
        return Chrome(request, getattr(request, "root", None), is_error=True)
    return Chrome(request, context)
