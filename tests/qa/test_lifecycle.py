"""Hỏi - Đáp end to end (REGULATION Art. 9): a citizen asks on /so-a, the board routes it, the wrong agency
returns it, the right one answers; the sender tracks it; personal data stays private."""

from __future__ import annotations

import shutil

import pytest
import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core import audit
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.localroles import grant
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import RESPONDER, user_principal
from hpportal.qa.models import Agency, Question

CITIZEN_ID = "031085001234"
PHONE = "0912345678"
EMAIL = "nguyen.van.an@example.vn"


def mail_settings(port: int) -> dict:
    return {"mail.host": "127.0.0.1", "mail.port": str(port), "mail.default_sender": "no-reply@haiphong.gov.vn"}


def _agencies(root, registry):
    """so-b answers through its Responder ``so-b-tl``; the city police is an agency without a portal."""
    site = root[ROOT_KEY]
    police = Agency(title="Công an thành phố")
    site["hoi-dap"].add("cong-an", police, registry=registry)
    for login, where in (("so-b-tl", site["so-b"]), ("congan", police)):
        user = site.principals.add_user(
            User(login, login, email=f"{login}@haiphong.gov.vn", password=testing.BOARD_PASSWORD)
        )
        grant(where, user_principal(user.id), RESPONDER, registry=registry)


@pytest.fixture
def qa_app(tmp_path, boards_database, smtp_server):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory, **mail_settings(smtp_server.port)))
    testing.populate(app, _agencies)
    yield app
    testing.database(app).close()


def person(app, login):
    browser = TestApp(app)
    testing.login(browser, login, testing.BOARD_PASSWORD)
    return browser


def ask(browser, **fields):
    form = browser.get("/so-a/hoi-dap/ask").forms["ask-form"]
    values = {
        "full_name": "Nguyễn Văn An",
        "citizen_id": CITIZEN_ID,
        "address": "Số 5 Lạch Tray, phường Gia Viên",
        "phone": PHONE,
        "email": EMAIL,
        "field": "xay-dung",
        "title": "Thủ tục cấp phép xây dựng nhà ở riêng lẻ",
        "text": "Tôi muốn xây nhà ba tầng trên đất ở của gia đình thì cần những giấy tờ gì và nộp ở đâu?",
        "consent": True,
        **fields,
    }
    for key, value in values.items():
        form[key] = value
    return form.submit("send")


def question(app):
    conn = testing.database(app).open()
    try:
        found = [q for q in conn.root()[ROOT_KEY]["so-a"]["hoi-dap"].values() if isinstance(q, Question)]
        return found[-1].code, found[-1].workflow_state, found[-1].__name__
    finally:
        conn.close()


def track(browser, code, contact):
    """Tra cứu: the code and the phone or email go in the POST body."""
    form = browser.get("/so-a/hoi-dap/track").forms["track-form"]
    form["code"], form["contact"] = code, contact
    return form.submit()


def step(browser, url, name, comment=""):
    return testing.take_step(browser, url, name, comment)


def form_step(browser, url, **fields):
    form = browser.get(url).forms["deform"]
    for key, value in fields.items():
        form[key] = value
    return form.submit("save")


def test_a_question_goes_from_citizen_to_the_right_agency_and_back(qa_app, smtp):
    citizen = TestApp(qa_app)
    sent = ask(citizen).follow()
    code, state, name = question(qa_app)
    assert code in sent.text and state == "received"
    assert smtp.recipients[-1] == [EMAIL] and code in smtp.messages[-1].get_content()
    url = f"/so-a/hoi-dap/{name}/"
    citizen.get(url, status=404)  # not public: as if it did not exist

    tracked = track(citizen, code, "+84 912 345 678")
    assert "Đã tiếp nhận" in tracked.html.select_one(".tracked .state").text
    wrong = track(citizen, code, "0987654321")
    assert wrong.html.select_one(".tracked") is None and "Không có câu hỏi nào" in wrong.text

    board = person(qa_app, "so-a-btv")
    dashboard = board.get("/so-a/hoi-dap/")
    assert "Thủ tục cấp phép xây dựng" in dashboard.html.select_one("table.qa-waiting").text
    page = board.get(url)
    assert page.html.select_one(".citizen-id").text == "•••••••••234"  # masked
    assert "Nguyễn Văn An" not in page.text and "N. V. A." in page.text  # the name too, until the logged view
    step(board, url, "accept")
    form_step(board, url + "assign", agency=_uid(qa_app, "so-b"), days="5")
    assert question(qa_app)[1] == "assigned"

    wrong_agency = person(qa_app, "so-b-tl")
    assert "Thủ tục cấp phép" in wrong_agency.get(url).text
    step(wrong_agency, url, "return", "Không thuộc lĩnh vực của Sở B.")
    assert question(qa_app)[1] == "returned"

    form_step(board, url + "assign", agency=_uid(qa_app, "hoi-dap/cong-an"), days="7")
    wrong_agency.get(url, status=403)  # re-routed: no longer theirs
    police = person(qa_app, "congan")
    assigned = police.get("/").html.find("a", string="Câu hỏi giao cho Công an thành phố")
    dashboard = police.get(assigned["href"])
    assert "Thủ tục cấp phép xây dựng" in dashboard.text and "Mới giao, chưa xử lý" in dashboard.text
    form_step(police, url + "progress", date="2026-12-20", comment="Đang phối hợp với Sở Xây dựng.")
    assert question(qa_app)[1] == "in_progress"
    form_step(
        police,
        url + "answer",
        answer="Ông cần nộp đơn đề nghị cấp giấy phép xây dựng kèm bản vẽ thiết kế tại bộ phận một cửa của phường.",
        kind="direct",
    )
    assert question(qa_app)[1] == "answered"
    assert smtp.recipients[-1] == [EMAIL] and "bộ phận một cửa" in smtp.messages[-1].get_content()
    step(board, url, "close")
    assert question(qa_app)[1] == "closed"

    # The sender reads the answer with the code and their email; the public never sees the question.
    tracked = track(citizen, code, EMAIL)
    assert "bộ phận một cửa" in tracked.text and "Công an thành phố" in tracked.text
    citizen.get(url, status=404)


def _uid(app, path):
    conn = testing.database(app).open()
    try:
        node = conn.root()[ROOT_KEY]
        for part in path.split("/"):
            node = node[part]
        return node.uid
    finally:
        conn.close()


def test_a_public_answer_shows_no_personal_data(qa_app, smtp):
    citizen = TestApp(qa_app)
    ask(citizen)
    code, _state, name = question(qa_app)
    url = f"/so-a/hoi-dap/{name}/"
    board = person(qa_app, "so-a-btv")
    step(board, url, "accept")
    form_step(board, url + "assign", agency=_uid(qa_app, "hoi-dap/cong-an"), days="7")
    police = person(qa_app, "congan")
    form_step(
        police, url + "answer", answer="Hồ sơ gồm đơn đề nghị và bản vẽ thiết kế, nộp tại một cửa.", kind="public"
    )
    form_step(board, url + "publish")  # no attachment to publish
    page = citizen.get(url)
    assert "Hồ sơ gồm đơn đề nghị" in page.text and "Thủ tục cấp phép" in page.text
    for private in ("Nguyễn Văn An", CITIZEN_ID, "234", PHONE, EMAIL, "Lạch Tray"):
        assert private not in page.text, private
    listing = citizen.get("/so-a/hoi-dap/")
    assert "Thủ tục cấp phép xây dựng" in listing.text and "Nguyễn Văn An" not in listing.text
    # Of general interest: the board features it on the city portal's Q&A.
    assert citizen.get("/hoi-dap/").html.select_one(".qa-featured") is None
    page = board.get(url)
    page.forms[next(k for k, f in page.forms.items() if f.action.endswith("/feature"))].submit().follow()
    featured = citizen.get("/hoi-dap/").html.select_one(".qa-featured")
    assert featured is not None and "Thủ tục cấp phép xây dựng" in featured.text
    conn = testing.database(qa_app).open()
    try:
        catalog = conn.root()[ROOT_KEY].catalog
        for words in ("giấy tờ", "ba tầng"):
            assert search(catalog, SearchQuery(text=words), allowed=testing.ANONYMOUS_TOKENS).total == 1
        for private in (PHONE, CITIZEN_ID, "Nguyễn Văn An", "nguyen.van.an"):
            assert search(catalog, SearchQuery(text=private), allowed=None).total == 0, private
    finally:
        conn.close()


def test_the_citizen_id_is_encrypted_and_viewing_it_is_logged(qa_app):
    ask(TestApp(qa_app))
    _code, _state, name = question(qa_app)
    conn = testing.database(qa_app).open()
    try:
        stored = conn.root()[ROOT_KEY]["so-a"]["hoi-dap"][name]
        assert CITIZEN_ID.encode() not in stored.citizen_id_token and stored.citizen_id_token
    finally:
        conn.close()
    data_fs = testing.database(qa_app).storage._file_name
    with open(data_fs, "rb") as stored_bytes:
        assert CITIZEN_ID.encode() not in stored_bytes.read()  # not in the database file either
    board = person(qa_app, "so-a-btv")
    page = board.get(f"/so-a/hoi-dap/{name}/")
    shown = page.forms[next(k for k, f in page.forms.items() if "reveal" in f.fields)].submit("reveal")
    assert shown.html.select_one(".citizen-id").text == CITIZEN_ID
    conn = testing.database(qa_app).open()
    try:
        actions = [e.action for e in conn.root()[ROOT_KEY].audit.newest(0, 5)]
    finally:
        conn.close()
    assert audit.PERSONAL_DATA_VIEWED in actions
    person(qa_app, "so-b-btv").get(f"/so-a/hoi-dap/{name}/", status=403)  # another portal's board

    # Erasing on the sender's request needs the confirmation box; then nothing personal is left.
    erase = shown.forms[next(k for k, f in shown.forms.items() if f.action.endswith("/anonymise"))]
    erase.submit().follow()
    conn = testing.database(qa_app).open()
    try:
        assert conn.root()[ROOT_KEY]["so-a"]["hoi-dap"][name].full_name == "Nguyễn Văn An"  # not without the box
    finally:
        conn.close()
    erase = board.get(f"/so-a/hoi-dap/{name}/").forms
    erase = erase[next(k for k, f in erase.items() if f.action.endswith("/anonymise"))]
    erase["confirm"] = True
    erase.submit().follow()
    conn = testing.database(qa_app).open()
    try:
        erased = conn.root()[ROOT_KEY]["so-a"]["hoi-dap"][name]
        assert (erased.full_name, erased.citizen_id_token, erased.phone, erased.email) == ("", b"", "", "")
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"citizen_id": "000085001234"}, "mã tỉnh"),
        ({"phone": "", "email": ""}, "số điện thoại hoặc địa chỉ thư điện tử"),
        ({"consent": False}, "đánh dấu"),
    ],
)
def test_bad_input_is_explained_and_kept(qa_app, fields, message):
    page = ask(TestApp(qa_app), **fields)
    assert page.status_int == 200 and message in page.text.lower()
    assert page.forms["ask-form"]["title"].value == "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"
    conn = testing.database(qa_app).open()
    try:
        assert not [q for q in conn.root()[ROOT_KEY]["so-a"]["hoi-dap"].values() if isinstance(q, Question)]
    finally:
        conn.close()
    transaction.abort()


def test_a_line_break_in_a_title_does_not_drop_the_agency_notification(qa_app, smtp):
    """A title that came in with a line break (an import, a mail) still reaches the agency, on one line."""
    ask(TestApp(qa_app))
    _code, _state, name = question(qa_app)

    def break_title(root, registry):
        root[ROOT_KEY]["so-a"]["hoi-dap"][name].title = "Thủ tục cấp phép\r\nBcc: ke-gian@example.com"

    testing.populate(qa_app, break_title)
    url = f"/so-a/hoi-dap/{name}/"
    board = person(qa_app, "so-a-btv")
    step(board, url, "accept")
    smtp.clear()
    form_step(board, url + "assign", agency=_uid(qa_app, "hoi-dap/cong-an"), days="7")
    assert smtp.recipients == [["congan@haiphong.gov.vn"]]
    assert smtp.messages[0]["Subject"] == "Câu hỏi chuyển đến cơ quan: “Thủ tục cấp phép Bcc: ke-gian@example.com”"
    assert smtp.messages[0]["Bcc"] is None


def test_a_direct_answer_says_it_was_queued_and_goes_when_the_server_takes_it(qa_app, smtp):
    ask(TestApp(qa_app))
    _code, _state, name = question(qa_app)
    url = f"/so-a/hoi-dap/{name}/"
    board = person(qa_app, "so-a-btv")
    step(board, url, "accept")
    form_step(board, url + "assign", agency=_uid(qa_app, "hoi-dap/cong-an"), days="7")
    smtp.clear()
    police = person(qa_app, "congan")
    page = form_step(police, url + "answer", answer="Mời ông đến bộ phận một cửa.", kind="direct").follow()
    assert "đưa vào hàng đợi thư gửi người hỏi" in page.text
    assert smtp.recipients == [[EMAIL]] and "bộ phận một cửa" in smtp.messages[0].get_content()
