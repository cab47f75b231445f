"""Pages, feeds, stylesheets and scripts come compressed (Brotli or gzip, as the browser asks); icons are there."""

import gzip

import brotli
import pytest
from webob import Request

from hpportal import testing
from hpportal.core.forms import DEFORM_STATIC

BR = {"Accept-Encoding": "br, gzip"}
GZIP = {"Accept-Encoding": "gzip"}


def raw(testapp, url, headers):
    """The response as the server sends it (WebTest would decode gzip and fail on Brotli)."""
    return Request.blank(url, headers=headers).get_response(testapp.app)


def stylesheet(testapp) -> str:
    home = testapp.get("/")
    return next(link["href"] for link in home.html.select("link[rel=stylesheet]") if "portal.css" in link["href"])


def test_the_home_page_comes_brotli_compressed_to_a_browser_that_asks(testapp):
    plain = testapp.get("/")
    packed = raw(testapp, "/", BR)
    assert packed.headers["Content-Encoding"] == "br"
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert brotli.decompress(packed.body) == plain.body
    assert len(packed.body) < len(plain.body) / 2


def test_gzip_for_a_browser_that_knows_only_gzip_and_nothing_for_one_that_asks_nothing(testapp):
    packed = raw(testapp, "/", GZIP)
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.body).decode().startswith("<!DOCTYPE html>")
    plain = raw(testapp, "/", {"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert "Accept-Encoding" in plain.headers["Vary"]


@pytest.mark.parametrize("path", ["css", "js", "tinymce"])
def test_stylesheets_scripts_and_feeds_are_compressed(testapp, path):
    urls = {
        "css": stylesheet(testapp),
        "js": testapp.get("/").html.select_one("script[src*='portal.js']")["src"],
        "tinymce": f"/{DEFORM_STATIC}/tinymce/tinymce.min.js",
    }
    plain = testapp.get(urls[path])
    packed = raw(testapp, urls[path], BR)
    assert packed.headers["Content-Encoding"] == "br"
    assert brotli.decompress(packed.body) == plain.body


def test_feeds_and_json_are_compressed(demo_testapp):
    feed = raw(demo_testapp, "/rss.xml", GZIP)
    assert feed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(feed.body) == demo_testapp.get("/rss.xml").body


def test_a_compressed_static_file_is_the_same_the_second_time(testapp):
    url = stylesheet(testapp)
    first = raw(testapp, url, BR)
    second = raw(testapp, url, BR)
    assert first.body == second.body and first.headers["Content-Encoding"] == "br"


def test_images_and_small_answers_are_left_as_they_are(testapp):
    icon = raw(testapp, "/apple-touch-icon.png", BR)
    assert icon.content_type == "image/png" and "Content-Encoding" not in icon.headers
    later = "Fri, 01 Jan 2100 00:00:00 GMT"
    not_modified = raw(testapp, stylesheet(testapp), {**BR, "If-Modified-Since": later})
    assert not_modified.status_code == 304 and not not_modified.body


def test_favicon_and_touch_icon_are_served_where_browsers_look(testapp):
    favicon = testapp.get("/favicon.ico")
    assert favicon.content_type == "image/vnd.microsoft.icon" and favicon.body[:4] == b"\x00\x00\x01\x00"
    assert testapp.get("/apple-touch-icon.png").body[:8] == b"\x89PNG\r\n\x1a\n"
    home = testapp.get("/")
    assert home.html.select_one("link[rel=icon][type='image/svg+xml']")
    assert home.html.select_one("link[rel=apple-touch-icon]")


def test_pages_for_a_signed_in_editor_are_compressed_too(testapp):
    testing.login(testapp)
    cookie = "; ".join(f"{c.name}={c.value}" for c in testapp.cookiejar)
    page = raw(testapp, "/contents", {**BR, "Cookie": cookie})
    assert page.headers["Content-Encoding"] == "br"
