"""The documents of the tests, and filling a document's form as its user would (deform names its date and file
inputs alike)."""

from __future__ import annotations

from datetime import date

from webtest import Upload

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.legaldocs.records import Record, create
from hpportal.legaldocs.relations import link

DATES = ("issued", "in_force", "expiry")
UPLOADS = ("signed_file", "attachment")


def fill(web_form, **values):
    form = web_form
    for name in DATES:
        if name in values:
            form.set("date", values.pop(name), index=DATES.index(name))
    for name in UPLOADS:
        if name in values:
            filename, content = values.pop(name)
            form.set("upload", Upload(filename, content), index=UPLOADS.index(name))
    if "fields" in values:
        chosen = values.pop("fields")
        for box in form.fields["checkbox"]:
            box.checked = box._value in chosen
    for name, value in values.items():
        form[name] = value
    return form


def add_document(browser, section_url: str, status=303, **values):
    page = browser.get(section_url + "add?type=LegalDocument")
    return fill(page.forms["add-form"], **values).submit("save", status=status)


def edit_document(browser, url: str, status=303, **values):
    page = browser.get(url + "edit")
    return fill(page.forms["edit-form"], **values).submit("save", status=status)


def numbers_listed(page) -> list[str]:
    return [a.get_text() for a in page.html.select("table.documents-list tbody tr td:first-child a")]


CITY = "Ủy ban nhân dân thành phố Hải Phòng"
PDF = testing.PDF

#: Documents of the city: Decision 204/2025 replaces 29/2020 and 40/2024 (its Article 2).
DOCUMENTS = (
    Record(
        number="29/2020/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Ban hành Quy chế tổ chức đối thoại trực tuyến trên Cổng Thông tin điện tử thành phố",
        issued=date(2020, 11, 11),
        fields=("thong-tin-truyen-thong",),
    ),
    Record(
        number="40/2024/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Ban hành Quy chế quản lý, vận hành và khai thác hệ thống Cổng Thông tin điện tử thành phố",
        issued=date(2024, 11, 1),
        fields=("thong-tin-truyen-thong",),
    ),
    Record(
        number="204/2025/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Ban hành Quy chế quản lý, vận hành, khai thác Hệ thống Cổng Thông tin điện tử thành phố Hải Phòng",
        issued=date(2025, 11, 6),
        in_force=date(2025, 11, 20),
        fields=("thong-tin-truyen-thong", "hanh-chinh"),
        signer="Lê Ngọc Châu",
        signer_position="Chủ tịch",
        body="<p>Quy chế về thiết lập, quản lý, vận hành, cung cấp thông tin và khai thác Hệ thống Cổng.</p>",
        recipients="Như Điều 3;\nCổng Thông tin điện tử thành phố;\nLưu: VT.",
        files=[("signed", "204-2025-QD-UBND.pdf", PDF)],
    ),
    Record(
        number="204/2024/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Về việc phê duyệt kế hoạch phát triển giao thông nông thôn",
        issued=date(2024, 6, 3),
        fields=("giao-thong",),
    ),
    Record(
        number="12/KH-UBND",
        form="Kế hoạch",
        issuer=CITY,
        description="Kế hoạch chuyển đổi số năm 2026 của thành phố",
        issued=date(2026, 1, 15),
        fields=("khoa-hoc",),
    ),
)


def add_city_documents(root, registry):
    site = root[ROOT_KEY]
    made = {record.number: create(site["van-ban"], record, registry) for record in DOCUMENTS}
    for old in ("29/2020/QĐ-UBND", "40/2024/QĐ-UBND"):
        link(made["204/2025/QĐ-UBND"], "replaces", made[old], registry)
    create(
        site["so-a"]["van-ban"],
        Record(
            number="5/2026/QĐ-UBND",
            form="Quyết định",
            issuer="Sở A",
            description="Quy định về thủ tục cấp phép của Sở A",
            issued=date(2026, 3, 2),
            fields=("xay-dung",),
        ),
        registry,
    )
