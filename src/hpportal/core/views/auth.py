"""Log in and log out."""

from __future__ import annotations

from urllib.parse import urlparse

import colander
import deform
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.security import forget, remember
from pyramid.view import view_config

from hpportal.core.forms import make_form
from hpportal.core.i18n import _
from hpportal.core.portal import Portal


class LoginSchema(colander.MappingSchema):
    login = colander.SchemaNode(colander.String(), title=_("Login name"), validator=colander.Length(1, 100))
    password = colander.SchemaNode(
        colander.String(), title=_("Password"), widget=deform.widget.PasswordWidget(), validator=colander.Length(1, 500)
    )
    came_from = colander.SchemaNode(colander.String(), widget=deform.widget.HiddenWidget(), missing="")


def safe_came_from(request, url: str) -> str:
    """Only ever send the user back into this portal after login."""
    target = urlparse(url or "")
    here = urlparse(request.application_url)
    if url and target.netloc in ("", here.netloc) and target.scheme in ("", here.scheme) and url != request.url:
        if not target.path.rstrip("/").endswith("/login"):
            return url
    return request.application_url + "/"


def _login_form(request):
    button = deform.Button("log_in", _("Log in"), css_class="btn-primary")
    return make_form(request, LoginSchema(), buttons=(button,), action=request.resource_url(request.root, "login"))


@view_config(context=Portal, name="login", renderer="hpportal:core/templates/login.pt", require_csrf=True)
def login(context, request):
    form = _login_form(request)
    came_from = request.params.get("came_from", "")
    error = None
    if request.method == "POST":
        try:
            data = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "error": None}
        user = context.principals.authenticate(data["login"], data["password"])
        if user is not None:
            headers = remember(request, user.id)
            target = safe_came_from(request, data["came_from"])
            return HTTPSeeOther(target, headers=headers)
        error = _("The login name or password is not correct.")
        came_from = data["came_from"]
    request.response.cache_control.no_store = True
    appstruct = {"came_from": came_from, "login": request.POST.get("login", "")}
    return {"form": form.render(appstruct), "error": error}


@view_config(context=Portal, name="logout", request_method="POST")
def logout(context, request):
    headers = forget(request)
    return HTTPSeeOther(request.resource_url(context), headers=headers)
