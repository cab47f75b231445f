"""How a published question describes itself to search engines: a schema.org QAPage (never the sender)."""

from __future__ import annotations

from hpportal.core.workflow import state_of
from hpportal.qa.models import Question


def question_metadata(request, question, meta) -> dict | None:
    if state_of(question) != "published" or not question.answer:
        return None
    answer = {"@type": "Answer", "text": question.answer, "author": {"@type": "GovernmentOrganization",
                                                                   "name": question.agency_title}}  # fmt: skip
    if question.answered:
        answer["dateCreated"] = question.answered.isoformat()
    asked = {"@type": "Question", "name": question.title, "text": question.text, "answerCount": 1,
             "acceptedAnswer": answer}  # fmt: skip
    if question.received:
        asked["dateCreated"] = question.received.isoformat()
    return {"json_ld": {"@type": "QAPage", "url": meta.canonical, "mainEntity": asked}}


def includeme(config):
    config.add_page_metadata(Question, question_metadata)
