"""Generic views: folder listing, contents management, add/edit/delete, login, search, files."""

import hashlib
from pathlib import Path

import deform
from pyramid.events import BeforeRender
from pyramid.static import QueryStringConstantCacheBuster

from hpportal.core.skins import skin_dir
from hpportal.core.views.layout import add_renderer_globals, chrome
from hpportal.core.views.outbox import outbox_links

ONE_YEAR = 365 * 24 * 3600
STATIC = Path(__file__).resolve().parents[1] / "static"


def static_token(*directories) -> str:
    """A short digest of the static files (names, sizes, times): it changes whenever one of them does."""
    digest = hashlib.sha256()
    for directory in directories:
        if directory is None:
            continue
        for path in sorted(Path(directory).rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


def add_site_notice(config, provider) -> None:
    """``config.add_site_notice(provider)``: ``provider(request)`` returns notices every page shows."""
    config.registry.site_notices.append(provider)


def add_user_link(config, provider) -> None:
    """``config.add_user_link(provider)``: ``provider(request)`` returns ``(title, url)`` pairs for the user menu."""
    config.registry.user_links.append(provider)


def add_item_link(config, provider) -> None:
    """``config.add_item_link(provider)``: ``provider(request, context)`` returns ``(title, url)`` pairs
    for the management bar of an item (shown to users who may use them)."""
    config.registry.item_links.append(provider)


def add_system_page(config, *view_names: str) -> None:
    """``config.add_system_page("database")``: pages about the system, not about the folder they hang on.

    They are shown without the folder's content toolbar (Edit, Contents, Add new…).
    """
    config.registry.system_pages.update(view_names)


def includeme(config):
    config.registry.site_notices = []
    config.registry.user_links = []
    config.registry.item_links = []
    config.registry.system_pages = set()
    config.add_directive("add_system_page", add_system_page)
    config.add_directive("add_site_notice", add_site_notice)
    config.add_directive("add_user_link", add_user_link)
    config.add_directive("add_item_link", add_item_link)
    config.add_user_link(outbox_links)
    config.include("hpportal.core.forms")
    config.include(".icons")  # /favicon.ico, /apple-touch-icon.png
    # Static files are cached for a year: their URLs carry a token that changes with them.
    config.add_static_view("static", "hpportal:core/static", cache_max_age=ONE_YEAR)
    token = static_token(STATIC, Path(deform.__file__).parent / "static", skin_dir(config.get_settings()))
    config.add_cache_buster("hpportal:core/static/", QueryStringConstantCacheBuster(token))
    config.add_cache_buster("deform:static/", QueryStringConstantCacheBuster(token))
    config.add_request_method(chrome, "chrome", reify=True)
    config.add_system_page("audit", "my-work", "outbox")
    config.add_subscriber(add_renderer_globals, BeforeRender)
    config.scan(".")
