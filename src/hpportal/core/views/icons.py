"""The favicon and touch icon at the addresses browsers ask for without reading the page (``/favicon.ico``)."""

from __future__ import annotations

from pathlib import Path

from pyramid.response import FileResponse
from pyramid.view import view_config

STATIC = Path(__file__).resolve().parents[1] / "static"
ONE_WEEK = 7 * 24 * 3600  # unversioned addresses: cached for a while, not for a year


def _icon(request, name: str, content_type: str):
    response = FileResponse(str(STATIC / name), request=request, content_type=content_type)
    response.cache_control.public = True
    response.cache_control.max_age = ONE_WEEK
    return response


@view_config(route_name="favicon")
def favicon(request):
    return _icon(request, "favicon.ico", "image/vnd.microsoft.icon")


@view_config(route_name="apple_touch_icon")
def apple_touch_icon(request):
    return _icon(request, "apple-touch-icon.png", "image/png")


def includeme(config):
    config.add_route("favicon", "/favicon.ico")
    config.add_route("apple_touch_icon", "/apple-touch-icon.png")
