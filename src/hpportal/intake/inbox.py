"""What the board's inbox does: file an item, import an edXML package, accept an item, forward it.

Everything is checked and built before anything is added, so a refusal leaves nothing behind. Legal documents
and articles are made through the content registry (``LegalDocument``, ``NewsArticle``): the intake knows those
types by name only.
"""

from __future__ import annotations

import html
import io
from datetime import UTC, datetime

from pyramid.traversal import resource_path
from repoze.catalog.query import Any, Eq

from hpportal.core import clock
from hpportal.core.calendar import office_calendar
from hpportal.core.catalog.catalog import PATH, TYPE, UID, resolve
from hpportal.core.i18n import _
from hpportal.core.media import UploadRefused
from hpportal.core.portal import find_portal, find_site
from hpportal.core.workflow import force_state, state_of
from hpportal.intake import edxml, indexes, signatures
from hpportal.intake.models import EDXML, ELECTRONIC, WAITING, Inbox, IntakeFile, IntakeItem, names_portal, portal_names

DOCUMENTS_SECTION = "van-ban"  # the Văn bản section of every portal (hpportal.legaldocs)
DOCUMENT_TYPE = "LegalDocument"
ARTICLE_TYPE = "NewsArticle"
PDF = "application/pdf"
#: The files a legal document takes (its own check refuses others): the rest stay on the item only.
DOCUMENT_FILE_SUFFIXES = (".pdf", ".doc", ".docx", ".odt")


def by_uid(site, uid: str):
    if not uid or site.catalog is None:
        return None
    _total, docids = site.catalog.query(Eq(UID, uid), limit=1)
    return next(resolve(site.catalog, site, docids), None)


def item_name(inbox, item: IntakeItem) -> str:
    stamp = (item.received or clock.now()).astimezone(UTC).strftime("%Y%m%d")
    return inbox.unique_name(f"{stamp}-{item.title[:60]}", fallback="muc")


def counted_from(registry, channel: str, arrived: datetime) -> datetime:
    """When an item counts as received: electronic channels at arrival, paper from the next opening."""
    return office_calendar(registry).received_at(arrived, electronic=channel in ELECTRONIC)


def signatures_of(data: bytes, registry) -> tuple[dict, ...] | None:
    """The signatures of a PDF, verified now against the portal's trust roots, as the item keeps them (plain
    values; a problem as its message and mapping, translated when shown); ``None`` when the PDF cannot be read."""
    try:
        reports = signatures.verify(data, signatures.trust_roots_of(registry.settings))
    except signatures.UnreadablePdf:
        return None
    return tuple(
        {
            "signer": report.signer,
            "signed_at": report.signed_at,
            "intact": report.intact,
            "changed": report.changed,
            "trusted": report.trusted,
            "problem": str(report.problem),
            "mapping": dict(getattr(report.problem, "mapping", None) or {}),
        }
        for report in reports
    )


def file_item(inbox: Inbox, item: IntakeItem, files: list[tuple[str, bytes]], registry) -> IntakeItem:
    """Add ``item`` with ``files`` (name, bytes) to ``inbox``; :class:`UploadRefused` (naming the file) adds nothing.

    The signatures of each PDF are verified as it is received (Art. 6.1(a): digitally signed documents).
    """
    for filename, data in files:
        holder = IntakeFile()
        try:
            holder.upload(io.BytesIO(data), filename)
        except UploadRefused as refused:
            raise UploadRefused(
                _("The file ${file} was refused: ${reason}", mapping={"file": filename, "reason": refused.message}),
                field="attachments",
            ) from None
        if holder.mimetype == PDF:
            holder.signatures = signatures_of(data, registry)
        item.add(
            item.unique_name(holder.filename.rsplit(".", 1)[0], fallback="tep"),
            holder,
            registry=None,
            send_events=False,
        )
    inbox.add(item_name(inbox, item), item, registry=registry)
    return item


def earlier_item(inbox: Inbox, document_id: str):
    """The item of this inbox with that edXML DocumentId (the first received), or ``None``."""
    site = find_site(inbox)
    query = Eq(indexes.DOCUMENT_ID, document_id) & Any(PATH, [resource_path(inbox)]) & Eq(TYPE, "IntakeItem")
    _total, docids = site.catalog.query(query, sort_index=indexes.RECEIVED, limit=1)
    return next(resolve(site.catalog, site, docids), None)


def _envelope(package: edxml.Package) -> dict[str, str]:
    """What the envelope said, for the item's page (field -> text)."""
    values = {
        "From/OrganId": package.organ_id,
        "From/OrganName": package.organ_name,
        "From/OrganizationInCharge": package.organ_in_charge,
        "DocumentId": package.document_id,
        "Code": package.number,
        "PromulgationInfo/Place": package.place,
        "PromulgationInfo/PromulgationDate": package.promulgated.isoformat() if package.promulgated else "",
        "DocumentType/TypeName": package.type_name,
        "SignerInfo": " — ".join(filter(None, (package.signer_competence, package.signer_position, package.signer))),
        "DueDate": package.due.isoformat() if package.due else "",
        "ToPlaces": "\n".join(package.to_places),
        "BussinessDocType": package.business_type,
        "BussinessDocReason": package.business_reason,
    }
    return {key: value for key, value in values.items() if value}


def _document_values(package: edxml.Package) -> dict:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in package.content.splitlines() if line.strip())
    return {
        "number": package.number,
        "form": package.type_name,
        "issuer": package.organ_name,
        "description": package.subject,
        "signer": package.signer,
        "signer_position": package.signer_position,
        "place": package.place or "Hải Phòng",
        "issued": package.promulgated,
        "recipients": "\n".join(package.to_places),
        "body": body,
    }


def _prepare_document(registry, package: edxml.Package):
    """A legal document filled in from ``package``, with its files, not yet added (nothing sent, nothing kept)."""
    doc = registry.content_types.create(DOCUMENT_TYPE, **_document_values(package))
    signed = False
    for attachment in package.attachments:
        if not attachment.name.lower().endswith(DOCUMENT_FILE_SUFFIXES):
            continue
        is_pdf = attachment.data.startswith(b"%PDF")
        field = "signed_file" if is_pdf and not signed else "attachment"
        signed = signed or field == "signed_file"
        try:
            doc.receive_upload(field, io.BytesIO(attachment.data), attachment.name)
        except UploadRefused as refused:
            raise edxml.PackageRefused(
                _(
                    "The file ${file} was refused: ${reason}",
                    mapping={"file": attachment.name, "reason": refused.message},
                )
            ) from None
    return doc


def import_package(inbox: Inbox, data: bytes, registry, *, creator: str | None = None) -> IntakeItem:
    """Import an edXML package into ``inbox``; :class:`edxml.PackageRefused` (naming the field) keeps nothing.

    When the package's Nơi nhận names the portal, a legal document filled in from it waits in the portal's
    Văn bản section as a draft, linked both ways with the item.
    """
    package = edxml.parse(data)
    earlier = None
    if package.business_type != edxml.NEW:
        earlier = earlier_item(inbox, package.document_id)
        if earlier is None:
            raise edxml.PackageRefused(
                _(
                    "No earlier document with the DocumentId ${id} was received: the revocation, update or "
                    "replacement (BussinessDocType ${type}) has nothing to apply to.",
                    mapping={"id": package.document_id, "type": package.business_type},
                )
            )
    now = clock.now()
    item = IntakeItem(
        title=package.subject[:500],
        channel=EDXML,
        sender=package.organ_name,
        sender_id=package.organ_id,
        sender_address=package.organ_address,
        sender_contact=package.contact,
        arrived=now,
        received=counted_from(registry, EDXML, now),
        body=package.content,
        document_id=package.document_id,
        business_type=package.business_type,
        envelope=_envelope(package),
        creator=creator,
    )
    files = [(a.name, a.data) for a in package.attachments]
    portal = find_portal(inbox)
    section = portal.get(DOCUMENTS_SECTION)
    offered = None
    reusable = _draft_result(earlier) if earlier is not None and package.business_type != edxml.REVOKE else None
    if package.business_type != edxml.REVOKE and reusable is None and section is not None:
        if names_portal(package.to_places, portal_names(portal, inbox)):
            offered = _prepare_document(registry, package)
    try:
        file_item(inbox, item, files, registry)
    except UploadRefused as refused:
        raise edxml.PackageRefused(refused.message) from None
    if offered is not None:
        offered.creator = creator
        offered.source_uid = item.uid
        section.add(section.unique_name(offered.title, fallback="van-ban"), offered, registry=registry)
        item.result_uid = offered.uid
    if earlier is not None:
        _apply_business(earlier, item, package, reusable, registry)
    return item


def _draft_result(earlier: IntakeItem):
    """The legal document offered for ``earlier`` while it is still a draft (an update fills it again)."""
    doc = by_uid(find_site(earlier), earlier.result_uid)
    return doc if doc is not None and state_of(doc) == "draft" else None


def _apply_business(earlier: IntakeItem, item: IntakeItem, package, reusable, registry) -> None:
    """A revocation sets the earlier item aside; an update or replacement fills its draft document again."""
    item.related_uid = earlier.uid
    earlier.related_uid = item.uid
    reason = package.business_reason or str(edxml.BUSINESS_TYPES[package.business_type])
    if state_of(earlier) in WAITING:
        force_state(
            earlier, "rejected", registry=registry, comment=f"BussinessDocType {package.business_type}: {reason}"
        )
    if reusable is not None:
        for name, value in _document_values(package).items():
            setattr(reusable, name, value)
        reusable.source_uid = item.uid
        item.result_uid = reusable.uid
        reusable.touch()


def record_result(item: IntakeItem, target) -> None:
    """Link ``item`` and what it became both ways."""
    item.result_uid = target.uid
    target.source_uid = item.uid


def forward_targets(inbox: Inbox) -> list[Inbox]:
    """Where a board may forward: the city's to each component portal's, a component portal's to the city's."""
    site = find_site(inbox)
    if find_portal(inbox) is site:
        return [
            p[inbox.__name__]
            for p in site.values()
            if getattr(p, "is_portal", False) and isinstance(p.get(inbox.__name__), Inbox)
        ]
    city = site.get(inbox.__name__)
    return [city] if isinstance(city, Inbox) else []


def forward(item: IntakeItem, target: Inbox, registry) -> IntakeItem:
    """A copy of ``item`` (its files too) as a new item of ``target``, linked both ways."""
    copy = IntakeItem(
        title=item.title,
        channel=item.channel,
        sender_kind=item.sender_kind,
        sender=item.sender,
        sender_id=item.sender_id,
        sender_address=item.sender_address,
        sender_contact=item.sender_contact,
        arrived=item.arrived,
        received=item.received,
        body=item.body,
        document_id=item.document_id,
        business_type=item.business_type,
        envelope=dict(item.envelope),
        forwarded_from=item.uid,
    )
    files = []
    for holder in item.files():
        with holder.open() as fp:
            files.append((holder.filename, fp.read()))
    file_item(target, copy, files, registry)
    item.forwarded_to = copy.uid
    return copy
