"""The catalog indexes of Hỏi - Đáp: what dashboards, tracking and the public list query without loading questions.

Each discriminator's import path is pickled into the catalog: keep them here, under these names.
Nothing personal is ever indexed.
"""

from __future__ import annotations

from functools import partial

from repoze.catalog.indexes.field import CatalogFieldIndex

from hpportal.qa.models import Question

CODE = "qa_code"  # the tracking code (not personal data)
FIELD = "qa_field"  # the field (topic), for the public list by field
AGENCY = "qa_agency"  # the uid of the agency the question is assigned to
DUE = "qa_due"  # when the agency must answer (epoch seconds): "due soon", "overdue"


def question_code(obj, default):
    return obj.code if isinstance(obj, Question) else default


def question_field(obj, default):
    return obj.field if isinstance(obj, Question) else default


def question_agency(obj, default):
    return (obj.agency or default) if isinstance(obj, Question) else default


def question_due(obj, default):
    return int(obj.due.timestamp()) if isinstance(obj, Question) and obj.due is not None else default


INDEXES = {CODE: question_code, FIELD: question_field, AGENCY: question_agency, DUE: question_due}


def includeme(config):
    for name, discriminator in INDEXES.items():
        config.add_catalog_index(name, partial(CatalogFieldIndex, discriminator))
