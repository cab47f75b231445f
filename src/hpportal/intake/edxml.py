"""Reading an edXML package (QCVN 102:2016/BTTTT): the envelope's fields and its decoded attachments.

Elements are matched by local name in any order (implementations differ), under the edXML namespace or none;
``Bussiness`` and ``Business`` are both read. An attachment is base64, or base64 of a ZIP holding the file.
Everything that is refused raises :class:`PackageRefused` with a message naming the field.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from xml.etree import ElementTree

from hpportal.core.i18n import _

NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
#: Namespaces an element of the package may be in: edXML, XML-DSig (the signature), none.
KNOWN_NAMESPACES = frozenset({NAMESPACE, "http://www.w3.org/2000/09/xmldsig#", "http://www.w3.org/1999/xlink", ""})
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

NEW, REVOKE, UPDATE, REPLACE = "0", "1", "2", "3"
BUSINESS_TYPES = {
    NEW: _("New document"),
    REVOKE: _("Revocation of an earlier document"),
    UPDATE: _("Update of an earlier document"),
    REPLACE: _("Replacement of an earlier document"),
}


class PackageRefused(ValueError):
    """The package cannot be imported; ``message`` (a translation string) says which field and why."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass
class Attachment:
    name: str
    content_type: str
    description: str
    data: bytes


@dataclass
class Package:
    """What the envelope says, with the attachments decoded."""

    organ_id: str
    organ_name: str
    organ_in_charge: str = ""
    organ_address: str = ""
    email: str = ""
    telephone: str = ""
    website: str = ""
    document_id: str = ""
    code_number: str = ""
    code_notation: str = ""
    place: str = ""
    promulgated: date | None = None
    type_name: str = ""
    subject: str = ""
    content: str = ""
    signer: str = ""
    signer_position: str = ""
    signer_competence: str = ""
    due: date | None = None
    to_places: list[str] = field(default_factory=list)
    business_type: str = NEW
    business_reason: str = ""
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def number(self) -> str:
        """Số/ký hiệu: ``125/SXD-VP``."""
        return "/".join(filter(None, (self.code_number, self.code_notation)))

    @property
    def contact(self) -> str:
        return " · ".join(filter(None, (self.telephone, self.email, self.website)))


def _local(tag) -> tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""  # a comment or processing instruction
    if tag.startswith("{"):
        ns, _sep, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _children(element, *names: str) -> list:
    return [child for child in element if _local(child.tag)[1] in names]


def _child(element, *names: str):
    found = _children(element, *names) if element is not None else []
    return found[0] if found else None


def _text(element, *names: str) -> str:
    node = _child(element, *names) if names else element
    return " ".join((node.text or "").split()) if node is not None else ""


def _find(root, *names: str):
    """The first element anywhere under ``root`` with one of these local names."""
    for node in root.iter():
        if _local(node.tag)[1] in names:
            return node
    return None


def _date(value: str, name: str) -> date | None:
    """``2026/07/15`` (the VPCP samples), ``15/07/2026`` (Bkav), ``2026-07-15``; a time after it is ignored."""
    value = value.strip().split(" ")[0].split("T")[0]
    if not value:
        return None
    for pattern in ("%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise PackageRefused(
        _("The date in ${field} cannot be read: ${value}.", mapping={"field": name, "value": value[:40]})
    )


def _require(value: str, name: str) -> str:
    if not value:
        raise PackageRefused(_("The package lacks the required field ${field}.", mapping={"field": name}))
    return value


def parse(data: bytes) -> Package:
    """The package in ``data``; :class:`PackageRefused` when it is not well-formed, lacks a header field or an
    attachment does not decode."""
    if re.search(rb"<!DOCTYPE|<!ENTITY", data[:4096] + data[-4096:] if len(data) > 8192 else data):
        raise PackageRefused(_("The package is not well-formed XML: document type declarations are not accepted."))
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise PackageRefused(
            _("The package is not well-formed XML: ${problem}.", mapping={"problem": str(error)})
        ) from None
    namespace, name = _local(root.tag)
    if name != "edXML":
        raise PackageRefused(
            _("The package is not an edXML document: its root element is ${name}.", mapping={"name": name})
        )
    for node in root.iter():
        ns = _local(node.tag)[0]
        if ns not in KNOWN_NAMESPACES:
            raise PackageRefused(
                _(
                    "The element ${name} is in the namespace ${namespace}, not that of QCVN 102:2016 (${expected}).",
                    mapping={"name": _local(node.tag)[1], "namespace": ns, "expected": NAMESPACE},
                )
            )
    header = _find(root, "MessageHeader")
    if header is None:
        raise PackageRefused(_("The package lacks the required field ${field}.", mapping={"field": "MessageHeader"}))
    sender = _child(header, "From")
    if sender is None:
        raise PackageRefused(_("The package lacks the required field ${field}.", mapping={"field": "From"}))
    code = _child(header, "Code")
    promulgation = _child(header, "PromulgationInfo")
    signer = _child(header, "SignerInfo")
    places = _child(header, "ToPlaces")
    business = _find(root, "Bussiness", "Business")
    package = Package(
        organ_id=_require(_text(sender, "OrganId"), "From/OrganId"),
        organ_name=_require(_text(sender, "OrganName"), "From/OrganName"),
        organ_in_charge=_text(sender, "OrganizationInCharge"),
        organ_address=_text(sender, "OrganAdd"),
        email=_text(sender, "Email"),
        telephone=_text(sender, "Telephone"),
        website=_text(sender, "Website"),
        document_id=_text(header, "DocumentId") or (_text(business, "DocumentId") if business is not None else ""),
        code_number=_require(_text(code, "CodeNumber") if code is not None else "", "Code/CodeNumber"),
        code_notation=_require(_text(code, "CodeNotation") if code is not None else "", "Code/CodeNotation"),
        place=_text(promulgation, "Place") if promulgation is not None else "",
        promulgated=_date(
            _require(
                _text(promulgation, "PromulgationDate") if promulgation is not None else "",
                "PromulgationInfo/PromulgationDate",
            ),
            "PromulgationInfo/PromulgationDate",
        ),  # fmt: skip
        type_name=_text(_child(header, "DocumentType"), "TypeName")
        if _child(header, "DocumentType") is not None
        else "",
        subject=_require(_text(header, "Subject"), "Subject"),
        content=(_child(header, "Content").text or "").strip() if _child(header, "Content") is not None else "",
        signer=_text(signer, "FullName") if signer is not None else "",
        signer_position=_text(signer, "Position") if signer is not None else "",
        signer_competence=_text(signer, "Competence") if signer is not None else "",
        due=_date(_text(header, "DueDate"), "DueDate"),
        to_places=[_text(p) for p in _children(places, "Place") if _text(p)] if places is not None else [],
    )
    if business is not None:
        package.business_type = _text(business, "BussinessDocType", "BusinessDocType") or NEW
        package.business_reason = _text(business, "BussinessDocReason", "BusinessDocReason")
        if package.business_type not in BUSINESS_TYPES:
            raise PackageRefused(
                _(
                    "${field} must be 0, 1, 2 or 3, not ${value}.",
                    mapping={"field": "BussinessDocType", "value": package.business_type[:10]},
                )
            )
    if package.business_type != NEW and not package.document_id:
        raise PackageRefused(_("The package lacks the required field ${field}.", mapping={"field": "DocumentId"}))
    encoded = _child(root, "AttachmentEncoded")
    for number, node in enumerate(_children(encoded, "Attachment") if encoded is not None else [], start=1):
        package.attachments.append(_attachment(node, number))
    return package


def _attachment(node, number: int) -> Attachment:
    name = _text(node, "AttachmentName") or f"tep-{number}"
    where = f"AttachmentEncoded/Attachment[{number}] ({name})"
    payload = (
        "".join((_child(node, "ContentTransferEncoded").text or "").split())
        if _child(node, "ContentTransferEncoded") is not None
        else ""
    )
    if not payload:
        raise PackageRefused(
            _("The package lacks the required field ${field}.", mapping={"field": f"{where}/ContentTransferEncoded"})
        )
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise PackageRefused(
            _("The attachment in ${field} is not valid base64.", mapping={"field": f"{where}/ContentTransferEncoded"})
        ) from None
    content_type = _text(node, "ContentType")
    if data.startswith(b"PK\x03\x04") and not name.lower().endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
        data, inner = _unzip(data, where)
        name = name if "." in name else inner
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise PackageRefused(_("The attachment in ${field} is too large.", mapping={"field": where}))
    return Attachment(name=name, content_type=content_type, description=_text(node, "Description"), data=data)


def _unzip(data: bytes, where: str) -> tuple[bytes, str]:
    """The first file of a zipped attachment (the VPCP axis zips them), with its name."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = [info for info in archive.infolist() if not info.is_dir()]
            if not entries:
                raise PackageRefused(_("The zipped attachment in ${field} is empty.", mapping={"field": where}))
            if entries[0].file_size > MAX_ATTACHMENT_BYTES:
                raise PackageRefused(_("The attachment in ${field} is too large.", mapping={"field": where}))
            return archive.read(entries[0]), entries[0].filename.rsplit("/", 1)[-1]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise PackageRefused(
            _("The zipped attachment in ${field} cannot be opened.", mapping={"field": where})
        ) from None
