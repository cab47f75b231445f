"""Default views of folders and error pages."""

from __future__ import annotations

from pyramid.exceptions import BadCSRFToken
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import exception_view_config, forbidden_view_config, notfound_view_config, view_config

from hpportal.core.app import PortalNotCreated
from hpportal.core.folder import Folder
from hpportal.core.security import VIEW
from hpportal.core.views.paging import Pager


@view_config(context=Folder, permission=VIEW, renderer="hpportal:core/templates/folder.pt")
def folder_view(context, request):
    pager = Pager(request, len(context), size=30)
    names = context.names_between(pager.offset, pager.offset + pager.size)
    items = [context[n] for n in names]
    items = [i for i in items if request.has_permission(VIEW, i)]
    return {"items": items, "pager": pager}


@forbidden_view_config(renderer="hpportal:core/templates/error.pt")
def forbidden(exc, request):
    if request.authenticated_userid is None and request.method == "GET" and hasattr(request, "root"):
        # Anonymous visitors are asked to log in, then brought back.
        return HTTPSeeOther(request.resource_url(request.root, "login", query={"came_from": request.url}))
    request.response.status = 403
    return {"status": 403}


@notfound_view_config(renderer="hpportal:core/templates/error.pt")
def notfound(exc, request):
    request.response.status = 404
    return {"status": 404}


@exception_view_config(BadCSRFToken, renderer="hpportal:core/templates/error.pt")
def bad_csrf(exc, request):
    request.response.status = 400
    return {"status": "csrf"}


@exception_view_config(PortalNotCreated, renderer="hpportal:core/templates/not_created.pt")
def not_created(exc, request):
    request.response.status = 503
    return {}
