"""The forms of Hỏi - Đáp: asking, recording a question received elsewhere, assigning, answering."""

from __future__ import annotations

import colander
import deform

from hpportal.core.forms import UploadWidget
from hpportal.core.i18n import _
from hpportal.core.senders import consent_nodes, sender_nodes, sender_validator
from hpportal.core.timezone import LOCAL_TZ
from hpportal.qa.models import CHANNELS, FIELDS

MAX_ATTACHMENTS = 3


def ask_schema(*, with_channel: bool = False) -> colander.SchemaNode:
    schema = colander.SchemaNode(colander.Mapping(), validator=sender_validator)
    add = schema.add
    if with_channel:  # the board records what came by email, Facebook or on paper
        add(
            colander.SchemaNode(
                colander.String(),
                name="channel",
                title=_("Received through"),
                validator=colander.OneOf(list(CHANNELS)),
                widget=deform.widget.SelectWidget(values=list(CHANNELS.items())),
            )
        )
        add(
            colander.SchemaNode(
                colander.DateTime(default_tzinfo=LOCAL_TZ),
                name="received",
                title=_("Received on"),
                description=_("Paper received outside office hours counts from the next opening."),
                widget=deform.widget.DateTimeInputWidget(),
            )
        )
    sender_nodes(schema)
    add(
        colander.SchemaNode(
            colander.String(),
            name="field",
            title=_("Field"),
            validator=colander.OneOf(list(FIELDS)),
            widget=deform.widget.SelectWidget(values=list(FIELDS.items())),
        )
    )
    add(
        colander.SchemaNode(
            colander.String(), name="title", title=_("Title of the question"), validator=colander.Length(5, 300)
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="text",
            title=_("Your question"),
            validator=colander.Length(20, 10_000),
            widget=deform.widget.TextAreaWidget(rows=8),
        )
    )
    add(
        colander.SchemaNode(
            colander.Sequence(),
            colander.SchemaNode(deform.FileData(), name="attachment", title=_("File"), widget=UploadWidget()),
            name="attachments",
            title=_("Attachments"),
            description=_("Up to 3 PDF files or images."),
            missing=[],
            validator=colander.Length(0, MAX_ATTACHMENTS),
            widget=deform.widget.SequenceWidget(max_len=MAX_ATTACHMENTS, add_subitem_text_template=_("Add a file")),
        )
    )
    if not with_channel:
        consent_nodes(
            schema,
            consent=_(
                "I agree that the portal's editorial board and the agency that answers use my personal data "
                "to receive, forward and answer this question, as the law on personal data protection allows."
            ),
            refused=_("Please tick the box to agree, or we cannot receive your question."),
            trapped=_("Your question could not be sent."),
        )
    return schema


def assign_schema(agencies: list[tuple[str, str]], default_days: int) -> colander.SchemaNode:
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="agency",
            title=_("Responsible agency"),
            validator=colander.OneOf([uid for uid, _title in agencies]),
            widget=deform.widget.SelectWidget(values=[("", _("— choose —")), *agencies]),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.Integer(),
            name="days",
            title=_("Working days to answer"),
            default=default_days,
            validator=colander.Range(1, 60),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="comment",
            title=_("Note for the agency"),
            missing="",
            widget=deform.widget.TextAreaWidget(rows=3),
            validator=colander.Length(0, 2000),
        )
    )
    return schema


def progress_schema() -> colander.SchemaNode:
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            colander.Date(),
            name="promised",
            title=_("The sender will have the answer by"),
            widget=deform.widget.DateInputWidget(),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="comment",
            title=_("What to tell the sender"),
            missing="",
            widget=deform.widget.TextAreaWidget(rows=3),
            validator=colander.Length(0, 2000),
        )
    )
    return schema


def answer_schema() -> colander.SchemaNode:
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="answer",
            title=_("Answer"),
            validator=colander.Length(10, 20_000),
            widget=deform.widget.TextAreaWidget(rows=10),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="kind",
            title=_("How to answer"),
            validator=colander.OneOf(["public", "direct"]),
            default="public",
            widget=deform.widget.SelectWidget(
                values=[
                    ("public", _("Publicly, on the portal (without the sender's personal data)")),
                    ("direct", _("Directly to the sender (a copy stays with the board)")),
                ]
            ),
        )
    )
    return schema


def publish_schema(attachments: list[tuple[str, str]]) -> colander.SchemaNode:
    """Publishing: which of the sender's attachments become public with the question (none unless ticked)."""
    schema = colander.SchemaNode(colander.Mapping())
    if attachments:
        schema.add(
            colander.SchemaNode(
                colander.Set(),
                name="public",
                title=_("Attachments to publish"),
                description=_(
                    "The sender's files stay private unless you tick them: check that they hold no personal data."
                ),
                missing=(),
                validator=colander.ContainsOnly([name for name, _title in attachments]),
                widget=deform.widget.CheckboxChoiceWidget(values=attachments),
            )
        )
    return schema
