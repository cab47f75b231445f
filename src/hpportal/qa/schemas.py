"""The forms of Hỏi - Đáp: asking, recording a question received elsewhere, assigning, answering."""

from __future__ import annotations

import colander
import deform

from hpportal.core.forms import UploadWidget
from hpportal.core.i18n import _
from hpportal.core.timezone import LOCAL_TZ
from hpportal.qa.models import CHANNELS, FIELDS, INDIVIDUAL, ORGANISATION
from hpportal.qa.validation import email_validator, sender_validator

MAX_ATTACHMENTS = 3


def _not_ticked(node, value):
    if not value:
        raise colander.Invalid(node, _("Please tick the box to agree, or we cannot receive your question."))


def _empty(node, value):
    """The honeypot: people never see this field, robots fill it."""
    if value:
        raise colander.Invalid(node, _("Your question could not be sent."))


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
    add(
        colander.SchemaNode(
            colander.String(),
            name="sender_type",
            title=_("You are"),
            default=INDIVIDUAL,
            validator=colander.OneOf([INDIVIDUAL, ORGANISATION]),
            widget=deform.widget.RadioChoiceWidget(
                values=[(INDIVIDUAL, _("An individual")), (ORGANISATION, _("An organisation"))], inline=True
            ),
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="full_name",
            title=_("Full name"),
            validator=colander.Length(1, 200),
            widget=deform.widget.TextInputWidget(attributes={"autocomplete": "name"}),
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="citizen_id",
            title=_("Citizen ID number"),
            description=_("12 digits (individuals only). It is kept encrypted and never shown publicly."),
            missing="",
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="address",
            title=_("Address"),
            missing="",
            validator=colander.Length(0, 300),
            widget=deform.widget.TextAreaWidget(rows=2, attributes={"autocomplete": "street-address"}),
        )
    )
    # Input types and autocomplete tokens: the right keyboard on a phone, the browser fills them in (WCAG 1.3.5).
    add(
        colander.SchemaNode(
            colander.String(),
            name="phone",
            title=_("Telephone"),
            missing="",
            widget=deform.widget.TextInputWidget(attributes={"type": "tel", "autocomplete": "tel"}),
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="email",
            title=_("Email"),
            missing="",
            validator=email_validator,
            widget=deform.widget.TextInputWidget(attributes={"type": "email", "autocomplete": "email"}),
        )
    )
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
        add(
            colander.SchemaNode(
                colander.Boolean(),
                name="consent",
                title=_(
                    "I agree that the portal's editorial board and the agency that answers use my personal data "
                    "to receive, forward and answer this question, as the law on personal data protection allows."
                ),
                validator=_not_ticked,
                missing=False,
                default=False,
            )
        )
        add(
            colander.SchemaNode(
                colander.String(),
                name="website",  # a field name robots like
                title=_("Leave this field empty"),
                missing="",
                validator=_empty,
                # Hidden by portal.css, out of the tab order, never filled in by the browser.
                widget=deform.widget.TextInputWidget(
                    item_css_class="hp-trap", attributes={"tabindex": "-1", "autocomplete": "off"}
                ),
            )
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
