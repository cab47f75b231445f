"""Drafts for public comment: comments are taken only while the draft is open by the portal's clock, from a
sender checked as Hỏi - Đáp checks one; the board adds drafts through the editorial procedure, moderates the
comments and publishes the summary of the consultation after closing."""

from __future__ import annotations

import pytest
from draft_helpers import COMMENT, DRAFT_URL, SENDER, add_draft, at, comment, stored_comments
from webtest import Upload

from hpportal import testing
from hpportal.core import clock
from hpportal.core.personaldata import RateLimit


@pytest.fixture
def draft_app(documents_app):
    testing.populate(documents_app, add_draft)
    yield documents_app
    clock.set_clock(None)


def errors_of(page) -> str:
    return " ".join(e.get_text(" ", strip=True) for e in page.html.select(".error, .help-block, [role=alert]"))


def test_comments_are_taken_only_between_the_opening_and_the_closing_day(draft_app, citizen):
    at(2026, 11, 30, 23, 59)
    page = citizen.get(DRAFT_URL)
    assert "comment-form" not in page.forms
    assert "Chưa đến thời gian lấy ý kiến" in page.text
    assert "không được tiếp nhận trước" not in page.text
    notice = page.html.select_one(".draft-comment-form .notice").get_text()
    assert "01/12/2026" in notice and "30/12/2026" in notice

    at(2026, 12, 1, 0, 0)
    form = citizen.get(DRAFT_URL).forms["comment-form"]  # the page opened just now
    sent = comment(citizen, status=303).follow()
    assert "Cảm ơn" in sent.text
    assert [c["state"] for c in stored_comments(draft_app)] == ["received"]

    at(2026, 12, 30, 23, 59)
    comment(citizen, status=303, text="Đề nghị quy định rõ thời hạn cấp phép chặt hạ cây xanh trong khuôn viên nhà ở.")
    at(2026, 12, 31, 0, 0)
    late = form.submit("send", status=200)  # a form opened while it was open, sent after closing
    assert "đã kết thúc ngày 30/12/2026" in errors_of(late)
    assert "comment-form" not in late.forms
    assert len(stored_comments(draft_app)) == 2
    assert "Đã hết thời gian lấy ý kiến" in citizen.get(DRAFT_URL).text


def test_before_the_opening_a_comment_sent_is_refused_with_a_clear_message(draft_app, citizen):
    at(2026, 12, 5, 9, 0)
    form = citizen.get(DRAFT_URL).forms["comment-form"]
    at(2026, 11, 20, 9, 0)  # the draft's dates moved, or a form kept from elsewhere: the clock decides
    for key, value in {**SENDER, "text": COMMENT, "consent": True}.items():
        form[key] = value
    early = form.submit("send", status=200)
    assert "chưa mở" in errors_of(early)
    assert stored_comments(draft_app) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"citizen_id": "123"}, "đúng 12 chữ số"),
        ({"citizen_id": ""}, "Góp ý của cá nhân phải có số căn cước công dân"),
        ({"phone": "", "email": ""}, "liên hệ với bạn về góp ý"),
        ({"phone": "12345"}, "10 chữ số"),
        ({"email": "khong-phai-email"}, "thư điện tử không hợp lệ"),
        ({"full_name": ""}, "Bắt buộc"),
        ({"consent": False}, "đánh dấu ô đồng ý"),
        ({"text": "Ngắn"}, "Ngắn hơn độ dài tối thiểu"),
        ({"website": "http://spam.example"}, "Không gửi được góp ý"),
    ],
)
def test_a_comment_with_a_wrong_sender_is_refused_the_way_a_question_is(draft_app, citizen, fields, message):
    at(2026, 12, 10, 9, 0)
    page = comment(citizen, status=200, **fields)
    assert message.lower() in errors_of(page).lower()
    assert page.forms["comment-form"]["address"].value == SENDER["address"]  # what was typed is kept
    assert stored_comments(draft_app) == []


def test_an_organisation_comments_without_a_citizen_id(draft_app, citizen):
    at(2026, 12, 10, 9, 0)
    comment(citizen, status=303, sender_type="organisation", full_name="Công ty TNHH Cây xanh Hải Phòng",
            citizen_id="")  # fmt: skip
    [stored] = stored_comments(draft_app)
    assert stored["full_name"] == "Công ty TNHH Cây xanh Hải Phòng" and stored["citizen_id_token"] == b""


def test_the_citizen_id_is_kept_encrypted(draft_app, citizen):
    at(2026, 12, 10, 9, 0)
    comment(citizen, status=303, citizen_id="0311 9000 4567", phone="+84 987 654 321")
    [stored] = stored_comments(draft_app)
    assert SENDER["citizen_id"].encode() not in stored["citizen_id_token"]
    assert draft_app.registry.comment_cipher.decrypt(stored["citizen_id_token"]) == SENDER["citizen_id"]
    assert stored["phone"] == "0987654321"  # normalised as a question's


def moderate(browser, comment_id, action, reason="", status=303):
    page = browser.get(DRAFT_URL + "comments")
    form = next(f for f in page.forms.values() if f.action.endswith("/comments") and f["comment"].value == comment_id)
    if "reason" in form.fields:
        form["reason"] = reason
    return form.submit("action", value=action, status=status)


def test_the_board_publishes_a_comment_or_keeps_it_unpublished_saying_why(draft_app, citizen, person):
    at(2026, 12, 10, 9, 0)
    comment(citizen, status=303)
    comment(citizen, status=303, text="Nội dung không liên quan đến dự thảo, quảng cáo dịch vụ cắt tỉa cây.")
    ids = {c["text"]: c["id"] for c in stored_comments(draft_app)}
    first, second = ids[COMMENT], next(i for text, i in ids.items() if text != COMMENT)
    assert COMMENT not in citizen.get(DRAFT_URL).text  # waiting for moderation: not public

    approver = person("so-a-pd")
    assert "2 chờ duyệt" in approver.get(DRAFT_URL).text
    refused = moderate(approver, second, "unpublish", reason="", status=200)
    assert "lý do" in errors_of(refused).lower()
    assert [c["state"] for c in stored_comments(draft_app)] == ["received", "received"]

    moderate(approver, first, "publish", status=303)
    moderate(approver, second, "unpublish", reason="Quảng cáo, không góp ý cho dự thảo.", status=303)
    states = {c["id"]: (c["state"], c["reason"]) for c in stored_comments(draft_app)}
    assert states == {first: ("published", ""), second: ("unpublished", "Quảng cáo, không góp ý cho dự thảo.")}

    public = citizen.get(DRAFT_URL)
    shown = [c.get_text(strip=True) for c in public.html.select(".draft-comments .comment-text")]
    assert shown == [COMMENT]
    assert "quảng cáo dịch vụ" not in public.text
    board_page = approver.get(DRAFT_URL + "comments")
    assert "Quảng cáo, không góp ý cho dự thảo." in board_page.text
    assert "/login" in citizen.get(DRAFT_URL + "comments", status=303).location  # the public may not moderate


def test_an_editor_adds_a_draft_through_the_editorial_procedure(documents_app, citizen, person):
    at(2026, 12, 2, 9, 0)
    editor = person("so-a-btv")
    page = editor.get("/so-a/van-ban/add?type=DraftDocument")
    form = page.forms["add-form"]
    form["title"] = "Dự thảo Kế hoạch phát triển không gian xanh"
    form["agency"] = "Sở A"
    form["description"] = "Kế hoạch phát triển không gian xanh đô thị giai đoạn 2027-2030."
    form.set("date", "2026-12-20", index=0)
    form.set("date", "2026-12-10", index=1)
    form.set("upload", Upload("du-thao.pdf", testing.PDF), index=0)
    refused = form.submit("save", status=200)
    assert "không thể kết thúc trước khi bắt đầu" in errors_of(refused)
    form = refused.forms["add-form"]
    form.set("date", "2026-12-01", index=0)
    form.set("date", "2027-01-31", index=1)
    form["became"] = "999/2026/QĐ-UBND"
    refused = form.submit("save", status=200)
    assert "Không có văn bản số 999/2026/QĐ-UBND" in errors_of(refused)
    form = refused.forms["add-form"]
    form["became"] = ""
    form.set("upload", Upload("du-thao.pdf", testing.PDF), index=0)
    url = form.submit("save", status=303).location
    path = url.split("localhost", 1)[-1]
    citizen.get(path, status=404)  # a draft in the editorial procedure is not public
    testing.take_step(editor, path, "submit")
    testing.take_step(person("so-a-pd"), path, "approve")
    public = citizen.get(path)
    assert "comment-form" in public.forms
    assert "du-thao.pdf" in public.html.select_one(".document-files").get_text()
    section = citizen.get("/so-a/van-ban/")
    block = section.html.select_one(".open-drafts")
    assert block is not None and "Dự thảo Kế hoạch phát triển không gian xanh" in block.get_text()


def test_after_closing_the_board_publishes_the_summary_and_links_the_document(draft_app, citizen, person):
    approver = person("so-a-pd")
    at(2026, 12, 15, 9, 0)
    assert "/summary" not in approver.get(DRAFT_URL).text
    approver.get(DRAFT_URL + "summary", status=303)  # not before closing
    assert citizen.get(DRAFT_URL).html.select_one("#summary") is None

    at(2027, 1, 5, 9, 0)
    form = approver.get(DRAFT_URL + "summary").forms["summary-form"]
    form["summary"] = (
        "<p>Nhận được 12 ý kiến; tiếp thu 9 ý kiến, giải trình 3 ý kiến.</p><script>alert(1)</script>"
        '<p><a href="javascript:alert(2)">xem</a></p>'
    )
    form.set("upload", Upload("bao-cao-tong-hop.pdf", testing.PDF))
    form.submit("save", status=303)
    editor_form = approver.get(DRAFT_URL + "edit").forms["edit-form"]
    editor_form["became"] = "5/2026/QĐ-UBND"
    editor_form.submit("save", status=303)

    page = citizen.get(DRAFT_URL)
    summary = page.html.select_one("#summary")
    assert "tiếp thu 9 ý kiến" in summary.get_text()
    assert "<script" not in str(summary) and "javascript:" not in str(summary)
    assert "bao-cao-tong-hop.pdf" in summary.get_text()
    became = page.html.select_one("a.draft-became")
    assert became.get_text() == "Quyết định 5/2026/QĐ-UBND"
    assert citizen.get(became["href"]).status_int == 200
    assert "Đã hết thời gian lấy ý kiến" in citizen.get("/so-a/van-ban/drafts").text


def test_a_forged_or_repeated_sending_is_refused_and_keeps_nothing(draft_app, citizen):
    at(2026, 12, 10, 9, 0)
    form = citizen.get(DRAFT_URL).forms["comment-form"]
    for key, value in {**SENDER, "text": COMMENT, "consent": True}.items():
        form[key] = value
    form["csrf_token"].force_value("forged")
    refused = form.submit("send", status=200)
    assert refused.forms["comment-form"]["full_name"].value == SENDER["full_name"]  # what was typed is kept
    assert stored_comments(draft_app) == []
    assert citizen.get(DRAFT_URL + "comment", status=303).location.endswith(DRAFT_URL)  # a GET sends nothing

    draft_app.registry.comment_limit = RateLimit(1)
    comment(citizen, status=303)
    too_many = comment(citizen, status=200)
    assert "quá nhiều góp ý" in errors_of(too_many).lower()
    assert len(stored_comments(draft_app)) == 1


def test_moderating_a_comment_that_is_not_there_says_so(draft_app, person):
    approver = person("so-a-pd")
    token = approver.get(DRAFT_URL).html.select_one("input[name=csrf_token]")["value"]  # the session's token
    refused = approver.post(DRAFT_URL + "comments", {"csrf_token": token, "comment": "khong-co", "action": "publish"})
    assert "không thuộc dự thảo này" in errors_of(refused)
