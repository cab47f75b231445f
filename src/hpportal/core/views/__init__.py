"""Generic views: folder listing, contents management, add/edit/delete, login, search, files."""

from pyramid.events import BeforeRender

from hpportal.core.views.layout import add_renderer_globals, chrome


def includeme(config):
    config.include("hpportal.core.forms")
    config.add_static_view("static", "hpportal:core/static", cache_max_age=3600)
    config.add_request_method(chrome, "chrome", reify=True)
    config.add_subscriber(add_renderer_globals, BeforeRender)
    config.scan(".")
