"""Security headers on every response, and no inline script in any page or form the portal renders.

The Content-Security-Policy refuses inline scripts: every template, deform's included, must
load its scripts from files and carry widget options in data-* attributes.
"""

import json
import re
from pathlib import Path

import colander
import deform
import pytest
from bs4 import BeautifulSoup
from pyramid.response import Response
from pyramid.testing import DummyRequest
from webtest import TestApp

import hpportal
from hpportal import testing
from hpportal.core.folder import Folder
from hpportal.core.forms import DEFORM_SEARCH_PATH, DEFORM_STATIC
from hpportal.core.headers import add_security_headers
from hpportal.core.portal import ROOT_KEY

#: The specification: every response carries these.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
HSTS = "max-age=31536000; includeSubDomains"
HTTPS = {"wsgi.url_scheme": "https"}

PACKAGE = Path(hpportal.__file__).parent
DEFORM_TEMPLATES = Path(deform.__file__).parent / "templates"
OUR_DEFORM_TEMPLATES = PACKAGE / "core" / "deform_templates"
#: A script element without a src: code, unless it is data (JSON-LD, which browsers never run).
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)(?![^>]*\stype=\"application/ld\+json\")[^>]*>", re.IGNORECASE)
DATA_SCRIPT = "application/ld+json"
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)


def assert_security_headers(response, *, https=False):
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, f"{name} on {response.request.url} ({response.status})"
    if https:
        assert response.headers.get("Strict-Transport-Security") == HSTS
    else:
        assert "Strict-Transport-Security" not in response.headers


def assert_no_inline_script(html: str, where: str) -> None:
    """No <script> without src (but JSON data), no on...= handler, no javascript: URL."""
    assert not INLINE_SCRIPT.search(html), f"inline <script> in {where}: {INLINE_SCRIPT.search(html).group(0)}"
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        handlers = [name for name in tag.attrs if name.lower().startswith("on")]
        assert not handlers, f"event handler {handlers} on <{tag.name}> in {where}"
        for name in ("href", "src", "action", "formaction"):
            assert not str(tag.get(name, "")).strip().lower().startswith("javascript:"), f"javascript: URL in {where}"
        if tag.name == "script" and tag.get("type") == DATA_SCRIPT:
            body = (tag.string or "").strip()
            assert body.startswith("${structure:") or json.loads(body), f"JSON-LD in {where} is data"
        elif tag.name == "script":
            assert tag.get("src") and not tag.string, f"<script> with a body in {where}"
    assert not EVENT_HANDLER.search(html), f"event handler in {where}: {EVENT_HANDLER.search(html).group(0)}"


# -- every kind of response --------------------------------------------------------------------------


def test_the_home_page_has_the_headers(testapp):
    assert_security_headers(testapp.get("/", status=200))


def test_a_not_found_page_has_the_headers(testapp):
    assert_security_headers(testapp.get("/khong-co-trang-nay/", status=404))


def test_a_forbidden_page_has_the_headers(testapp):
    assert_security_headers(testapp.post("/contents", {"delete": "1", "selected": "x"}, status=403))


def test_the_login_redirect_has_the_headers(testapp):
    response = testapp.get("/contents", status=303)
    assert "/login" in response.location
    assert_security_headers(response)


def test_the_refused_post_without_csrf_token_has_the_headers(admin_app):
    assert_security_headers(admin_app.post("/add?type=Section", {"title": "Không có mã"}, status=400))


def test_a_static_file_has_the_headers(testapp):
    assert_security_headers(testapp.get("/static/portal.css", status=200))
    assert_security_headers(testapp.get(f"/{DEFORM_STATIC}/scripts/deform.js", status=200))
    assert_security_headers(testapp.get("/static/forms.js", status=200))


def test_a_form_page_and_its_redirect_after_saving_have_the_headers(admin_app):
    page = admin_app.get("/add?type=Section", status=200)
    assert_security_headers(page)
    form = page.forms["add-form"]
    form["title"] = "Thông báo"
    saved = form.submit("save", status=303)
    assert_security_headers(saved)
    assert_security_headers(saved.follow())


def test_a_page_from_the_page_cache_has_the_headers(app_settings, tmp_path):
    # app_settings copied the basic portal into tmp_path / "var"; the same database, with the cache on.
    app = testing.make_app(testing.settings_for(tmp_path / "var", **{"hpportal.page_cache_size": "100"}))
    try:
        anonymous = TestApp(app)
        anonymous.get("/")
        cached = anonymous.get("/")
        assert cached.headers["X-Cache"] == "hit"
        assert_security_headers(cached)
        # The cache is keyed by scheme and host, and HSTS is decided per request, never cached.
        anonymous.get("/", extra_environ=HTTPS)
        cached_https = anonymous.get("/", extra_environ=HTTPS)
        assert cached_https.headers["X-Cache"] == "hit"
        assert_security_headers(cached_https, https=True)
        assert_security_headers(anonymous.get("/"))
    finally:
        testing.database(app).close()


def test_hsts_only_over_https(testapp):
    assert_security_headers(testapp.get("/"))
    assert_security_headers(testapp.get("/", extra_environ=HTTPS), https=True)
    assert_security_headers(testapp.get("/khong-co/", extra_environ=HTTPS, status=404), https=True)
    assert_security_headers(testapp.get("/static/portal.css", extra_environ=HTTPS), https=True)


def test_a_header_a_view_set_on_purpose_is_kept():
    response = Response("x", headers={"Content-Security-Policy": "sandbox", "X-Frame-Options": "SAMEORIGIN"})
    request = DummyRequest()
    request.scheme = "https"
    add_security_headers(request, response)
    assert response.headers["Content-Security-Policy"] == "sandbox"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Referrer-Policy"] == HEADERS["Referrer-Policy"]
    assert response.headers["Strict-Transport-Security"] == HSTS
    assert response.headers.getall("Content-Security-Policy") == ["sandbox"]


# -- no inline script ---------------------------------------------------------------------------------


def all_templates():
    return sorted(PACKAGE.rglob("*.pt"))


@pytest.mark.parametrize("template", all_templates(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_template_has_an_inline_script(template):
    assert_no_inline_script(template.read_text(encoding="utf-8"), str(template.relative_to(PACKAGE)))


def test_every_deform_template_with_a_script_is_overridden_without_it():
    scripted = {
        path.name
        for path in DEFORM_TEMPLATES.glob("*.pt")
        if INLINE_SCRIPT.search(path.read_text()) or EVENT_HANDLER.search(path.read_text())
    }
    assert scripted >= {"richtext.pt", "datetimeinput.pt", "form.pt", "sequence.pt", "sequence_item.pt"}
    overridden = {path.name for path in OUR_DEFORM_TEMPLATES.glob("*.pt")}
    assert scripted <= overridden, f"deform templates with inline scripts not overridden: {scripted - overridden}"
    assert DEFORM_SEARCH_PATH[0] == str(OUR_DEFORM_TEMPLATES)


class Item(colander.MappingSchema):
    name = colander.SchemaNode(colander.String(), widget=deform.widget.TextInputWidget(mask="999-999"))


class Items(colander.SequenceSchema):
    item = Item()


class EveryScriptedWidget(colander.MappingSchema):
    """One field per deform widget whose template ships a script."""

    masked = colander.SchemaNode(colander.String(), widget=deform.widget.TextInputWidget(mask="99/99/9999"))
    checked = colander.SchemaNode(colander.String(), widget=deform.widget.CheckedInputWidget(mask="9999"))
    money = colander.SchemaNode(colander.Decimal(), widget=deform.widget.MoneyInputWidget(options={"allowZero": True}))
    suggested = colander.SchemaNode(colander.String(), widget=deform.widget.AutocompleteInputWidget(values=["a"]))
    select2 = colander.SchemaNode(
        colander.String(), widget=deform.widget.Select2Widget(values=[("a", "A")], placeholder="…")
    )
    selectize = colander.SchemaNode(colander.String(), widget=deform.widget.SelectizeWidget(values=[("a", "A")]))
    day = colander.SchemaNode(colander.Date(), widget=deform.widget.DateInputWidget())
    hour = colander.SchemaNode(colander.Time(), widget=deform.widget.TimeInputWidget())
    when = colander.SchemaNode(colander.DateTime(), widget=deform.widget.DateTimeInputWidget())
    body = colander.SchemaNode(colander.String(), widget=deform.widget.RichTextWidget(options={"height": 300}))
    items = Items(widget=deform.widget.SequenceWidget(orderable=True, min_len=1))


def test_every_scripted_widget_renders_without_inline_script_and_with_its_options():
    renderer = deform.ZPTRendererFactory(DEFORM_SEARCH_PATH)
    form = deform.Form(EveryScriptedWidget(), renderer=renderer, use_ajax=True, ajax_options='{"type": "POST"}')
    html = form.render()
    assert_no_inline_script(html, "a form of every scripted widget")
    soup = BeautifulSoup(html, "html.parser")
    kinds = {tag["data-deform-widget"] for tag in soup.find_all(attrs={"data-deform-widget": True})}
    assert kinds == {
        "ajax-form", "mask", "money", "typeahead", "select2", "selectize",
        "pickadate", "pickatime", "richtext", "sequence",
    }  # fmt: skip
    assert soup.find("form")["data-ajax-options"] == '{"type": "POST"}'
    richtext = soup.find(attrs={"data-deform-widget": "richtext"})
    assert richtext["data-tinymce-options"] == '{"promotion": false, "height": 300}'
    assert soup.find(attrs={"name": "masked"})["data-mask"] == "99/99/9999"
    assert soup.find(attrs={"name": "date"})["data-pickadate-options"].startswith('{"format": "yyyy-mm-dd"')
    # jQuery's .data(name) reads data-<name> attributes, and the plugins keep their instance there:
    # data-pickadate="{...}" would make pickadate believe it is already set up.
    plugin_data = {"data-pickadate", "data-pickatime", "data-select2", "data-selectize", "data-typeahead"}
    for tag in soup.find_all(True):
        assert not plugin_data & set(tag.attrs), f"<{tag.name}> shadows a plugin's data: {plugin_data & set(tag.attrs)}"


def test_every_add_and_edit_form_of_every_content_type_has_no_inline_script(app, admin_app):
    types = app.registry.content_types
    containers = {"/": "Portal"}
    # The sections every portal is given (a capability's section may have no add form of its own).
    containers.update(testing.read_site(app, lambda site: {
        f"/{name}/": child.type_info.name for name, child in site.items()
        if isinstance(child, Folder) and getattr(child, "type_info", None) is not None
    }))  # fmt: skip
    checked_add, checked_edit = set(), set()
    assert_no_inline_script(admin_app.get("/edit").text, "the portal's edit form")
    progress = True
    while progress:
        progress = False
        for path, container_type in list(containers.items()):
            for info in types:
                if container_type not in info.addable_to or info.name in checked_add or info.schema is None:
                    continue
                page = admin_app.get(f"{path}add?type={info.name}", status=200)
                assert "add-form" in page.forms
                assert_no_inline_script(page.text, f"the add form of {info.name}")
                checked_add.add(info.name)
                name = f"thu-{info.name.lower()}"

                def create(root, registry, info=info, path=path, name=name):
                    folder = root[ROOT_KEY]
                    for step in path.strip("/").split("/"):
                        folder = folder[step] if step else folder
                    folder.add(
                        name, registry.content_types.create(info.name, title=f"Thử {info.name}"), registry=registry
                    )

                testing.populate(app, create)
                page = admin_app.get(f"{path}{name}/edit", status=200)
                assert_no_inline_script(page.text, f"the edit form of {info.name}")
                checked_edit.add(info.name)
                if issubclass(info.factory, Folder):
                    containers[f"{path}{name}/"] = info.name
                progress = True
    with_forms = {info.name for info in types if info.schema is not None and info.addable_to}
    assert checked_add == with_forms
    assert checked_edit == with_forms
    assert {"Section", "NewsArticle", "Page", "Link", "File", "Image", "SubPortal"} <= checked_add


def test_the_article_form_carries_the_tinymce_options_and_loads_forms_js_last(admin_app):
    page = admin_app.get("/add?type=NewsArticle")
    soup = BeautifulSoup(page.text, "html.parser")
    body = soup.find("textarea", attrs={"name": "body"})
    assert body["data-deform-widget"] == "richtext"
    assert '"plugins": "lists link table"' in body["data-tinymce-options"]
    scripts = [tag["src"].split("?")[0] for tag in soup.find_all("script")]  # static URLs carry a cache-busting token
    assert scripts[-1] == "/static/forms.js"
    assert scripts.index(f"/{DEFORM_STATIC}/tinymce/tinymce.min.js") < scripts.index("/static/forms.js")
    assert scripts.index(f"/{DEFORM_STATIC}/scripts/deform.js") < scripts.index("/static/forms.js")


def test_the_check_finds_inline_scripts_and_handlers():
    for html in ("<script>deform.load()</script>", '<a href="#" onclick="go()">x</a>', '<a href="javascript:go()">'):
        with pytest.raises(AssertionError):
            assert_no_inline_script(html, "a sample")
    assert_no_inline_script('<script src="/static/forms.js"></script><p>one=1</p>', "a sample")


def test_pages_people_see_have_no_inline_script(testapp, admin_app):
    for browser, urls in (
        (testapp, ("/", "/login", "/search?q=hai+phong", "/khong-co/")),
        (admin_app, ("/", "/contents", "/search?q=hai+phong", "/add?type=Section")),
    ):
        for url in urls:
            page = browser.get(url, status="*")
            assert_no_inline_script(page.text, url)
