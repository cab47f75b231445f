"""Approving a dialogue's plan (REGULATION Art. 8.2): the Head of the portal's Editorial Board only.

The Deputy Head is an Approver like the Head (the same board group), yet cannot approve; nor can an Editor,
a Collaborator, or the Head of another portal's board. The Head may send the plan back, with a reason.
"""

from __future__ import annotations

import pytest
from dl_helpers import COLLABORATOR, DEPUTY, EDITOR, HEAD, OTHER_HEAD, URL, csrf_token, person, read_dialogue

from hpportal import testing


@pytest.fixture
def submitted(dialogue_app):
    editor = person(dialogue_app, EDITOR)
    editor.get(URL + "/submit").forms["submit-form"].submit()
    assert read_dialogue(dialogue_app, lambda d: d.workflow_state) == "submitted"
    return dialogue_app


def test_the_head_approves_the_plan(submitted):
    head = person(submitted, HEAD)
    form = head.get(URL + "/decide").forms["decide-form"]
    form.submit("approve").follow()
    assert read_dialogue(submitted, lambda d: d.workflow_state) == "approved"
    entry = read_dialogue(submitted, lambda d: d.workflow_history[-1])
    assert (entry.transition, entry.actor) == ("approve", HEAD)


@pytest.mark.parametrize("login", [DEPUTY, EDITOR, COLLABORATOR, OTHER_HEAD])
def test_no_one_else_approves_the_plan(submitted, login):
    browser = person(submitted, login)
    browser.get(URL + "/decide", status=403)
    browser.post(URL + "/decide", {"approve": "1", "csrf_token": csrf_token(browser)}, status=403)
    assert read_dialogue(submitted, lambda d: d.workflow_state) == "submitted"


def test_the_generic_workflow_button_cannot_approve(submitted):
    """The Deputy Head has the ``review`` permission, but approving needs the decision form, which checks the Head."""
    for login in (DEPUTY, HEAD):
        testing.take_step(person(submitted, login), URL, "approve")
    assert read_dialogue(submitted, lambda d: d.workflow_state) == "submitted"


def test_the_head_sends_the_plan_back_with_a_reason(submitted):
    head = person(submitted, HEAD)
    form = head.get(URL + "/decide").forms["decide-form"]
    page = form.submit("send_back")
    assert "Vui lòng nêu lý do" in page.text or "lý do" in page.text
    assert read_dialogue(submitted, lambda d: d.workflow_state) == "submitted"
    form = page.forms["decide-form"]
    form["comment"] = "Bổ sung danh sách đơn vị phối hợp"
    form.submit("send_back").follow()
    assert read_dialogue(submitted, lambda d: (d.workflow_state, d.workflow_history[-1].comment)) == (
        "draft",
        "Bổ sung danh sách đơn vị phối hợp",
    )


def test_the_site_manager_names_the_head_among_the_approvers(submitted):
    manager = person(submitted, "so-a-qt")
    form = manager.get("/so-a/doi-thoai/head").forms["head-form"]
    deputy_id = testing.read_site(submitted, lambda site: site.principals.by_login(DEPUTY).id)
    form["head"] = deputy_id
    form.submit().follow()
    # Now the one named is the Head, and the former Head is not.
    person(submitted, HEAD).get(URL + "/decide", status=403)
    person(submitted, DEPUTY).get(URL + "/decide").forms["decide-form"].submit("approve")
    assert read_dialogue(submitted, lambda d: d.workflow_state) == "approved"


def test_the_deputy_is_told_why_the_plan_is_not_theirs_to_approve(submitted):
    page = person(submitted, DEPUTY).get(URL + "/decide", status=403)
    assert "Chỉ Trưởng Ban Biên tập phê duyệt kế hoạch đối thoại" in page.text
