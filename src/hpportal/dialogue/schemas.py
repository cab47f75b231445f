"""The forms of Đối thoại trực tuyến: the plan (Art. 8.2), a question from the public, moderation, the script.

A plan may be saved incomplete while it is a draft; :func:`plan_problems` says what it still lacks, and a
plan that lacks anything cannot be submitted for approval.
"""

from __future__ import annotations

import colander
import deform

from hpportal.core.i18n import _
from hpportal.dialogue.vocabularies import MODES, POSTER
from hpportal.qa.schemas import ask_schema

#: The plan's fields in the order of the form, with how a missing one is named.
PLAN_FIELDS = {
    "title": _("the topic"),
    "hot_issue": _("the hot issue it answers"),
    "purpose": _("the purpose and requirements"),
    "day": _("the date"),
    "start_time": _("the start time"),
    "duration": _("the duration"),
    "venue": _("the venue"),
    "mode": _("how it is organised"),
    "leaders": _("the answering leaders (full name, position and agency of each)"),
    "units": _("the coordinating units and the responsibility of each"),
    POSTER: _("the poster image"),
    "description": _("the description for the announcement"),
}


def _text(name, title, *, rows=0, description="", missing="", length=2000):
    widget = deform.widget.TextAreaWidget(rows=rows) if rows else deform.widget.TextInputWidget()
    return colander.SchemaNode(
        colander.String(),
        name=name,
        title=title,
        description=description,
        missing=missing,
        validator=colander.Length(0, length),
        widget=widget,
    )


def plan_schema() -> colander.SchemaNode:
    """Kế hoạch đối thoại: every field of Art. 8.2; only the topic is needed to save a draft."""
    schema = colander.SchemaNode(colander.Mapping())
    add = schema.add
    add(colander.SchemaNode(colander.String(), name="title", title=_("Topic"), validator=colander.Length(5, 300)))
    add(_text("hot_issue", _("The hot issue it answers"), rows=3))
    add(_text("purpose", _("Purpose and requirements"), rows=5, length=10_000))
    add(
        colander.SchemaNode(
            colander.Date(), name="day", title=_("Date"), missing=None, widget=deform.widget.DateInputWidget()
        )
    )
    add(
        colander.SchemaNode(
            colander.Time(),
            name="start_time",
            title=_("Start time"),
            missing=None,
            widget=deform.widget.TimeInputWidget(),
        )
    )
    add(
        colander.SchemaNode(
            colander.Integer(),
            name="duration",
            title=_("Duration (minutes)"),
            missing=None,
            validator=colander.Range(15, 600),
        )
    )
    add(_text("venue", _("Venue"), length=300))
    add(
        colander.SchemaNode(
            colander.String(),
            name="mode",
            title=_("How it is organised"),
            missing="",
            validator=colander.OneOf(["", *MODES]),
            widget=deform.widget.SelectWidget(values=[("", _("— choose —")), *MODES.items()]),
        )
    )
    leader = colander.SchemaNode(colander.Mapping(), name="leader", title=_("Leader"))
    leader.add(_text("full_name", _("Full name"), length=200))
    leader.add(_text("position", _("Position"), length=200))
    leader.add(_text("agency", _("Agency"), length=300))
    add(
        colander.SchemaNode(
            colander.Sequence(),
            leader,
            name="leaders",
            title=_("Answering leaders"),
            missing=[],
            widget=deform.widget.SequenceWidget(min_len=1, add_subitem_text_template=_("Add a leader")),
        )
    )
    unit = colander.SchemaNode(colander.Mapping(), name="unit", title=_("Coordinating unit"))
    unit.add(_text("unit", _("Unit"), length=300))
    unit.add(_text("responsibility", _("Responsibility"), rows=2))
    add(
        colander.SchemaNode(
            colander.Sequence(),
            unit,
            name="units",
            title=_("Coordinating units"),
            missing=[],
            widget=deform.widget.SequenceWidget(min_len=1, add_subitem_text_template=_("Add a unit")),
        )
    )
    add(
        colander.SchemaNode(
            deform.FileData(),
            name=POSTER,
            title=_("Poster image"),
            description=_("JPEG or PNG, shown with the announcement."),
            missing=None,
        )
    )
    add(_text("description", _("Description for the announcement"), rows=4, length=5000))
    return schema


def _complete_leader(leader) -> bool:
    return all((leader.get(key) or "").strip() for key in ("full_name", "position", "agency"))


def _complete_unit(unit) -> bool:
    return all((unit.get(key) or "").strip() for key in ("unit", "responsibility"))


def plan_problems(dialogue) -> list:
    """What the plan of ``dialogue`` still lacks, as the translatable names of :data:`PLAN_FIELDS`, in order."""
    missing = []
    for name, label in PLAN_FIELDS.items():
        if name == "leaders":
            present = bool(dialogue.leaders) and all(_complete_leader(x) for x in dialogue.leaders)
        elif name == "units":
            present = bool(dialogue.units) and all(_complete_unit(x) for x in dialogue.units)
        elif name == POSTER:
            present = dialogue.poster is not None
        else:
            value = getattr(dialogue, name, None)
            present = bool(value.strip()) if isinstance(value, str) else value is not None
        if not present:
            missing.append(label)
    return missing


def question_schema() -> colander.SchemaNode:
    """A question to a dialogue: the sender, consent and honeypot exactly as Hỏi - Đáp asks them (Art. 9.5)."""
    schema = ask_schema()
    for name in ("field", "title", "attachments"):
        del schema[name]
    return schema
