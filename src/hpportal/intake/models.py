"""Tiếp nhận thông tin: the inbox of each portal's board and the items sent to it (REGULATION Art. 6).

An item keeps who sent it, by which channel, when it counts as received, what it says and its files
(children, in blobs, following the item's state); what it became (a legal document, an article) and
where it was forwarded are kept as uids, shown both ways.
"""

from __future__ import annotations

import re

import colander
import deform
from zope.interface import implementer

from hpportal.core.content import FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.media import FILE_TYPES, File
from hpportal.core.names import fold
from hpportal.core.security import (
    ADD,
    APPROVER,
    COLLABORATOR,
    DELETE,
    EDIT,
    EDITOR,
    INSPECTOR,
    MANAGE_CONTENTS,
    MANAGE_PORTAL,
    REVIEW,
    SITE_MANAGER,
    VIEW,
    VIEW_HISTORY,
    VIEW_INACTIVE,
)
from hpportal.intake.interfaces import IIntakeItem

INBOX_NAME = "tiep-nhan"
INBOX_TITLE = _("Tiếp nhận thông tin")  # its msgid is the Vietnamese title (a starter section's)
INBOX_DESCRIPTION = _("Thông tin gửi đến Ban Biên tập")

EDXML, EMAIL, FACEBOOK, PAPER, OTHER = "edxml", "email", "facebook", "paper", "other"
#: How information reached the board (Art. 6.1 a-d); electronic channels count from arrival, at any hour.
CHANNELS = {
    EDXML: _("Signed electronic document (edXML)"),
    EMAIL: _("Email"),
    FACEBOOK: _("Facebook message"),
    PAPER: _("Paper document"),
    OTHER: _("Other"),
}
ELECTRONIC = frozenset({EDXML, EMAIL, FACEBOOK})
#: The states in which an item waits for the board (the dashboard's "oldest waiting first").
WAITING = ("new", "in_review")
ORGANISATION, PERSON = "organisation", "person"

#: The inbox is the board's only: no public role sees it (its items' maps come from workflows.zcml).
_BOARD_VIEW = frozenset({VIEW, VIEW_HISTORY, VIEW_INACTIVE})
INBOX_PERMISSIONS = {
    COLLABORATOR: _BOARD_VIEW | {ADD},  # staff record paper and Facebook messages
    EDITOR: _BOARD_VIEW | {ADD, EDIT, MANAGE_CONTENTS},
    APPROVER: _BOARD_VIEW | {ADD, EDIT, MANAGE_CONTENTS, REVIEW},
    SITE_MANAGER: _BOARD_VIEW | {ADD, EDIT, DELETE, MANAGE_CONTENTS, REVIEW, MANAGE_PORTAL},
    INSPECTOR: _BOARD_VIEW,
}


class InboxSchema(colander.MappingSchema):
    title = colander.SchemaNode(colander.String(), title=_("Title"), validator=colander.Length(1, 200))
    description = colander.SchemaNode(
        colander.String(), title=_("Description"), missing="", widget=deform.widget.TextAreaWidget(rows=2)
    )
    address = colander.SchemaNode(
        colander.String(),
        title=_("The board's intake address"),
        description=_("Mail sent to it is filed in this inbox; empty: the portal's contact email."),
        missing="",
        validator=colander.Email(),
    )
    names = colander.SchemaNode(
        colander.String(),
        title=_("Other names of this portal in recipients lists (Nơi nhận)"),
        description=_(
            "One per line. A package whose Nơi nhận names the portal is offered as a legal document; its title "
            "and the usual forms (Cổng Thông tin điện tử …, Cổng TTĐT …) are known already."
        ),
        missing="",
        validator=colander.Length(0, 5000),
        widget=deform.widget.TextAreaWidget(rows=4),
    )


def inbox_schema():
    return InboxSchema()


@content_type(
    "Inbox",
    title=_("Inbox"),
    add_permission=MANAGE_PORTAL,
    schema=inbox_schema,
    addable_to=("Portal", "SubPortal"),
    icon="inbox",
    listed=False,  # every portal gets one
    extra={"permissions": INBOX_PERMISSIONS},
)
class Inbox(FolderContent):
    """Hộp thư tiếp nhận of one portal's board. ``names``: more names by which documents' "Nơi nhận" name
    the portal (one a line), besides those :func:`portal_names` gives."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("in_navigation", False)
        attrs.setdefault("names", "")
        attrs.setdefault("address", "")  # the board's intake address (empty: the portal's contact email)
        super().__init__(title, description, **attrs)


@content_type(
    "IntakeFile",
    title=_("Received file"),
    add_permission=ADD,
    addable_to=("IntakeItem",),
    icon="paperclip",
    listed=False,  # received with its item
)
class IntakeFile(File):
    """A file received with an item: an edXML attachment, a scan of a paper document.

    ``signatures``: of a PDF, what was found when it was received (see :func:`hpportal.intake.inbox.signatures_of`):
    a tuple of reports (empty: not signed), ``None`` when it could not be read; ``()`` for other files.
    """

    allowed_types = FILE_TYPES
    signatures: tuple | None = ()


@content_type(
    "IntakeItem",
    title=_("Received item"),
    add_permission=ADD,
    addable_to=("Inbox",),
    icon="envelope",
    listed=False,  # recorded on the inbox's forms, or imported
    workflow="intake",
)
@implementer(IIntakeItem)
class IntakeItem(FolderContent):
    """One piece of information sent to the board: its sender, channel, reception, subject, body, files."""

    def __init__(self, title="", description="", **attrs):
        defaults = {
            "channel": OTHER,
            "sender_kind": ORGANISATION,
            "sender": "",
            "sender_id": "",  # an agency's OrganId (edXML)
            "sender_address": "",
            "sender_contact": "",
            "arrived": None,  # when it arrived
            "received": None,  # when it counts as received (paper: the next opening of the office)
            "body": "",
            "document_id": "",  # edXML DocumentId
            "business_type": "0",
            "envelope": {},  # what the edXML envelope said, field -> text
            "result_uid": "",  # the legal document or article it became
            "related_uid": "",  # the earlier item a revocation, update or replacement is about
            "forwarded_to": "",  # uid of the item made in the other board's inbox
            "forwarded_from": "",  # uid of the item it was forwarded from
            "in_navigation": False,
        }
        for key, value in defaults.items():
            attrs.setdefault(key, value)
        super().__init__(title, description, **attrs)

    def files(self) -> list[IntakeFile]:
        return [f for f in self.values() if isinstance(f, IntakeFile)]

    def searchable_text(self) -> str:
        return " ".join(filter(None, [self.title, self.sender, self.body]))


def portal_names(portal, inbox) -> list[str]:
    """The names by which a recipients list (Nơi nhận) names ``portal``: its title, the usual short forms
    and the inbox's configured names."""
    title = " ".join((portal.title or "").split())
    names = [title]
    if getattr(portal, "__parent__", None) is None:
        names += ["Cổng Thông tin điện tử thành phố", "Cổng TTĐT thành phố"]
    else:
        names += [f"Cổng Thông tin điện tử {title}", f"Cổng TTĐT {title}", f"Trang Thông tin điện tử {title}"]
    names += [line.strip() for line in (getattr(inbox, "names", "") or "").splitlines() if line.strip()]
    return [name for name in dict.fromkeys(names) if name]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def names_portal(places: list[str], names: list[str]) -> bool:
    """Whether one of ``places`` names the portal: one of ``names``, folded, as whole words in it."""
    wanted = [_words(name) for name in names if _words(name)]
    for place in places:
        words = _words(place)
        for name in wanted:
            size = len(name)
            if any(words[i : i + size] == name for i in range(len(words) - size + 1)):
                return True
    return False


def includeme(config):
    for cls in (Inbox, IntakeItem, IntakeFile):
        config.add_content_type(cls)
