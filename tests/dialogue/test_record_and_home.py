"""After the session: the published record (script, leaders, video link, attachments) in the portal's archive
and the city's; before it: the next announced dialogue on the city home and on its portal's home."""

from __future__ import annotations

from datetime import UTC, timedelta

from dl_helpers import EDITOR, ENDS, STARTS, URL, change_dialogue, person
from webtest import TestApp

from hpportal import testing
from hpportal.core import clock
from hpportal.core.workflow import force_state

TITLE = "Cải cách hành chính trong cấp phép xây dựng"


def at(moment):
    moment = moment.astimezone(UTC)
    clock.set_clock(lambda: moment)


def home_block(app, path):
    block = TestApp(app).get(path).html.find(class_="dialogue-home")
    return block.get_text(" ", strip=True) if block is not None else None


def test_the_next_announced_dialogue_is_on_the_city_home_and_its_portals_home(announced_app):
    at(STARTS - timedelta(days=1))
    for path in ("/", "/so-a/"):
        assert TITLE in home_block(announced_app, path)
    assert home_block(announced_app, "/so-b/") is None  # Sở B has none
    at(STARTS + timedelta(minutes=5))
    assert "Đang diễn ra" in home_block(announced_app, "/so-a/")
    at(ENDS + timedelta(minutes=5))
    assert home_block(announced_app, "/") is None  # over: in the archive, no longer announced


def test_a_draft_is_on_no_home(dialogue_app):
    assert home_block(dialogue_app, "/") is None


def test_the_record_is_published_with_its_video_and_attachment_and_archived(announced_app):
    at(ENDS + timedelta(minutes=5))
    board = person(announced_app, EDITOR)
    form = board.get(URL + "/record").forms["record-form"]
    form["video_url"] = "javascript:alert(1)"
    assert "https://" in form.submit().text
    form = board.get(URL + "/record").forms["record-form"]
    form["video_url"] = "https://video.haiphong.gov.vn/doi-thoai/cai-cach"
    form["attachment_title"] = "Báo cáo tổng hợp ý kiến"
    form["attachment"] = ("bao-cao.pdf", testing.PDF, "application/pdf")
    form.submit().follow()
    board.get(URL).forms["step-form"].submit("step").follow()  # publish the script

    page = TestApp(announced_app).get(URL)
    assert "Đã đăng nội dung đối thoại" in page.text
    assert page.html.find("a", string="Xem lại video")["href"] == "https://video.haiphong.gov.vn/doi-thoai/cai-cach"
    link = page.html.find("a", string="Báo cáo tổng hợp ý kiến")
    assert TestApp(announced_app).get(link["href"]).body == testing.PDF
    for archive in ("/so-a/doi-thoai/", "/doi-thoai/"):
        section = TestApp(announced_app).get(archive).html.find(class_="dialogues-archive")
        assert TITLE in section.get_text()


def test_a_dialogue_of_another_portal_is_in_the_citys_archive_not_in_so_bs(announced_app):
    change_dialogue(announced_app, lambda d, registry: force_state(d, "published", registry=registry))
    assert TITLE in TestApp(announced_app).get("/doi-thoai/").html.find(class_="dialogues-archive").get_text()
    assert TITLE not in TestApp(announced_app).get("/so-b/doi-thoai/").text
