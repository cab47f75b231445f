"""The plan of a dialogue (REGULATION Art. 8.2): a plan lacking any field cannot be submitted, and says which."""

from __future__ import annotations

import pytest
from dl_helpers import EDITOR, URL, change_dialogue, person, read_dialogue

#: field -> how to empty it, and what the page says is missing (in Vietnamese).
MISSING = {
    "title": ("", "chủ đề"),
    "hot_issue": ("", "vấn đề nóng"),
    "purpose": ("", "mục đích, yêu cầu"),
    "day": (None, "ngày tổ chức"),
    "start_time": (None, "giờ bắt đầu"),
    "duration": (None, "thời lượng"),
    "venue": ("", "địa điểm"),
    "mode": ("", "hình thức tổ chức"),
    "leaders": ([], "lãnh đạo trả lời"),
    "units": ([], "đơn vị phối hợp"),
    "poster": (None, "ảnh poster"),
    "description": ("", "nội dung giới thiệu"),
}


@pytest.mark.parametrize("field", list(MISSING))
def test_a_plan_lacking_a_field_cannot_be_submitted_and_the_message_names_it(dialogue_app, field):
    empty, words = MISSING[field]
    change_dialogue(dialogue_app, lambda d, registry: setattr(d, field, empty))
    editor = person(dialogue_app, EDITOR)
    page = editor.get(URL + "/submit")
    assert "Chưa gửi duyệt được" in page.text
    assert words in page.html.find(role="alert").get_text()
    token = editor.get(URL + "/edit").forms["edit-form"]["csrf_token"].value
    editor.post(URL + "/submit", {"csrf_token": token})
    assert read_dialogue(dialogue_app, lambda d: d.workflow_state) == "draft"


def test_a_leader_without_a_position_counts_as_missing(dialogue_app):
    leaders = [{"full_name": "Trần Văn Bình", "position": "", "agency": "Sở A"}]
    change_dialogue(dialogue_app, lambda d, registry: setattr(d, "leaders", leaders))
    page = person(dialogue_app, EDITOR).get(URL + "/submit")
    assert "lãnh đạo trả lời" in page.html.find(role="alert").get_text()


def test_a_complete_plan_is_submitted_to_the_head(dialogue_app):
    editor = person(dialogue_app, EDITOR)
    page = editor.get(URL)
    assert "Kế hoạch chưa gửi duyệt được" not in page.text
    form = editor.get(URL + "/submit").forms["submit-form"]
    form.submit().follow()
    assert read_dialogue(dialogue_app, lambda d: d.workflow_state) == "submitted"


def test_the_plan_is_written_through_the_edit_form_with_several_leaders(dialogue_app):
    """The board fills the plan in the generic edit form: leaders and units are lists of their own fields."""
    editor = person(dialogue_app, EDITOR)
    page = editor.get(URL + "/edit")
    assert page.html.find(string=lambda s: s and "Lãnh đạo trả lời" in s) is not None
    form = page.forms["edit-form"]
    form["venue"] = "Trung tâm Hội nghị thành phố"
    form.submit("save").maybe_follow()
    assert read_dialogue(dialogue_app, lambda d: (d.venue, len(d.leaders))) == ("Trung tâm Hội nghị thành phố", 2)
