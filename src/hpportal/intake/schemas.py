"""The forms of the inbox: an edXML upload, an item received on paper or on Facebook, accepting, forwarding."""

from __future__ import annotations

import colander
import deform

from hpportal.core.forms import UploadWidget
from hpportal.core.i18n import _
from hpportal.core.timezone import LOCAL_TZ
from hpportal.intake.models import CHANNELS, EDXML, ORGANISATION, PERSON

MAX_FILES = 5
#: What staff record by hand: everything but edXML, which arrives as a package.
RECORDED_CHANNELS = [(name, title) for name, title in CHANNELS.items() if name != EDXML]
SENDER_KINDS = [(ORGANISATION, _("An organisation")), (PERSON, _("A person"))]
DOCUMENT = "document"


def upload_schema() -> colander.SchemaNode:
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            deform.FileData(),
            name="package",
            title=_("edXML package"),
            description=_("A .edxml or .xml file received from the document exchange axis."),
            widget=UploadWidget(),
        )
    )
    return schema


def record_schema() -> colander.SchemaNode:
    """Ghi nhận: an item received on paper, by Facebook message, by email or otherwise, with its scans."""
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="channel",
            title=_("Channel"),
            validator=colander.OneOf([name for name, _title in RECORDED_CHANNELS]),
            widget=deform.widget.SelectWidget(values=RECORDED_CHANNELS),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.DateTime(default_tzinfo=LOCAL_TZ),
            name="received",
            title=_("Received on"),
            description=_("Paper received outside office hours counts from the next opening."),
            widget=deform.widget.DateTimeInputWidget(),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="sender_kind",
            title=_("Sender"),
            validator=colander.OneOf([name for name, _title in SENDER_KINDS]),
            widget=deform.widget.RadioChoiceWidget(values=SENDER_KINDS),
            default=ORGANISATION,
        )
    )
    for name, title, limit in (
        ("sender", _("Name of the organisation or person"), 200),
        ("sender_address", _("Address"), 250),
        ("sender_contact", _("Telephone, email or Facebook account"), 200),
    ):
        schema.add(
            colander.SchemaNode(
                colander.String(),
                name=name,
                title=title,
                validator=colander.Length(1 if name == "sender" else 0, limit),
                missing=colander.required if name == "sender" else "",
            )
        )
    schema.add(
        colander.SchemaNode(colander.String(), name="title", title=_("Subject"), validator=colander.Length(1, 500))
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="body",
            title=_("What it says"),
            missing="",
            validator=colander.Length(0, 20000),
            widget=deform.widget.TextAreaWidget(rows=6),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.Sequence(),
            colander.SchemaNode(deform.FileData(), name="attachment", title=_("File"), widget=UploadWidget()),
            name="attachments",
            title=_("Scans and attachments"),
            description=_("Up to 5 files: PDF, images, office documents."),
            missing=[],
            validator=colander.Length(0, MAX_FILES),
            widget=deform.widget.SequenceWidget(max_len=MAX_FILES, add_subitem_text_template=_("Add a file")),
        )
    )
    return schema


def accept_schema(targets: list[tuple[str, str]]) -> colander.SchemaNode:
    """What the item becomes: the legal document (offered or filled in now) or an article of a section."""
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="into",
            title=_("Publish it as"),
            validator=colander.OneOf([value for value, _title in targets]),
            widget=deform.widget.SelectWidget(values=targets),
            default=targets[0][0] if targets else colander.null,
        )
    )
    return schema


def forward_schema(targets: list[tuple[str, str]]) -> colander.SchemaNode:
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="target",
            title=_("Forward to the board of"),
            validator=colander.OneOf([value for value, _title in targets]),
            widget=deform.widget.SelectWidget(values=targets),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="comment",
            title=_("Note for the other board"),
            missing="",
            validator=colander.Length(0, 2000),
            widget=deform.widget.TextAreaWidget(rows=3),
        )
    )
    return schema
