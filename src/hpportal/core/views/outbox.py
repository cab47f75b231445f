"""Thư đi: the Administrators' view of the outbox — what waits for the mail server, what failed — and retry."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPSeeOther
from pyramid.view import view_config

from hpportal.core import audit
from hpportal.core.i18n import _
from hpportal.core.mail import outbox_of
from hpportal.core.portal import Portal
from hpportal.core.security import MANAGE_SYSTEM


@view_config(context=Portal, name="outbox", permission=MANAGE_SYSTEM, renderer="hpportal:core/templates/outbox.pt")
def outbox_page(context, request):
    """Every message waiting or failed, with its attempts and the server's last answer; "send again" for each."""
    outbox = outbox_of(request.registry)
    request.response.cache_control.no_store = True
    if request.method == "POST":
        translate = request.localizer.translate
        names = [letter.name for letter in outbox.letters()]
        chosen = request.POST.get("retry", "")
        wanted = names if chosen == "*" else [chosen] if chosen in names else []
        for name in wanted:
            letter = outbox.letter(name)
            if letter is not None and outbox.retry(name):
                audit.record(request, audit.MAIL_RETRIED, letter.to, letter.subject)
        if wanted:
            # Tried once the page's transaction has committed (the audit entries with it).
            request.tm.get().addAfterCommitHook(lambda committed: committed and outbox.send(wanted))
            request.session.flash(translate(_("Sent again: ${count} messages.", mapping={"count": len(wanted)})))
        return HTTPSeeOther(request.resource_url(context, "outbox"))
    letters = outbox.letters()
    return {
        "waiting": [letter for letter in letters if not letter.failed],
        "failed": [letter for letter in letters if letter.failed],
    }


def outbox_links(request) -> list[tuple[str, str]]:
    """The user menu's "Outgoing mail" link for Administrators, with how many failed when some did."""
    site = request.root
    if not isinstance(site, Portal) or not request.has_permission(MANAGE_SYSTEM, site):
        return []
    _waiting, failed = outbox_of(request.registry).counts()
    title = _("Outgoing mail (${count} failed)", mapping={"count": failed}) if failed else _("Outgoing mail")
    return [(title, request.resource_url(site, "outbox"))]
