"""The words of Đối thoại trực tuyến: how a session is organised, its states, the states of a question."""

from __future__ import annotations

from hpportal.core.i18n import _

#: How a session is organised (Art. 8.2 "hình thức tổ chức").
MODES = {
    "online": _("Online only"),
    "livestream": _("Online, with a live stream"),
    "venue": _("At a venue, with questions sent online"),
}

#: The attribute and traversal name of a dialogue's poster.
POSTER = "poster"

# The states of the dialogue workflow (workflows.zcml).
DRAFT, SUBMITTED, APPROVED = "draft", "submitted", "approved"
ANNOUNCED, LIVE, CLOSED, PUBLISHED = "announced", "live", "closed", "published"
#: The states people may send questions in.
OPEN_STATES = (ANNOUNCED, LIVE)
#: The states of the archive: the session is over.
PAST_STATES = (CLOSED, PUBLISHED)

# The states of a question sent to a dialogue.
RECEIVED, ACCEPTED, MERGED, REJECTED = "received", "accepted", "merged", "rejected"
