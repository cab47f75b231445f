"""Questions from the public to an announced dialogue (Art. 8.3): the sender checked as in Hỏi - Đáp (Art. 9.5),
the board's moderation (accept for a leader, merge a duplicate, reject with a reason the sender is told), the
script's order, and the sender's data never on the public page, the script or the site search."""

from __future__ import annotations

from dl_helpers import CITIZEN_ID, EDITOR, SENDER, URL, csrf_token, person, read_dialogue
from webtest import TestApp

from hpportal import testing
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.security import allowed_tokens_for

QUESTIONS = [
    "Hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ gồm những giấy tờ gì và nộp ở đâu?",
    "Thời hạn giải quyết cấp giấy phép xây dựng là bao nhiêu ngày làm việc theo quy định?",
    "Có thể nộp hồ sơ cấp phép xây dựng trực tuyến trên Cổng dịch vụ công không?",
]


def ask(app, text=QUESTIONS[0], **fields):
    form = TestApp(app).get(URL + "/ask").forms["dialogue-ask-form"]
    for key, value in {**SENDER, "text": text, "consent": True, **fields}.items():
        form[key] = value
    return form.submit("send")


def questions(app):
    return read_dialogue(app, lambda d: sorted(d.questions.values(), key=lambda q: q.received))


def moderate(board, key, action, **fields):
    return board.post(
        URL + "/moderate", {"question": key, "action": action, "csrf_token": csrf_token(board), **fields}
    ).follow()


def test_a_valid_question_is_received_with_the_citizen_id_encrypted(announced_app):
    page = ask(announced_app).follow()
    assert "Câu hỏi của bạn đã được tiếp nhận" in page.text
    [question] = questions(announced_app)
    assert (question.status, question.full_name, question.phone) == ("received", "Nguyễn Văn An", "0912345678")
    assert CITIZEN_ID.encode() not in question.citizen_id_token
    assert question.citizen_id(announced_app.registry.qa_cipher) == CITIZEN_ID


def test_a_question_is_refused_as_hoi_dap_refuses_it(announced_app):
    """The same checks and messages as Hỏi - Đáp: they come from hpportal.qa."""
    for fields, message in (
        ({"citizen_id": ""}, "Câu hỏi của cá nhân phải có số căn cước công dân."),
        ({"citizen_id": "999085001234"}, "(999) không phải là mã tỉnh"),
        ({"phone": "", "email": ""}, "Nhập số điện thoại hoặc địa chỉ thư điện tử"),
        ({"consent": False}, "Vui lòng đánh dấu ô đồng ý"),
        ({"address": ""}, "Nhập địa chỉ"),
    ):
        page = ask(announced_app, **fields)
        assert page.status_int == 200
        assert message in page.text, fields
    assert questions(announced_app) == []


def test_a_draft_dialogue_takes_no_question(dialogue_app):
    page = TestApp(dialogue_app).get(URL + "/ask", status=303)  # a plan not announced is not public: log in
    assert "/login" in page.location


def test_the_board_accepts_merges_and_rejects_and_the_sender_is_told(announced_app, smtp):
    for text in QUESTIONS:
        ask(announced_app, text=text)
    duplicate = "Xin hỏi hồ sơ xin giấy phép xây dựng nhà ở riêng lẻ cần những giấy tờ nào?"
    ask(announced_app, text=duplicate, email="tran.thi.b@example.vn")
    ask(announced_app, text="Tôi khiếu nại việc hàng xóm xây nhà lấn sang đất nhà tôi, đề nghị xử lý.")
    first, second, third, dup, complaint = (q.key for q in questions(announced_app))
    board = person(announced_app, EDITOR)
    page = board.get(URL + "/moderate")
    assert "N. V. A." in page.text and "Nguyễn Văn An" not in page.text  # masked for the queue
    moderate(board, first, "accept", leader="0")
    moderate(board, second, "accept", leader="1")
    page = moderate(board, dup, "merge", into=third)  # not accepted yet: refused
    assert "câu hỏi đã tiếp nhận" in page.text
    moderate(board, third, "accept", leader="0")
    moderate(board, dup, "merge", into=first)
    page = moderate(board, complaint, "reject", reason="")
    assert "nêu lý do" in page.text
    moderate(board, complaint, "reject", reason="Khiếu nại về vụ việc cụ thể không thuộc phạm vi đối thoại.")
    page = moderate(board, complaint, "accept", leader="0")
    assert "đã được xử lý" in page.text

    found = {q.key: q for q in questions(announced_app)}
    assert [found[k].status for k in (first, second, third, dup, complaint)] == [
        "accepted",
        "accepted",
        "accepted",
        "merged",
        "rejected",
    ]
    assert (found[dup].merged_into, found[first].askers) == (first, 2)
    assert (found[first].leader, found[second].leader) == (0, 1)
    assert read_dialogue(announced_app, lambda d: list(d.script)) == [first, second, third]
    [mail] = [m for m in smtp.messages if SENDER["email"] in m["To"]]
    assert "Khiếu nại về vụ việc cụ thể" in mail.get_body().get_content()


def test_the_published_script_keeps_the_boards_order_and_no_sender_data(announced_app):
    for text in QUESTIONS:
        ask(announced_app, text=text)
    keys = [q.key for q in questions(announced_app)]
    board = person(announced_app, EDITOR)
    for key in keys:
        moderate(board, key, "accept", leader="1")
    for number, key in enumerate(keys, start=1):
        form = board.get(URL + "/script").forms[f"script-{key}"]
        form["answer"] = f"Trả lời số {number}: Sở A hướng dẫn chi tiết tại bộ phận một cửa."
        form.submit("action", value="save")
    board.get(URL + "/script").forms[f"script-{keys[2]}"].submit("action", value="up")  # third before second
    board.get(URL + "/script").forms[f"script-{keys[2]}"].submit("action", value="up")  # and before the first

    page = TestApp(announced_app).get(URL)
    items = page.html.select("ol.script li")
    assert [li.blockquote.get_text() for li in items] == [QUESTIONS[2], QUESTIONS[0], QUESTIONS[1]]
    assert all("Lê Thị Chi, Phó Giám đốc, Sở A" in li.get_text() for li in items)
    for secret in (SENDER["full_name"], CITIZEN_ID, SENDER["phone"], SENDER["email"], SENDER["address"]):
        assert secret not in page.text
    # The catalog's text holds the script's words, never the sender's name.
    assert found_by_words(announced_app, "bộ phận một cửa") == [URL]
    assert found_by_words(announced_app, "Nguyễn Văn An") == []


def found_by_words(app, words):
    def read(site):
        query = SearchQuery(text=words, types=("Dialogue",))
        return list(search(site.catalog, query, allowed=allowed_tokens_for(None), limit=10).paths)

    return testing.read_site(app, read)


def test_an_answer_not_yet_given_is_not_shown_to_the_public(announced_app):
    ask(announced_app)
    [question] = questions(announced_app)
    moderate(person(announced_app, EDITOR), question.key, "accept", leader="0")
    page = TestApp(announced_app).get(URL)
    assert QUESTIONS[0] not in page.text


def test_a_connection_sending_too_many_questions_is_slowed_down(announced_app):
    for number in range(5):
        ask(announced_app, text=f"{QUESTIONS[0]} (lần {number + 1})").follow()
    page = ask(announced_app, text=QUESTIONS[1])
    assert "Có quá nhiều câu hỏi gửi từ kết nối của bạn" in page.text
    assert len(questions(announced_app)) == 5
