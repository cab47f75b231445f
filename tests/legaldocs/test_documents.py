"""A document through the web: the editor adds it, the approver publishes it, the public reads every field."""

from __future__ import annotations

from ld_helpers import add_document, edit_document, numbers_listed

from hpportal import testing

DECISION = {
    "number": "7/2026/QĐ-UBND",
    "form": "Quyết định",
    "issuer": "Sở A",
    "description": "Ban hành quy định cấp giấy phép xây dựng trên địa bàn",
    "issued": "2026-03-10",
    "in_force": "2026-03-20",
    "fields": ("xay-dung",),
    "signer": "Trần Văn Bình",
    "signer_position": "Giám đốc",
    "recipients": "Như Điều 3;\nCổng Thông tin điện tử Sở A;\nLưu: VT.",
    "signed_file": ("7-2026-QD-UBND.pdf", testing.PDF),
}


def test_the_editor_adds_the_approver_publishes_the_public_reads(person, citizen):
    editor = person("so-a-btv")
    page = editor.get("/so-a/van-ban/")
    assert "add?type=LegalDocument" in page.text  # in the board's "Add new…" menu
    done = add_document(editor, "/so-a/van-ban/", **DECISION).follow()
    url = done.request.path_url
    assert url.endswith("/so-a/van-ban/quyet-dinh-7-2026-qd-ubnd/")
    assert "Quyết định 7/2026/QĐ-UBND" in done.text
    draft = citizen.get(url, status=404)  # a draft: as if missing
    assert "/login" in draft.html.select_one("main a[href*=came_from]")["href"]
    assert "7/2026/QĐ-UBND" not in numbers_listed(citizen.get("/so-a/van-ban/"))
    testing.take_step(editor, url, "submit")
    testing.take_step(person("so-a-pd"), url, "approve")

    page = citizen.get(url)
    table = {th.get_text(): td.get_text(" ", strip=True) for th, td in
             ((row.th, row.td) for row in page.html.select("table.properties tr"))}  # fmt: skip
    assert table["Số, ký hiệu"] == "7/2026/QĐ-UBND"
    assert table["Loại văn bản"] == "Quyết định"
    assert table["Cơ quan ban hành"] == "Sở A"
    assert table["Ngày ban hành"] == "10/03/2026"
    assert table["Ngày có hiệu lực"] == "20/03/2026"
    assert "Trần Văn Bình, Giám đốc" in table["Người ký"]
    assert table["Lĩnh vực"] == "Xây dựng, quy hoạch"
    assert "Cổng Thông tin điện tử Sở A;" in page.text
    link = page.html.select_one(".document-files a")
    assert link.get_text() == "7-2026-QD-UBND.pdf"
    assert "application/pdf" in page.html.select_one(".document-files").get_text()
    download = citizen.get(link["href"])
    assert download.content_type == "application/pdf" and download.body == testing.PDF
    assert "7/2026/QĐ-UBND" in numbers_listed(citizen.get("/so-a/van-ban/", params={"number": "7/2026"}))
    assert "7/2026/QĐ-UBND" in numbers_listed(citizen.get("/so-a/van-ban/", params={"issuer": "Sở A"}))


def test_bad_input_is_refused_with_a_message_and_nothing_is_added(person, documents_app):
    editor = person("so-a-btv")
    cases = [
        ({"number": "quyết định bảy"}, "không phải là số, ký hiệu"),
        ({"description": ""}, "Bắt buộc"),
        ({"in_force": "2026-03-01"}, "không thể trước ngày ban hành"),
        ({"number": "5/2026/QĐ-UBND"}, "đã có văn bản số 5/2026/QĐ-UBND"),  # Sở A's, in the fixture
        ({"rel_replaces": "88/2019/QĐ-UBND"}, "Không có văn bản số 88/2019/QĐ-UBND"),
        ({"signed_file": ("ban-ky.docx", b"PK\x03\x04 not really a docx")}, "không được chấp nhận"),
    ]
    for change, message in cases:
        page = add_document(editor, "/so-a/van-ban/", status=200, **{**DECISION, **change})
        assert message in page.text, change
        assert page.forms["add-form"]["signer"].value == "Trần Văn Bình"  # what was typed is kept
    assert "quyet-dinh-7-2026-qd-ubnd" not in editor.get("/so-a/van-ban/contents").text


def test_a_document_may_be_edited_and_its_attachment_added(person):
    editor = person("so-a-btv")
    url = add_document(editor, "/so-a/van-ban/", **DECISION).follow().request.path_url
    edit_document(editor, url, description="Sửa trích yếu", attachment=("phu-luc.pdf", testing.PDF))
    page = editor.get(url)
    assert "Sửa trích yếu" in page.text
    assert {a.get_text() for a in page.html.select(".document-files a")} == {"7-2026-QD-UBND.pdf", "phu-luc.pdf"}
