"""Malformed requests to every view of the demo site: never a 5xx; the unreadable ones a 400 page.

The views are those registered in Pyramid (the introspector), each sent to a demo object of
its context type. Four classes of bad input, several variants each: a query string or a path
that is not UTF-8, a form body that cannot be parsed (no multipart boundary), and dates or
page numbers out of range on the searches (these are clamped: the page answers 200).
"""

from __future__ import annotations

from datetime import date

import pytest
from webob import Request
from webtest import TestApp

from hpportal import testing
from hpportal.core.headers import SECURITY_HEADERS
from hpportal.core.portal import ROOT_KEY
from hpportal.core.views.paging import FIRST_DAY, LAST_DAY, MAX_PAGE, date_param, int_param

HEADERS = dict(SECURITY_HEADERS)

#: The heading of the 400 page, in Vietnamese (the default language).
UNREADABLE = "Không đọc được yêu cầu"

BAD_QUERIES = ("q=%FF", "q=%ED%A0%80", "a=1&q=%C0%AF", "%FF=1", "page=%80")
BAD_SEGMENTS = ("%FF", "%ED%A0%80", "x%E2%82")
NO_BOUNDARY = ("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=utf-8")
#: Multipart bodies that are odd but parse: these need not be refused, only not end in a 5xx.
ODD_MULTIPART = (
    ("multipart/form-data; boundary=xyz", b"not multipart at all"),
    (
        "multipart/form-data; boundary=xyz",
        b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n\xff\xfe\r\n--xyz--\r\n',
    ),
    ("multipart/form-data; boundary=xyz", b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated'),
    ("application/x-www-form-urlencoded", b"a=%FF&csrf_token=%ED%A0%80"),
)
FIXED = ("/", "/login", "/hoi-dap/", "/hoi-dap/ask", "/hoi-dap/track", "/search", "/van-ban/", "/en/", "/so-xay-dung/")


def _walk(node, depth=0):
    yield node
    if depth < 4 and hasattr(node, "values"):
        for child in list(node.values())[:8]:
            yield from _walk(child, depth + 1)


@pytest.fixture(scope="module")
def urls(demo_app) -> list[str]:
    """One address per registered view name and context type that the demo site has an object of."""
    conn = testing.database(demo_app).open()
    try:
        site = conn.root()[ROOT_KEY]
        objects = list(_walk(site))
        found = set(FIXED)
        for item in demo_app.registry.introspector.get_category("views"):
            view = item["introspectable"]
            context = view["context"]
            if view["exception_only"] or view["route_name"] or not isinstance(context, type):
                continue
            target = next((o for o in objects if isinstance(o, context)), None)
            if target is not None:
                found.add(_path(target) + (view["name"] or ""))
    finally:
        conn.close()
    assert len(found) > 40  # the introspection found the views, not just the fixed list
    return sorted(found)


def _path(obj) -> str:
    names = []
    while getattr(obj, "__parent__", None) is not None:
        names.append(obj.__name__)
        obj = obj.__parent__
    return "/" + "".join(f"{n}/" for n in reversed(names))


def send(app, url: str, method: str = "GET", content_type: str | None = None, body: bytes = b""):
    # Built by hand: webtest would add a boundary to a multipart content type.
    request = Request.blank("/", method=method, body=body if method == "POST" else None)
    path, _, query = url.partition("?")
    request.environ["PATH_INFO"] = path.encode("utf-8").decode("latin-1")
    request.environ["QUERY_STRING"] = query
    if content_type is not None:
        request.environ["CONTENT_TYPE"] = content_type
    response = request.get_response(app)
    assert response.status_code < 500, f"{method} {url} {content_type}: {response.status}"
    return response


def assert_unreadable_page(response, what: str) -> None:
    assert response.status_code == 400, f"{what}: {response.status}"
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, f"{what}: {name}"
    text = response.text
    # In the language of the version the address was in (/en/... in English), Vietnamese elsewhere.
    heading = "The request could not be read" if '<html lang="en"' in text else UNREADABLE
    assert heading in text, what
    assert '<html lang="vi"' in text or "/en/" in what or "/ja/" in what or "/zh/" in what or "/ko/" in what, what
    assert "<html" in text  # the portal's page, not WebOb's bare error


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_query_string_that_is_not_utf8_answers_400_on_every_view(demo_app, urls, method):
    for url in urls:
        for query in BAD_QUERIES:
            response = send(demo_app, f"{url}?{query}", method, "application/x-www-form-urlencoded")
            assert_unreadable_page(response, f"{method} {url}?{query}")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_path_that_is_not_utf8_answers_400_on_every_view(demo_app, urls, method):
    raw = {"%FF": "\xff", "%ED%A0%80": "\xed\xa0\x80", "x%E2%82": "x\xe2\x82"}
    for url in urls[::3]:  # the path is read before any view: a third of them is enough
        for segment in BAD_SEGMENTS:
            request = Request.blank("/", method=method)
            request.environ["PATH_INFO"] = url.encode("utf-8").decode("latin-1") + raw[segment]
            response = request.get_response(demo_app)
            assert_unreadable_page(response, f"{method} {url}{segment}")


def test_a_multipart_post_without_a_boundary_answers_400_on_every_view(demo_app, urls):
    for url in urls:
        for content_type in NO_BOUNDARY:
            response = send(demo_app, url, "POST", content_type, b"a=b&title=x")
            assert_unreadable_page(response, f"POST {url} {content_type}")


def test_odd_form_bodies_never_end_in_a_server_error(demo_app, urls):
    for url in urls:
        for content_type, body in ODD_MULTIPART:
            response = send(demo_app, url, "POST", content_type, body)
            if response.status_code == 400:
                assert response.headers["Content-Security-Policy"] == HEADERS["Content-Security-Policy"]


def test_the_login_form_and_the_question_form_refuse_a_missing_boundary_with_a_valid_token(demo_app):
    browser = TestApp(demo_app)
    for url in ("/login", "/hoi-dap/ask"):
        forms = browser.get(url).forms
        token = next(f for k, f in forms.items() if isinstance(k, int) and "csrf_token" in f.fields)["csrf_token"].value
        request = Request.blank(url, method="POST", body=f"csrf_token={token}&login=a&password=b".encode())
        request.environ["CONTENT_TYPE"] = "multipart/form-data"
        assert_unreadable_page(request.get_response(demo_app), url)


@pytest.mark.parametrize(
    "url",
    [
        "/search?q=hai+phong&to=9999-12-31",
        "/search?q=hai+phong&from=0001-01-01",
        "/search?q=hai+phong&from=0001-01-01&to=9999-12-31",
        "/search?q=hai+phong&from=9999-12-31",
        "/search?type=NewsArticle&to=9999-12-31",
        "/van-ban/?to=9999-12-31",
        "/van-ban/?from=0001-01-01&to=9999-12-31",
        "/van-ban/?year=%C2%B2",
        "/van-ban/?year=" + "9" * 300,
        "/search?q=hai+phong&page=" + "9" * 300,
        "/van-ban/?page=" + "9" * 300,
        "/tin-tuc/?page=" + "9" * 300,
        "/hoi-dap/?page=" + "9" * 300,
        "/search?q=hai+phong&page=%D9%A3",
    ],
)
def test_dates_and_pages_out_of_range_are_clamped(demo_app, url):
    response = send(demo_app, url)
    assert response.status_code == 200, response.status


def test_date_param_keeps_days_that_datetime_can_shift():
    assert date_param("9999-12-31") == LAST_DAY
    assert date_param("0001-01-01") == FIRST_DAY
    assert date_param(" 2026-11-28 ") == date(2026, 11, 28)
    assert date_param("2026-13-01") is None
    assert date_param("") is None


def test_int_param_reads_ascii_digits_only_and_never_converts_300_digits():
    assert int_param("9" * 300) == MAX_PAGE
    assert int_param("١٢") is None  # Arabic-Indic digits: str.isdigit says yes
    assert int_param("²") is None  # int() would raise
    assert int_param("-3") is None
    assert int_param("12") == 12
    assert int_param("12345", maximum=9999) == 9999


@pytest.mark.parametrize(("url", "language", "heading"), [
    ("/en/?q=%FF", "en", "The request could not be read"),
    ("/so-xay-dung/ja/search?q=%ED%A0%80", "ja", None),
    ("/?q=%FF", "vi", UNREADABLE),
])  # fmt: skip
def test_the_400_page_is_in_the_language_of_the_version_asked_for(demo_app, url, language, heading):
    page = TestApp(demo_app).get(url, status=400)
    assert f'<html lang="{language}"' in page.text
    if heading:
        assert heading in page.text
