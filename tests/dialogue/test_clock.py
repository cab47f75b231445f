"""The portal's clock drives an announced dialogue to live at its start and to closed at its end, without cron
and without writing on a read; the board may also step by hand, and the clock's steps are then written first."""

from __future__ import annotations

from datetime import UTC, timedelta

from dl_helpers import EDITOR, ENDS, STARTS, URL, person, read_dialogue
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock


def at(moment):
    moment = moment.astimezone(UTC)  # as the real clock gives it: a ZoneInfo cannot be pickled
    clock.set_clock(lambda: moment)


def phase_shown(app) -> str:
    return TestApp(app).get(URL).html.find(class_="dialogue-phase").get_text().strip()


def test_the_clock_moves_an_announced_dialogue_to_live_then_closed(announced_app):
    at(STARTS - timedelta(hours=1))
    assert phase_shown(announced_app) == "Đã thông báo: đang nhận câu hỏi"
    TestApp(announced_app).get(URL + "/ask").forms["dialogue-ask-form"]
    before = testing.last_transaction(announced_app)

    at(STARTS + timedelta(minutes=1))
    assert phase_shown(announced_app) == "Đang diễn ra"
    assert "dialogue-ask-form" in TestApp(announced_app).get(URL + "/ask").forms  # questions still come in

    at(ENDS)
    assert phase_shown(announced_app) == "Đã kết thúc: đang hoàn thiện kịch bản"
    page = TestApp(announced_app).get(URL + "/ask")
    assert "không còn nhận câu hỏi" in page.text
    assert "dialogue-ask-form" not in page.forms
    assert testing.last_transaction(announced_app) == before  # reading wrote nothing
    assert read_dialogue(announced_app, lambda d: d.workflow_state) == "announced"


def test_the_boards_next_step_writes_the_clocks_steps_first(announced_app):
    at(ENDS + timedelta(minutes=5))
    editor = person(announced_app, EDITOR)
    page = editor.get(URL)
    assert page.html.find(id="step-form").find("button")["value"] == "publish_script"
    page.forms["step-form"].submit("step").follow()
    history = read_dialogue(announced_app, lambda d: [(h.to_state, h.comment) for h in d.workflow_history])
    assert history[-3:] == [("live", "By the clock"), ("closed", "By the clock"), ("published", "")]
    assert phase_shown(announced_app) == "Đã đăng nội dung đối thoại"


def test_the_board_starts_and_closes_the_session_by_hand(announced_app):
    at(STARTS - timedelta(minutes=30))
    editor = person(announced_app, EDITOR)
    editor.get(URL).forms["step-form"].submit("step").follow()
    assert read_dialogue(announced_app, lambda d: d.workflow_state) == "live"
    assert phase_shown(announced_app) == "Đang diễn ra"
    editor.get(URL).forms["step-form"].submit("step").follow()
    assert read_dialogue(announced_app, lambda d: d.workflow_state) == "closed"
    assert "không còn nhận câu hỏi" in TestApp(announced_app).get(URL + "/ask").text


def test_a_step_the_clock_already_took_is_not_taken_twice(announced_app):
    at(STARTS - timedelta(minutes=30))
    editor = person(announced_app, EDITOR)
    form = editor.get(URL).forms["step-form"]  # "start the session now", shown before the start
    at(ENDS + timedelta(minutes=1))
    page = form.submit("step").follow()
    assert "đã được thực hiện" in page.text
    assert read_dialogue(announced_app, lambda d: d.workflow_state) == "closed"
