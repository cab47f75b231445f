"""Form helpers: deform set-up, CSRF, the form page, rich-text sanitising, the temporary upload store."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import colander
import deform
from pyramid.csrf import get_csrf_token
from pyramid.i18n import get_localizer
from pyramid.interfaces import ICSRFStoragePolicy
from pyramid.threadlocal import get_current_request

from hpportal.core.formaccess import AccessibleRenderer
from hpportal.core.i18n import _
from hpportal.core.richtext import sanitize_html
from hpportal.core.uploads import TMP_STORE as _DISK_STORE
from hpportal.core.uploads import UploadWidget as UploadWidget


class RichText(colander.String):
    """A string of HTML, sanitised as it is deserialised (the model sanitises it again as it is stored)."""

    def deserialize(self, node, cstruct):
        value = super().deserialize(node, cstruct)
        return sanitize_html(value) if value else value


def rich_text_widget():
    return deform.widget.RichTextWidget(
        delayed_load=False,
        options=(
            ("menubar", False),
            ("height", 400),
            ("plugins", "lists link table"),
            # The plugins' buttons: TinyMCE's default toolbar shows none of them. Headings as buttons, not
            # the "blocks" menu, whose name ("Blocks") is not the text it shows (WCAG 2.5.3).
            ("toolbar", "undo redo | h2 h3 blockquote | bold italic | bullist numlist | link table | removeformat"),
            # No status bar: its element path and resize handle carry ARIA attributes their roles do not allow.
            ("statusbar", False),
        ),
    )


# Temporary uploads live on disk, with an expiry (core/uploads.py).
TMP_STORE = _DISK_STORE


#: Why a form's token was refused; the form comes back with what was typed.
CSRF_REFUSED = _(
    "For your security the form could not be accepted (it was open too long, or sent from another site). "
    "What you typed is kept: check it and send it again."
)


class CSRFWidget(deform.widget.HiddenWidget):
    """The token field: always a fresh token (never the one sent back), and the reason it was refused."""

    template = "csrf"

    def __init__(self, request, **kw):
        super().__init__(**kw)
        self.request = request

    def serialize(self, field, cstruct, **kw):
        return super().serialize(field, get_csrf_token(self.request), **kw)

    def deserialize(self, field, pstruct):
        return "" if pstruct is colander.null else pstruct  # a missing token is checked too


def csrf_node(request) -> colander.SchemaNode:
    """The hidden CSRF field, checked as part of the form (core/csrf.py says which tokens are valid).

    A refused token is a validation error like any other: the form comes back with what was typed
    and a new token, so sending it again works. A view whose form is made by :func:`make_form` may
    therefore declare ``require_csrf=False`` (every anonymous form does: nothing is lost when a token
    has expired); the others keep Pyramid's check before the view as well.
    """

    def check(node, value):
        if not request.registry.getUtility(ICSRFStoragePolicy).check_csrf_token(request, value or ""):
            raise colander.Invalid(node, CSRF_REFUSED)

    return colander.SchemaNode(
        colander.String(allow_empty=True),  # an empty token is checked (and refused), not skipped
        name="csrf_token",
        widget=CSRFWidget(request),
        missing="",
        validator=check,
    )


def make_form(request, schema, *, buttons=None, action="", **kw) -> deform.Form:
    """A deform form with the CSRF field, bound to ``request``."""
    schema = schema.clone()
    schema.children.insert(0, csrf_node(request))
    schema = schema.bind(request=request, context=request.context)
    buttons = buttons or (deform.Button("save", _("Save"), css_class="btn-primary"),)
    # No autofocus: it would skip the instructions above the form (and two forms would fight for it).
    kw.setdefault("focus", "off")
    return deform.Form(schema, buttons=buttons, action=action, **kw)


def with_errors(form: deform.Form, errors: dict, message="") -> str:
    """``form`` again with ``errors`` (field name -> message) on its fields and ``message`` above them.

    What was typed is kept: the form renders the values of its last ``validate``.
    """
    exc = colander.Invalid(form.schema, message)
    for field, text in errors.items():
        exc[field] = text
    form.widget.handle_error(form, exc)
    return form.render()


class FormPage:
    """A page with one form: shown on GET, validated on POST, shown again with its messages when invalid.

    ``page`` holds the page's other values; the form's html is its ``"form"``. Calling the page with
    ``submit`` returns the page (GET, or the form's own messages) or what ``submit(data)`` returns for valid
    data: a response, or :meth:`errors` / :meth:`again` / :meth:`show` when something is still wrong::

        page = FormPage(request, form, title=_("Change password"))

        def submit(data):
            if problem := check(data):
                return page.errors({"password": problem})
            ...
            return HTTPSeeOther(...)

        return page(submit)
    """

    def __init__(self, request, form: deform.Form, *, appstruct=colander.null, controls=None, **page):
        self.request = request
        self.form = form
        self.appstruct = appstruct  # what the form shows on GET
        self.controls = controls  # the posted fields to validate, when not all of request.POST
        self.page = page

    def __call__(self, submit):
        if self.request.method != "POST":
            return self.again(self.appstruct)
        controls = self.controls if self.controls is not None else self.request.POST.items()
        try:
            data = self.form.validate(controls)
        except deform.ValidationFailure as failure:
            return self.show(failure.render())
        return submit(data)

    def show(self, html, **values) -> dict:
        """The page with ``html`` for its form (None: no form) and ``values`` added or replaced."""
        return {**self.page, "form": html, **values}

    def again(self, appstruct=colander.null, **values) -> dict:
        """The page with the form filled with ``appstruct``."""
        return self.show(self.form.render(appstruct), **values)

    def errors(self, errors: dict, message="", **values) -> dict:
        """The page with the form as typed, ``errors`` on its fields and ``message`` above them."""
        return self.show(with_errors(self.form, errors, message), **values)


def form_resources(request, form: deform.Form) -> dict[str, list[str]]:
    """URLs of the scripts and stylesheets the form's widgets need (served locally from deform's static)."""
    needed = form.get_widget_resources()
    return {
        kind: [request.static_path(path if ":" in path else f"deform:static/{path}") for path in needed.get(kind, ())]
        for kind in ("js", "css")
    }


def _translator(term):
    request = get_current_request()
    if request is None:
        return term
    return get_localizer(request).translate(term)


#: Where deform looks for its templates: ours first. They are deform's own with each inline
#: ``<script>`` replaced by data-* attributes that ``static/forms.js`` reads (the CSP refuses inline scripts).
DEFORM_SEARCH_PATH = (
    str(Path(__file__).parent / "deform_templates"),
    str(Path(deform.__file__).parent / "templates"),
)

#: Where deform's static files are served, with its version in the path.
DEFORM_STATIC = f"deform_static/{version('deform')}"


def includeme(config):
    # deform's templates (ours first), translated through the request's localizer.
    # Wrapped to give the controls their ARIA state and the error summary its links (core/formaccess.py).
    renderer = deform.ZPTRendererFactory(DEFORM_SEARCH_PATH, translator=_translator)
    deform.Form.set_default_renderer(AccessibleRenderer(renderer, _translator))
    # deform's version is in the path: TinyMCE loads its plugins, skins and languages relative to its own
    # URL, so they are versioned too and may be cached for a year.
    config.add_static_view(DEFORM_STATIC, "deform:static", cache_max_age=365 * 24 * 3600)
