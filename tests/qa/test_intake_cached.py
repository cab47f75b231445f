"""Asking and tracking as shipped, page cache on: every fresh browser's first try works, nothing personal
or client-dependent is cached, a refused form keeps what was typed (issue 12, points 1, 2, 3 and 26)."""

from __future__ import annotations

import shutil

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.qa.models import Question

PHONE = "0912345678"
EMAIL = "nguyen.van.an@example.vn"
TITLE = "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"


@pytest.fixture
def cached_qa(tmp_path, boards_database, smtp_server):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    settings = testing.settings_for(
        directory,
        **{
            "hpportal.page_cache_size": "2000",  # as development.ini ships it
            "mail.host": "127.0.0.1",
            "mail.port": str(smtp_server.port),
            "mail.default_sender": "no-reply@haiphong.gov.vn",
        },
    )
    app = testing.make_app(settings)
    yield app
    testing.database(app).close()


def fresh(app, address="10.0.0.1") -> TestApp:
    """A new browser: no cookies, its own address."""
    return TestApp(app, extra_environ={"REMOTE_ADDR": address})


def fill(form, **fields):
    values = {
        "full_name": "Nguyễn Văn An",
        "citizen_id": "031085001234",
        "address": "Số 5 Lạch Tray, phường Gia Viên",
        "phone": PHONE,
        "email": EMAIL,
        "field": "xay-dung",
        "title": TITLE,
        "text": "Tôi muốn xây nhà ba tầng trên đất ở của gia đình thì cần những giấy tờ gì và nộp ở đâu?",
        "consent": True,
        **fields,
    }
    for key, value in values.items():
        form[key] = value
    return form


def codes(app, portal="so-a") -> list[str]:
    conn = testing.database(app).open()
    try:
        section = conn.root()[ROOT_KEY][portal]["hoi-dap"]
        return [q.code for q in section.values() if isinstance(q, Question)]
    finally:
        conn.close()


@pytest.mark.parametrize("path", ["/hoi-dap", "/so-a/hoi-dap"])
def test_two_fresh_browsers_each_ask_on_the_first_try_with_the_page_cache_on(cached_qa, path):
    first, second = fresh(cached_qa, "10.0.0.1"), fresh(cached_qa, "10.0.0.2")
    first_page = first.get(path + "/ask")
    second_page = second.get(path + "/ask")
    assert second_page.headers.get("X-Cache") == "hit"  # the very page the first browser got
    for page in (first_page, second_page):
        sent = fill(page.forms["ask-form"]).submit("send")
        assert sent.status_int == 303 and "/sent" in sent.location
        assert "Câu hỏi của bạn đã được tiếp nhận" in sent.follow().text


def test_a_refused_token_keeps_what_was_typed_and_the_second_try_works(cached_qa):
    browser = fresh(cached_qa)
    form = fill(browser.get("/so-a/hoi-dap/ask").forms["ask-form"])
    form["csrf_token"] = "het-han"
    refused = form.submit("send")
    assert refused.status_int == 200 and codes(cached_qa) == []
    assert "không thể nhận biểu mẫu" in refused.html.select_one(".csrf-refused").text
    again = refused.forms["ask-form"]
    assert again["title"].value == TITLE and again["phone"].value == PHONE  # nothing typed is lost
    assert again["csrf_token"].value != "het-han"
    assert again.submit("send").status_int == 303
    assert len(codes(cached_qa)) == 1


def test_a_question_sent_from_another_site_is_refused(cached_qa):
    browser = fresh(cached_qa)
    form = fill(browser.get("/so-a/hoi-dap/ask").forms["ask-form"])
    refused = form.submit("send", headers={"Origin": "https://ke-gian.example"})
    assert refused.html.select_one(".csrf-refused") is not None and codes(cached_qa) == []


def test_the_receipt_tells_the_deadline_what_happens_next_and_how_to_track_and_is_mailed(cached_qa, smtp):
    sent = fill(fresh(cached_qa).get("/so-a/hoi-dap/ask").forms["ask-form"]).submit("send").follow()
    (code,) = codes(cached_qa)
    assert sent.html.select_one(".tracking-code").text.strip() == code
    assert sent.html.select_one(".receipt .expected time")["datetime"]
    assert "Điều gì diễn ra tiếp theo" in sent.text and len(sent.html.select(".next-steps li")) == 3
    assert "Cách tra cứu" in sent.text and sent.html.select_one(".mailed") is not None
    assert "X-Cache" not in sent.headers and "no-store" in sent.headers["Cache-Control"]
    mail = smtp.messages[-1].get_content()
    assert code in mail and sent.html.select_one(".receipt .expected time").text.strip() in mail


def test_tracking_sends_the_phone_in_the_body_only(cached_qa):
    fill(fresh(cached_qa).get("/so-a/hoi-dap/ask").forms["ask-form"]).submit("send")
    (code,) = codes(cached_qa)
    citizen = fresh(cached_qa)
    by_address = citizen.get("/so-a/hoi-dap/track", {"code": code, "contact": PHONE})
    assert by_address.html.select_one(".tracked") is None  # a phone number in the URL is not looked up
    form = citizen.get("/so-a/hoi-dap/track").forms["track-form"]
    assert form.method.lower() == "post"
    form["code"], form["contact"] = code, PHONE
    tracked = form.submit()
    assert "Đã tiếp nhận" in tracked.html.select_one(".tracked .state").text
    assert "no-store" in tracked.headers["Cache-Control"]


def test_a_refused_lookup_is_never_served_to_another_citizen(cached_qa):
    fill(fresh(cached_qa).get("/so-a/hoi-dap/ask").forms["ask-form"]).submit("send")
    (code,) = codes(cached_qa)
    greedy = fresh(cached_qa, "10.0.0.66")
    for _n in range(25):
        form = greedy.get("/so-a/hoi-dap/track").forms["track-form"]
        form["code"], form["contact"] = code, "0987654321"
        answer = form.submit()
    assert "quá nhiều lượt tra cứu" in answer.text
    for url in ("/so-a/hoi-dap/track", f"/so-a/hoi-dap/track?code={code}&contact={PHONE}"):
        assert "quá nhiều lượt tra cứu" not in fresh(cached_qa, "10.0.0.7").get(url).text
    neighbour = fresh(cached_qa, "10.0.0.7")
    form = neighbour.get("/so-a/hoi-dap/track").forms["track-form"]
    form["code"], form["contact"] = code, PHONE
    assert neighbour.get("/so-a/hoi-dap/track").headers.get("X-Cache") == "hit"
    assert "Đã tiếp nhận" in form.submit().html.select_one(".tracked .state").text
