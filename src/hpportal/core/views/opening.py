"""Opening a component portal to the public ("Mở cổng"): until then only its board sees it."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.events import LocalRolesModified, notify
from hpportal.core.i18n import _
from hpportal.core.portal import SubPortal
from hpportal.core.security import MANAGE_PORTAL


@view_config(context=SubPortal, name="open-portal", permission=MANAGE_PORTAL, request_method="POST")
def open_portal(context, request):
    """Its Site Manager opens it: the public sees what is published there, the city lists it, questions
    may be routed to it. Opening an open portal changes nothing."""
    if not context.opened:
        context.opened = True
        notify(request.registry, LocalRolesModified(context))  # who may view everything below it changes
        audit.record(request, audit.PORTAL_OPENED, resource_path(context), context.title)
        request.session.flash(
            request.localizer.translate(
                _("“${title}” is open to the public and listed on the city portal.", mapping={"title": context.title})
            )
        )
    return HTTPSeeOther(request.resource_url(context))
