"""Only the agency a question is assigned to answers it and sees its sender; attachments stay private
unless the board publishes them; erasure removes them; addresses cannot be guessed (issue 12, points 6,
7, 19, 20, 27 and 30)."""

from __future__ import annotations

import io
import re
import shutil
from datetime import timedelta

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock
from hpportal.core.localroles import grant
from hpportal.core.media import File
from hpportal.core.portal import ROOT_KEY
from hpportal.core.principals import User
from hpportal.core.security import RESPONDER, user_principal
from hpportal.core.workflow import force_state
from hpportal.qa.commands import anonymise_closed
from hpportal.qa.models import Agency, Question, question_name

TITLE = "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"
FULL_NAME = "Nguyễn Văn An"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _setup(root, registry):
    """so-a-tl answers for Sở A (where the question is asked), so-b-tl for Sở B (the agency assigned)."""
    site = root[ROOT_KEY]
    site["hoi-dap"].add("cong-an", Agency(title="Công an thành phố"), registry=registry)
    for login, where in (("so-a-tl", site["so-a"]), ("so-b-tl", site["so-b"])):
        user = site.principals.add_user(
            User(login, login, email=f"{login}@example.vn", password=testing.BOARD_PASSWORD)
        )
        grant(where, user_principal(user.id), RESPONDER, registry=registry)
    section = site["so-a"]["hoi-dap"]
    question = Question(title=TITLE, text="Cần giấy tờ gì?", full_name=FULL_NAME, phone="0912345678")
    section.add(question_name(section), question, registry=registry)
    document = File(title="Bản vẽ")
    document.upload(io.BytesIO(PDF), "ban-ve.pdf")
    question.attach(document, registry=registry)
    force_state(question, "accepted", registry=registry)


@pytest.fixture
def qa_app(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, _setup)
    yield app
    testing.database(app).close()


def person(app, login):
    browser = TestApp(app)
    testing.login(browser, login, testing.BOARD_PASSWORD)
    return browser


def read(app, fn):
    conn = testing.database(app).open()
    try:
        return fn(conn.root()[ROOT_KEY])
    finally:
        conn.close()


def the_question(site) -> Question:
    return next(q for q in site["so-a"]["hoi-dap"].values() if isinstance(q, Question))


def url_of(app) -> str:
    return read(app, lambda site: f"/so-a/hoi-dap/{the_question(site).__name__}/")


def form_step(browser, url, button="save", **fields):
    form = browser.get(url).forms["deform"]
    for key, value in fields.items():
        form[key] = value
    return form.submit(button)


def assigned_to_so_b(app) -> str:
    url = url_of(app)
    board = person(app, "so-a-btv")
    form_step(board, url + "assign", agency=read(app, lambda site: site["so-b"].uid), days="5")
    assert read(app, lambda site: the_question(site).workflow_state) == "assigned"
    return url


def answered_publicly(app) -> str:
    url = assigned_to_so_b(app)
    form_step(person(app, "so-b-tl"), url + "answer", answer="Nộp hồ sơ tại bộ phận một cửa.", kind="public")
    return url


def test_a_responder_of_another_agency_cannot_see_answer_or_count_the_question(qa_app):
    url = assigned_to_so_b(qa_app)
    other = person(qa_app, "so-a-tl")  # Responder of the portal it was asked on, not of the agency assigned
    other.get(url, status=403)
    for step in ("answer", "progress"):
        assert other.get(url + step, expect_errors=True).status_int in (403, 404)
    token = other.get("/profile").forms["profile-form"]["csrf_token"].value
    refused = other.post(url + "transition", {"transition": "answer", "csrf_token": token}, expect_errors=True)
    assert refused.status_int in (303, 403) and read(qa_app, lambda s: the_question(s).workflow_state) == "assigned"
    other.post(url, {"reveal": "1", "csrf_token": token}, status=403)
    assert TITLE not in other.get("/my-work").text
    assert TITLE not in other.get("/so-a/questions").text


def test_the_assigned_agency_answers_and_sees_the_sender(qa_app):
    url = assigned_to_so_b(qa_app)
    agency = person(qa_app, "so-b-tl")
    page = agency.get(url)
    assert "N. V. A." in page.text and FULL_NAME not in page.text  # masked until asked
    token = page.forms[next(k for k, f in page.forms.items() if "reveal" in f.fields)]["csrf_token"].value
    assert FULL_NAME in agency.post(url, {"reveal": "1", "csrf_token": token}).text
    assert TITLE in agency.get("/my-work").text and TITLE in agency.get("/so-b/questions").text
    form_step(agency, url + "answer", answer="Nộp hồ sơ tại bộ phận một cửa.", kind="public")
    assert read(qa_app, lambda site: the_question(site).workflow_state) == "answered"


def test_attachments_stay_private_when_published_unless_the_board_ticks_them(qa_app):
    url = answered_publicly(qa_app)
    attachment = url + "tep-1/download"
    board = person(qa_app, "so-a-btv")
    form = board.get(url + "publish").forms["deform"]
    assert "ban-ve.pdf" in form.html.text  # offered, not ticked
    form.submit("save")
    citizen = TestApp(qa_app)
    page = citizen.get(url)
    assert "Nộp hồ sơ tại bộ phận một cửa." in page.text and "ban-ve.pdf" not in page.text
    citizen.get(attachment, status=404)
    assert board.get(attachment).body == PDF  # the board still reads it


def test_an_attachment_the_board_ticks_is_published(qa_app):
    url = answered_publicly(qa_app)
    form_step(person(qa_app, "so-a-btv"), url + "publish", checkbox=True)  # the one attachment: ticked
    citizen = TestApp(qa_app)
    assert "ban-ve.pdf" in citizen.get(url).text
    assert citizen.get(url + "tep-1/download").body == PDF


def test_erasing_the_senders_data_removes_the_attachments(qa_app):
    url = url_of(qa_app)
    board = person(qa_app, "so-a-btv")
    assert board.get(url + "tep-1/download").body == PDF
    page = board.get(url)
    form = page.forms[next(k for k, f in page.forms.items() if f.action.endswith("/anonymise"))]
    form["confirm"] = True
    form.submit()
    assert read(qa_app, lambda site: list(the_question(site).keys())) == []
    board.get(url + "tep-1/download", status=404)
    assert "ban-ve.pdf" not in board.get(url).text


def test_qa_anonymise_removes_the_attachments_of_old_closed_questions(qa_app):
    def close_long_ago(root, registry):
        question = the_question(root[ROOT_KEY])
        force_state(question, "closed", registry=registry)
        question.answered = clock.now() - timedelta(days=800)

    testing.populate(qa_app, close_long_ago)
    testing.populate(qa_app, lambda root, registry: anonymise_closed(root[ROOT_KEY], registry, clock.now(), days=365))
    assert read(qa_app, lambda site: (the_question(site).anonymised, list(the_question(site).keys()))) == (True, [])


def test_question_addresses_cannot_be_guessed_and_hidden_attachments_are_missing(qa_app):
    name = read(qa_app, lambda site: the_question(site).__name__)
    code = read(qa_app, lambda site: the_question(site).code)
    assert re.fullmatch(r"cau-hoi-[0-9a-f]{10}", name) and code.lower() not in name
    citizen = TestApp(qa_app)
    citizen.get(f"/so-a/hoi-dap/{name}/tep-1/download", status=404)  # not a login page saying "it exists"
    citizen.get(f"/so-a/hoi-dap/{name}/tep-1/", status=404)


def test_the_add_menu_of_the_qa_section_offers_only_what_can_be_added(qa_app):
    admin = TestApp(qa_app)
    testing.login(admin)
    menu = admin.get("/hoi-dap/").html.select("a[href*='/add?type=']")
    assert menu == [] or all(admin.get(a["href"], expect_errors=True).status_int == 200 for a in menu)
    assert not any("Agency" in a["href"] for a in menu)


def test_my_work_groups_by_kind_with_code_due_date_and_overdue_mark(qa_app):
    assigned_to_so_b(qa_app)

    def late(root, registry):
        the_question(root[ROOT_KEY]).due = clock.now() - timedelta(days=2)

    testing.populate(qa_app, late)
    page = person(qa_app, "so-b-tl").get("/my-work")
    (group,) = page.html.select(".work-kind")
    assert group.h3.text.split() == ["Câu", "hỏi", "(1)"] and len(group.select("tbody tr")) == 1
    row = group.select_one("tbody tr")
    code = read(qa_app, lambda site: the_question(site).code)
    assert row.select_one(".code").text == code and "overdue" in row["class"]
    assert row.select_one(".overdue-mark").text == "Quá hạn" and row.select_one("time")["datetime"]
