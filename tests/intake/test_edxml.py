"""Reading edXML packages: fields by local name in any order, both spellings, base64 and zipped attachments,
and refusals that name the field."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from hpportal.intake import edxml
from hpportal.intake.models import names_portal
from hpportal.intake.samples import CITY_PLACE, package, zipped
from hpportal.testing import PDF


def refusal(data: bytes) -> str:
    with pytest.raises(edxml.PackageRefused) as refused:
        edxml.parse(data)
    return refused.value.message.interpolate()


def test_a_valid_package_gives_every_field_of_the_envelope():
    found = edxml.parse(package())
    assert (found.organ_id, found.organ_name) == ("000.00.00.X01", "Sở Xây dựng thành phố Hải Phòng")
    assert found.number == "125/QĐ-SXD"
    assert (found.place, found.promulgated) == ("Hải Phòng", date(2026, 7, 15))
    assert found.type_name == "Quyết định"
    assert found.subject.startswith("Quyết định về việc công bố quy hoạch")
    assert found.content.splitlines() == [
        "Công bố quy hoạch chi tiết tỷ lệ 1/500.",
        "Giao các phòng tổ chức thực hiện.",
    ]
    assert (found.signer, found.signer_position, found.signer_competence) == (
        "Nguyễn Văn Minh",
        "Phó Giám đốc",
        "KT. GIÁM ĐỐC",
    )
    assert found.due == date(2026, 7, 30)
    assert found.to_places == ["Như Điều 3", CITY_PLACE, "Lưu: VT, VP"]
    assert "0225 3842 345" in found.contact and "soxaydung@haiphong.gov.vn" in found.contact
    assert found.document_id == "000.00.00.X01,2026/07/15,125/QĐ-SXD"
    assert [(a.name, a.data) for a in found.attachments] == [("125-QD-SXD.signed.pdf", PDF)]


def test_order_spelling_and_date_format_do_not_matter():
    found = edxml.parse(package(order_reversed=True, business_tag="Business", business_type="2", date="15/07/2026"))
    assert found.number == "125/QĐ-SXD" and found.promulgated == date(2026, 7, 15)
    assert found.business_type == edxml.UPDATE


def test_a_zipped_attachment_is_unzipped():
    found = edxml.parse(package(attachments=(("quyet-dinh.pdf", "application/zip", zipped("quyet-dinh.pdf", PDF)),)))
    assert [(a.name, a.data) for a in found.attachments] == [("quyet-dinh.pdf", PDF)]


def test_a_missing_code_number_is_refused_by_its_name():
    assert "Code/CodeNumber" in refusal(package(code_number=None))


def test_a_missing_subject_is_refused_by_its_name():
    assert "Subject" in refusal(package(subject=None))


def test_bad_base64_is_refused_naming_the_attachment():
    message = refusal(package(encoded="JVBERi0x@@@notbase64"))
    assert "base64" in message and "125-QD-SXD.signed.pdf" in message and "ContentTransferEncoded" in message


def test_a_broken_zip_is_refused():
    broken = base64.b64encode(b"PK\x03\x04" + b"\x00" * 40).decode()
    assert "zipped" in refusal(package(attachments=(("a.pdf", "application/zip", b""),), encoded=broken))


def test_an_unknown_namespace_is_refused_naming_it():
    message = refusal(package(namespace="http://www.go.vn/eDoc"))
    assert "http://www.go.vn/eDoc" in message and edxml.NAMESPACE in message


def test_what_is_not_well_formed_is_refused():
    assert "not well-formed" in refusal(package()[:-20])
    assert "not well-formed" in refusal(b'<!DOCTYPE x [<!ENTITY a "b">]><edXML/>')


def test_a_revocation_without_document_id_is_refused():
    assert "DocumentId" in refusal(package(document_id=None, business_type="1"))


def test_recipients_name_the_portal_by_folded_whole_words():
    names = ["Cổng Thông tin điện tử thành phố", "Cổng TTĐT thành phố"]
    assert names_portal(["Như trên", "cong thong tin dien tu THANH PHO Hải Phòng"], names)
    assert names_portal(["- Cổng TTĐT thành phố;"], names)
    assert not names_portal(["Cổng Thông tin điện tử Sở Xây dựng"], names)
    assert not names_portal(["Cổng Thông tin điện tử thành phốX"], names)
