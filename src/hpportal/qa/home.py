"""The Hỏi - Đáp block of a portal's home page: ask, follow, the latest published answers."""

from __future__ import annotations

from hpportal.core.portal import find_site
from hpportal.core.security import VIEW
from hpportal.qa.models import QASection
from hpportal.qa.views import _questions

HOME_ANSWERS = 3


def qa_block(request, home) -> dict | None:
    """Values of the block, or ``None`` when this home has no Q&A section the visitor may open."""
    section = next((child for child in home.values() if isinstance(child, QASection)), None)
    if section is None or not request.has_permission(VIEW, section):
        return None
    _total, answered = _questions(find_site(home), section, request, ("published",), limit=HOME_ANSWERS)
    return {"section": section, "answered": answered}


def includeme(config):
    config.add_home_block("qa", qa_block, template="hpportal:qa/templates/home_block.pt", order=40)
