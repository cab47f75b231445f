"""Published questions and their answers in the open data API (``/api/v1/questions``); never the sender."""

from __future__ import annotations

from repoze.catalog.query import Eq

from hpportal.core.api import ApiCollection, ApiFilter
from hpportal.qa.indexes import FIELD
from hpportal.qa.models import FIELDS


def _question(request, question) -> dict:
    return {
        "field": question.field,
        "field_title": request.localizer.translate(FIELDS.get(question.field, question.field)),
        "question": question.text,
        "answer": question.answer,
        "agency": question.agency_title,
        "asked": question.received.isoformat() if question.received else None,
        "answered": question.answered.isoformat() if question.answered else None,
    }


def _field(value: str):
    if value not in FIELDS:
        raise ValueError(value)
    return Eq(FIELD, value)


QUESTIONS = ApiCollection(
    "questions",
    types=("Question",),
    title="Questions answered (Hỏi - Đáp)",
    title_vi="Hỏi - Đáp",
    properties={
        "field": {"type": "string", "enum": sorted(FIELDS)},
        "field_title": {"type": "string"},
        "question": {"type": "string"},
        "answer": {"type": "string"},
        "agency": {"type": "string"},
        "asked": {"type": ["string", "null"], "format": "date-time"},
        "answered": {"type": ["string", "null"], "format": "date-time"},
    },
    required=("field", "question", "answer", "agency", "asked", "answered"),
    serialize=_question,
    filters=(ApiFilter("field", "Lĩnh vực", _field, {"type": "string", "enum": sorted(FIELDS)}),),
)


def includeme(config):
    config.add_api_collection(QUESTIONS)
