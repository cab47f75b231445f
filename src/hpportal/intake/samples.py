"""edXML packages built the way QCVN 102:2016 lays them out (RESEARCH §1.3-1.8): the tests' samples (like
:mod:`hpportal.testing`, importable by every test folder), and a package to try the inbox's upload with.

``package(**changes)`` gives the bytes of a package; a change of ``None`` leaves that element out.
"""

from __future__ import annotations

import base64
import io
import zipfile
from xml.sax.saxutils import escape

#: The smallest file a PDF reader opens: what the sample's signed attachment holds.
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
CITY_PLACE = "Cổng Thông tin điện tử thành phố"
#: ``hpportal.intake.secret`` of the tests' portal: what the drop folder's command sends.
DROP_SECRET = "drop-secret-of-the-tests-" + "z" * 20


def zipped(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def _element(name: str, value) -> str:
    if value is None:
        return ""
    return f"<edXML:{name}>{escape(value)}</edXML:{name}>"


def package(
    *,
    organ_id="000.00.00.X01",
    organ_name="Sở Xây dựng thành phố Hải Phòng",
    document_id="000.00.00.X01,2026/07/15,125/QĐ-SXD",
    code_number="125",
    code_notation="QĐ-SXD",
    date="2026/07/15",
    type_name="Quyết định",
    subject="Quyết định về việc công bố quy hoạch chi tiết khu đô thị mới Bắc sông Cấm",
    content="Công bố quy hoạch chi tiết tỷ lệ 1/500.\nGiao các phòng tổ chức thực hiện.",
    places=("Như Điều 3", CITY_PLACE, "Lưu: VT, VP"),
    business_type="0",
    business_tag="Bussiness",
    attachments=(("125-QD-SXD.signed.pdf", "application/pdf", PDF),),
    encoded=None,
    namespace=NS,
    order_reversed=False,
) -> bytes:
    """A document message; ``encoded`` replaces the first attachment's base64 text (to break it)."""
    code = _element("CodeNumber", code_number) + _element("CodeNotation", code_notation)
    fields = [
        "<edXML:From>" + _element("OrganId", organ_id) + _element("OrganName", organ_name)
        + _element("OrganAdd", "16 Lạch Tray, Ngô Quyền, Hải Phòng") + _element("Email", "soxaydung@haiphong.gov.vn")
        + _element("Telephone", "0225 3842 345") + "</edXML:From>",
        "<edXML:To>" + _element("OrganId", "000.00.00.X02") + _element("OrganName", "Văn phòng UBND thành phố")
        + "</edXML:To>",
        _element("DocumentId", document_id),
        f"<edXML:Code>{code}</edXML:Code>",
        "<edXML:PromulgationInfo>" + _element("Place", "Hải Phòng") + _element("PromulgationDate", date)
        + "</edXML:PromulgationInfo>",
        "<edXML:DocumentType>" + _element("Type", "1") + _element("TypeName", type_name) + "</edXML:DocumentType>",
        _element("Subject", subject),
        _element("Content", content),
        "<edXML:SignerInfo>" + _element("Competence", "KT. GIÁM ĐỐC") + _element("Position", "Phó Giám đốc")
        + _element("FullName", "Nguyễn Văn Minh") + "</edXML:SignerInfo>",
        _element("DueDate", "2026/07/30"),
        "<edXML:ToPlaces>" + "".join(_element("Place", p) for p in places) + "</edXML:ToPlaces>",
        "<edXML:SteeringType>0</edXML:SteeringType>",
    ]  # fmt: skip
    if order_reversed:
        fields.reverse()
    business = (
        f"<edXML:{business_tag}>{_element(business_tag + 'DocType', business_type)}"
        f"{_element(business_tag + 'DocReason', 'Văn bản điện tử')}</edXML:{business_tag}>"
    )
    files = []
    for number, (name, content_type, data) in enumerate(attachments, start=1):
        text = encoded if (encoded is not None and number == 1) else base64.b64encode(data).decode()
        files.append(
            f"<Attachment><ContentId>cid:{number}</ContentId><AttachmentName>{escape(name)}</AttachmentName>"
            f"<ContentType>{content_type}</ContentType><ContentTransferEncoded>{text}</ContentTransferEncoded>"
            "</Attachment>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<edXML xmlns="{namespace}">'
        f'<edXML:edXMLEnvelope xmlns:edXML="{namespace}"><edXML:edXMLHeader>'
        f"<edXML:MessageHeader>{''.join(fields)}</edXML:MessageHeader>"
        "<edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>000.00.00.X01</edXML:OrganId>"
        f"<edXML:Timestamp>2026/07/15 09:30:00</edXML:Timestamp></edXML:TraceHeader>{business}"
        "</edXML:TraceHeaderList>"
        '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignatureValue>AA==</SignatureValue></Signature>'
        '</edXML:edXMLHeader><edXML:edXMLBody><edXML:edXMLManifest version="1.0"/></edXML:edXMLBody>'
        f"</edXML:edXMLEnvelope><AttachmentEncoded>{''.join(files)}</AttachmentEncoded></edXML>"
    ).encode()
