"""The procedures of the tests: a few in the city's catalogue, one in Sở A's, and the documents of their legal basis."""

from __future__ import annotations

from datetime import date

from hpportal.core.portal import ROOT_KEY
from hpportal.legaldocs.records import Record, create
from hpportal.services import ensure_section
from hpportal.services.records import ProcedureRecord, save

CITY = "Ủy ban nhân dân thành phố Hải Phòng"
BUILDING_PERMIT = "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ"

PROCEDURES = (
    ProcedureRecord(
        code="1.004227",
        title=BUILDING_PERMIT,
        field="xay-dung",
        agency="Sở Xây dựng",
        level="thanh-pho",
        online="toan-trinh",
        processing_time="15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        fees="Lệ phí 75.000 đồng/giấy phép",
        documents=({"name": "Đơn đề nghị cấp giấy phép xây dựng", "copies": "01 bản chính", "form": "mau-01.pdf"},),
        steps=("Nộp hồ sơ trực tuyến hoặc tại Bộ phận một cửa", "Thẩm định hồ sơ", "Trả kết quả"),
        channels=("truc-tuyen", "truc-tiep", "buu-chinh"),
        applicants="Tổ chức, cá nhân",
        result="Giấy phép xây dựng",
        legal_basis=("Luật Xây dựng số 50/2014/QH13", "Quyết định số 5/2026/QĐ-UBND của Ủy ban nhân dân thành phố"),
        featured=1,
        forms=[("mau-01.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")],
    ),
    ProcedureRecord(
        code="1.001612",
        title="Đăng ký thành lập doanh nghiệp tư nhân",
        field="dang-ky-doanh-nghiep",
        agency="Sở Tài chính",
        level="thanh-pho",
        online="toan-trinh",
        featured=2,
    ),
    ProcedureRecord(
        code="1.001193",
        title="Đăng ký khai sinh",
        field="ho-tich",
        agency="Ủy ban nhân dân cấp xã",
        level="xa",
        online="mot-phan",
    ),
    ProcedureRecord(
        code="2.000889",
        title="Chứng thực bản sao từ bản chính giấy tờ, văn bản",
        field="tu-phap",
        agency="Ủy ban nhân dân cấp xã",
        level="xa",
        online="khong",
        channels=("truc-tiep",),
    ),
    ProcedureRecord(
        code="1.000047",
        title="Cấp giấy phép lái xe",
        field="giao-thong",
        agency="Sở Xây dựng",
        level="thanh-pho",
        online="mot-phan",
    ),
)
SO_A = ProcedureRecord(
    code="1.009994",
    title="Cấp giấy phép xây dựng sửa chữa, cải tạo công trình",
    field="xay-dung",
    agency="Sở A",
    level="thanh-pho",
    online="toan-trinh",
)


def add_procedures(root, registry):
    site = root[ROOT_KEY]
    for portal in (site, site["so-a"], site["so-b"]):
        ensure_section(portal, registry)
    create(
        site["van-ban"],
        Record(
            number="5/2026/QĐ-UBND",
            form="Quyết định",
            issuer=CITY,
            issued=date(2026, 3, 2),
            description="Quy định về cấp giấy phép xây dựng trên địa bàn thành phố",
        ),  # fmt: skip
        registry,
    )


def add_catalogue(root, registry):
    """After :func:`add_procedures` is committed (the legal basis is looked up through the catalog)."""
    site = root[ROOT_KEY]
    for record in PROCEDURES:
        save(site["dich-vu-cong"], record, registry)
    save(site["so-a"]["dich-vu-cong"], SO_A, registry)
