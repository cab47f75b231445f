"""Mail about workflow steps: the Approvers learn what waits for them, the author what became of it.

Whom to tell is in ``workflows.zcml`` (a transition's ``notify`` roles). The
recipients are the people holding those roles on the item: granted on it or
above it (to them or to one of their groups), or, for ``Owner``, its authors.
Global role holders are not mailed for every portal's items: their work
comes through the "My work" page. The mail subscribes to
:class:`~hpportal.core.events.ObjectTransitioned` (the workflow knows nothing
of it) and goes through the outbox: it is sent only if the step commits, and a
mail server that is down delays it, never undoes the step.
"""

from __future__ import annotations

from hpportal.core.events import ObjectTransitioned
from hpportal.core.i18n import _
from hpportal.core.mail import MailNotSent, public_url, send_mail
from hpportal.core.portal import find_portal, find_site
from hpportal.core.security import OWNER, effective_local_roles


def users_of(principal_ids, principals) -> list:
    """The active users standing behind ``user:…`` and ``group:…`` principals (group members expanded)."""
    found: dict[str, object] = {}
    for principal in principal_ids:
        kind, _sep, ident = principal.partition(":")
        if kind == "user":
            user = principals.get(ident)
            if user is not None:
                found[user.id] = user
        elif kind == "group":
            group = principals.get_group(ident)
            if group is not None:
                for user in principals.members_of(group):
                    found[user.id] = user
    return [user for user in found.values() if user.active]


def holders(obj, roles, principals) -> list:
    """Active users holding any of ``roles`` on ``obj`` (Owner: granted on ``obj`` itself only)."""
    wanted = set(roles)
    granted_to = [
        principal
        for principal, granted in (getattr(obj, "local_roles", None) or {}).items()
        if OWNER in wanted and OWNER in granted
    ]
    others = wanted - {OWNER}
    if others:
        for _node, grants in effective_local_roles(obj):
            granted_to += [principal for principal, granted in grants.items() if others.intersection(granted)]
    return users_of(granted_to, principals)


def notify_transition(request, obj, transition: dict, entry, roles) -> list[str]:
    """Queue mail to the holders of ``roles`` on ``obj`` about ``entry``; return the addresses."""
    site = find_site(obj)
    actor_id = entry.actor_id
    recipients = [u for u in holders(obj, roles, site.principals) if u.id != actor_id and u.email]
    if not recipients:
        return []
    translate = request.localizer.translate
    link = request.resource_url(obj, app_url=public_url(request))
    portal = find_portal(obj) or site
    mapping = {
        "title": obj.title,
        "actor": entry.actor or "—",
        "action": translate(_(transition.get("title") or transition["name"])),
        "portal": portal.title,
    }
    subject = translate(_("[${portal}] ${action}: “${title}”", mapping=mapping))
    lines = [
        translate(_("${actor} chose “${action}” on “${title}” (${portal}).", mapping=mapping)),
    ]
    if entry.comment:
        lines += ["", translate(_("Comment:")), entry.comment]
    lines += ["", translate(_("Open it: ${link}", mapping={"link": link})), ""]
    lines.append(translate(_("This message was sent automatically by the portal; please do not reply.")))
    body = "\n".join(lines)
    addresses = [user.email for user in recipients]
    queued = []
    for address in addresses:
        try:
            send_mail(request, to=address, subject=subject, body=body)
        except MailNotSent as error:  # a wrong address on an account: the step stands, the actor is told
            message = _("No mail could be sent to ${address}: ${error}", mapping={"address": address, "error": error})
            request.session.flash(translate(message), "error")
        else:
            queued.append(address)
    return queued


def on_transition(event: ObjectTransitioned) -> None:
    """Tell the holders of the step's ``notify`` roles (workflows.zcml) that it was taken."""
    roles = [part.strip() for part in event.transition.get("notify", "").split(",") if part.strip()]
    if roles and event.request is not None:
        notify_transition(event.request, event.object, event.transition, event.entry, roles)


def includeme(config):
    config.add_subscriber(on_transition, ObjectTransitioned)
