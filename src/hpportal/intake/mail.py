"""Mail to a board's address becomes an item of its inbox (REGULATION Art. 6.1(b)).

``hpportal intake-smtp`` (:mod:`hpportal.intake.smtp`) receives the mail and hands each message to the
running portal: ``mail-drop`` on the city portal files it in the inbox whose address it was sent to,
and answers only after the commit, so the sender's server is told "accepted" only then. ``mail-addresses``
tells the SMTP server which addresses to accept. Both need the intake secret (``X-Intake-Secret``).

A board's address is its inbox's ``address``, else the portal's contact email (the city's is
congthongtindientu@haiphong.gov.vn). Subjects and file names in RFC 2047/2231 are decoded; an HTML body
is sanitised as every rich text is; inline images are kept as files of the item.
"""

from __future__ import annotations

import email
import email.policy
from email.utils import parseaddr, parsedate_to_datetime

from pyramid.httpexceptions import HTTPForbidden
from pyramid.security import NO_PERMISSION_REQUIRED
from pyramid.view import view_config

from hpportal.core import clock
from hpportal.core.media import UploadRefused
from hpportal.core.portal import Portal, find_portal
from hpportal.core.richtext import sanitize_html
from hpportal.intake.drop import _secret_matches
from hpportal.intake.inbox import counted_from, file_item
from hpportal.intake.models import EMAIL, INBOX_NAME, PERSON, Inbox, IntakeItem

MAIL_DROP, MAIL_ADDRESSES = "mail-drop", "mail-addresses"
RECIPIENT_HEADER = "X-Intake-Recipient"
MAX_SUBJECT = 300


def inbox_address(inbox: Inbox) -> str:
    """The board's intake address: the inbox's own, else its portal's contact email (lower case)."""
    portal = find_portal(inbox)
    given = getattr(inbox, "address", "") or (getattr(portal, "contact", None) or {}).get("email", "")
    return given.strip().lower()


def addresses(site) -> dict[str, Inbox]:
    """address -> inbox, for the city's inbox and every component portal's."""
    found = {}
    for portal in (site, *(p for p in site.values() if getattr(p, "is_portal", False))):
        inbox = portal.get(INBOX_NAME)
        if isinstance(inbox, Inbox) and inbox_address(inbox):
            found.setdefault(inbox_address(inbox), inbox)
    return found


def _body(message) -> tuple[str, str]:
    """(text, html) of the message: the plain part, else the HTML part sanitised (its text kept too)."""
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    text = plain.get_content().strip() if plain is not None else ""
    clean = sanitize_html(html.get_content()) if html is not None else ""
    return text, clean


def _files(message) -> list[tuple[str, bytes]]:
    """The attachments and inline images, with their decoded names (RFC 2231 / 2047)."""
    found = []
    for number, part in enumerate(message.walk(), start=1):
        if part.is_multipart():
            continue
        name = part.get_filename()
        inline_image = part.get_content_maintype() == "image" and part.get("Content-ID")
        if not name and not inline_image:
            continue
        if not name:
            subtype = part.get_content_subtype()
            name = f"anh-{number}.{'jpg' if subtype == 'jpeg' else subtype}"
        found.append((name, part.get_payload(decode=True) or b""))
    return found


def item_of(data: bytes) -> tuple[IntakeItem, list[tuple[str, bytes]]]:
    """The item a mail makes (channel email) and its files."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    name, address = parseaddr(str(message.get("From", "")))
    text, html = _body(message)
    try:
        arrived = parsedate_to_datetime(str(message["Date"])) if message.get("Date") else clock.now()
    except (TypeError, ValueError):
        arrived = clock.now()
    subject = " ".join(str(message.get("Subject", "")).split())[:MAX_SUBJECT]
    item = IntakeItem(
        title=subject or address or "(không có tiêu đề)",
        channel=EMAIL,
        sender_kind=PERSON,
        sender=name or address,
        sender_contact=address,
        arrived=clock.now(),
        body=html or text,
    )
    item.sent = arrived  # the Date the sender's software wrote
    return item, _files(message)


@view_config(context=Portal, name=MAIL_ADDRESSES, permission=NO_PERMISSION_REQUIRED, renderer="json")
def mail_addresses(context, request):
    """The addresses the SMTP server accepts mail for (with the secret only)."""
    if not _secret_matches(request):
        raise HTTPForbidden()
    return {"addresses": sorted(addresses(context))}


@view_config(
    context=Portal, name=MAIL_DROP, request_method="POST", permission=NO_PERMISSION_REQUIRED, require_csrf=False,
    renderer="json",
)  # fmt: skip
def mail_drop(context, request):
    """One message for one address: 201 once filed (and committed), 404 for an address no board has, 422 refused."""
    if not _secret_matches(request):
        request.tm.doom()
        raise HTTPForbidden()
    inbox = addresses(context).get(request.headers.get(RECIPIENT_HEADER, "").strip().lower())
    if inbox is None:
        request.tm.doom()
        request.response.status = 404
        return {"refused": "no board has this address"}
    item, files = item_of(request.body)
    item.received = counted_from(request.registry, EMAIL, item.arrived)
    try:
        file_item(inbox, item, files, request.registry)
    except UploadRefused as refused:
        request.tm.doom()  # nothing of a refused message is kept
        request.response.status = 422
        return {"refused": request.localizer.translate(refused.message)}
    request.response.status = 201
    return {"path": request.resource_path(item), "title": item.title}
