"""The demo's dialogues: one announced and one live by the clock, two in the archive with their scripts,
every plan complete, and each portal's Approver named Head of its board."""

from __future__ import annotations

from hpportal import testing
from hpportal.dialogue.models import Dialogue
from hpportal.dialogue.phases import phase
from hpportal.dialogue.schemas import plan_problems


def test_the_demo_has_an_announced_a_live_and_two_archived_dialogues(demo_app, demo_testapp):
    def read(site):
        found = []
        for section in [site["doi-thoai"], site["so-xay-dung"]["doi-thoai"]]:
            for dialogue in section.values():
                if isinstance(dialogue, Dialogue):
                    answered = [q.answer for q in dialogue.scripted() if q.answer]
                    found.append((phase(dialogue), len(answered), plan_problems(dialogue)))
        heads = [getattr(site["so-xay-dung"], "board_head", None), getattr(site, "board_head", None)]
        return sorted(found), heads

    found, heads = testing.read_site(demo_app, read)
    assert [(state, problems) for state, _n, problems in found] == [
        ("announced", []),
        ("live", []),
        ("published", []),
        ("published", []),
    ]
    assert all(n >= 2 for state, n, _p in found if state == "published")
    assert all(heads)
    page = demo_testapp.get("/doi-thoai/")
    assert "Chuyển đổi số trong giải quyết thủ tục hành chính" in page.html.find(class_="dialogues-coming").get_text()
    archive = page.html.find(class_="dialogues-archive").get_text()
    assert "Chính sách nhà ở xã hội năm 2026" in archive and "Cải thiện môi trường đầu tư" in archive
    script = demo_testapp.get("/so-xay-dung/doi-thoai/nha-o-xa-hoi-2026").html.select("ol.script li")
    assert len(script) == 3
