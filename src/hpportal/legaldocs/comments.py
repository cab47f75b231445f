"""Comments from the public on a draft: the sender checked and protected exactly as Hỏi - Đáp does
(:mod:`hpportal.core.senders`, :mod:`hpportal.core.personaldata`), and the board's moderation.

A comment is no content: it lives in its draft's ``comments`` BTree, never in the catalog, so no search,
listing, feed or export can reach its sender. Pages show a published comment's text and date only.
"""

from __future__ import annotations

import secrets

import colander
import deform
from persistent import Persistent

from hpportal.core import clock
from hpportal.core.i18n import _
from hpportal.core.senders import consent_nodes, sender_nodes, sender_validator_for, sender_values

#: Moderation states.
RECEIVED, PUBLISHED, UNPUBLISHED = "received", "published", "unpublished"
STATES = {
    RECEIVED: _("Waiting for moderation"),
    PUBLISHED: _("Published"),
    UNPUBLISHED: _("Kept unpublished"),
}
COMMENT_LIMIT = 5  # comments per address per hour, as many as questions
#: The sender's checks of Hỏi - Đáp, said in the words of a comment.
COMMENT_WORDS = {
    "sender_type": _("Choose whether you comment as an individual or on behalf of an organisation."),
    "citizen_id": _("A comment from an individual needs the citizen ID number."),
    "reachable": _("Give a phone number or an email address, so that the board can reach you about your comment."),
}


class CommentRefused(ValueError):
    """What the board asked cannot be done (a reason missing, an unknown comment): ``message`` says why."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class Comment(Persistent):
    """Góp ý: what was said, when, by whom (personal data: the citizen ID encrypted), and its moderation."""

    def __init__(self, text: str, **sender):
        self.id = secrets.token_hex(5)
        self.text = text
        self.received = clock.now()
        self.sender_type = sender.get("sender_type", "individual")
        self.full_name = sender.get("full_name", "")
        self.citizen_id_token = sender.get("citizen_id_token", b"")
        self.address = sender.get("address", "")
        self.phone = sender.get("phone", "")
        self.email = sender.get("email", "")
        self.state = RECEIVED
        self.reason = ""  # why it is kept unpublished
        self.moderator = None
        self.moderated = None

    def citizen_id(self, cipher) -> str:
        return cipher.decrypt(self.citizen_id_token)

    @property
    def anonymised(self) -> bool:
        return not (self.full_name or self.citizen_id_token or self.address or self.phone or self.email)

    def anonymise(self) -> None:
        """Erase the sender's personal data for good (at their request); what they said stays."""
        self.full_name = self.address = self.phone = self.email = ""
        self.citizen_id_token = b""


def comment_schema() -> colander.SchemaNode:
    """The comment form: the sender as Hỏi - Đáp asks for them, the comment, consent, the honeypot."""
    schema = colander.SchemaNode(colander.Mapping(), validator=sender_validator_for(COMMENT_WORDS))
    sender_nodes(schema)
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="text",
            title=_("Your comment"),
            validator=colander.Length(10, 10_000),
            widget=deform.widget.TextAreaWidget(rows=8),
        )
    )
    consent_nodes(
        schema,
        consent=_(
            "I agree that the portal's editorial board and the drafting agency use my personal data to receive "
            "and consider this comment, as the law on personal data protection allows."
        ),
        refused=_("Please tick the box to agree, or we cannot receive your comment."),
        trapped=_("Your comment could not be sent."),
    )
    return schema


def add_comment(draft, appstruct, cipher) -> Comment:
    """Keep a validated comment on ``draft``, waiting for moderation (the caller checked the draft is open)."""
    comment = Comment(appstruct["text"].strip(), **sender_values(appstruct, cipher))
    while comment.id in draft.comments:
        comment.id = secrets.token_hex(5)
    draft.comments[comment.id] = comment
    return comment


def moderate(draft, comment_id: str, state: str, *, reason: str = "", moderator: str | None = None) -> Comment:
    """Publish a comment, or keep it unpublished with a reason (required); :class:`CommentRefused` otherwise."""
    comment = draft.comments.get(comment_id)
    if comment is None:
        raise CommentRefused(_("This comment is not on this draft."))
    reason = (reason or "").strip()
    if state not in (PUBLISHED, UNPUBLISHED):
        raise CommentRefused(_("Choose to publish the comment or to keep it unpublished."))
    if state == UNPUBLISHED and not reason:
        raise CommentRefused(_("Say why the comment is kept unpublished."))
    if len(reason) > 1000:
        raise CommentRefused(_("The reason is at most 1,000 characters long."))
    comment.state = state
    comment.reason = reason if state == UNPUBLISHED else ""
    comment.moderator = moderator
    comment.moderated = clock.now()
    return comment


def comments_in(draft, *states: str) -> list[Comment]:
    """The draft's comments in ``states`` (every state when none is given), oldest first."""
    found = [c for c in draft.comments.values() if not states or c.state in states]
    return sorted(found, key=lambda c: c.received)
