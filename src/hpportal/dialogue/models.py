"""Đối thoại trực tuyến: each portal's dialogues section, a dialogue's plan, its questions and its script (Art. 8).

A dialogue is a workflowed item (``dialogue`` in workflows.zcml) whose attributes are the plan of Art. 8.2.
The questions people send are kept on it, in a BTree, apart from anything shown: the public page and the
script show what was asked and answered, never who asked (the sender's data is protected as in Hỏi - Đáp).
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from BTrees.OOBTree import OOBTree
from persistent import Persistent
from persistent.list import PersistentList
from zope.interface import Interface, implementer

from hpportal.core.content import FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.media import Image
from hpportal.core.security import ADD, MANAGE_PORTAL
from hpportal.core.timezone import LOCAL_TZ
from hpportal.dialogue.schemas import plan_schema
from hpportal.dialogue.vocabularies import POSTER, RECEIVED


class IDialogue(Interface):
    """What goes through the dialogue workflow of workflows.zcml."""


@content_type(
    "DialogueSection",
    title=_("Online dialogues"),
    add_permission=MANAGE_PORTAL,
    addable_to=("Portal", "SubPortal"),
    icon="people",
    listed=False,  # every portal gets one
)
class DialogueSection(FolderContent):
    """Đối thoại trực tuyến of one portal: its dialogues, announced, live and archived."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("in_navigation", True)
        super().__init__(title, description, **attrs)


@implementer(IDialogue)
class Dialogue(FolderContent):
    """One dialogue: the plan (Art. 8.2), the questions sent (Art. 8.3) and the script of questions and answers.

    ``script`` is the ordered list of the accepted questions' keys; the poster and the record's attachments
    are children (Images and Files) that follow the dialogue's state.
    """

    def __init__(self, title="", description="", **attrs):
        defaults = {
            "hot_issue": "",
            "purpose": "",
            "day": None,
            "start_time": None,
            "duration": None,  # minutes
            "venue": "",
            "mode": "",
            "leaders": (),  # ({"full_name", "position", "agency"}, ...)
            "units": (),  # ({"unit", "responsibility"}, ...)
            "video_url": "",
            "poster": None,
            "in_navigation": False,
        }
        for key, value in defaults.items():
            attrs.setdefault(key, value)
        super().__init__(title, description, **attrs)
        self.questions = OOBTree()
        self.script = PersistentList()

    # -- the plan ----------------------------------------------------------

    def starts(self) -> datetime | None:
        """When the session starts (aware, UTC), from its day and start time in Hai Phong."""
        if self.day is None or self.start_time is None:
            return None
        return datetime.combine(self.day, self.start_time, LOCAL_TZ)

    def ends(self) -> datetime | None:
        start = self.starts()
        if start is None or not self.duration:
            return None
        return start + timedelta(minutes=self.duration)

    def receive_upload(self, field: str, fp, filename: str, registry=None) -> None:
        """The poster (checked as an image: :class:`UploadRefused` otherwise), traversable as ``poster``."""
        if field != POSTER:
            raise KeyError(field)
        image = Image(title=self.title)
        image.upload(fp, filename)  # raises UploadRefused before anything changes
        image.__parent__ = self
        image.__name__ = POSTER
        self.poster = image

    def __getitem__(self, name: str):
        # The poster is traversable (/dialogue/poster/thumbnail/...) but not a child in the folder.
        if name == POSTER and self.poster is not None:
            return self.poster
        return super().__getitem__(name)

    def attachments(self) -> list:
        """The published record's files (Files and Images, children that follow the dialogue's state)."""
        return list(self.values())

    # -- questions and the script ----------------------------------------------

    def add_question(self, question: DialogueQuestion) -> str:
        while True:
            key = secrets.token_hex(5)
            if key not in self.questions:
                break
        question.key = key
        self.questions[key] = question
        return key

    def waiting(self) -> list[DialogueQuestion]:
        """The moderation queue: questions not yet decided, the oldest first."""
        return sorted((q for q in self.questions.values() if q.status == RECEIVED), key=lambda q: q.received)

    def scripted(self) -> list[DialogueQuestion]:
        """The accepted questions in the order of the script."""
        return [self.questions[key] for key in self.script if key in self.questions]

    def leader_title(self, index) -> str:
        if index is None or not 0 <= index < len(self.leaders):
            return ""
        leader = self.leaders[index]
        return ", ".join(filter(None, (leader.get("full_name"), leader.get("position"), leader.get("agency"))))

    def searchable_text(self) -> str:
        """The plan and the script's questions and answers: never a sender's name or contact."""
        parts = [self.title, self.hot_issue, self.description, self.purpose, self.venue]
        parts += [leader.get("full_name", "") for leader in self.leaders]
        for question in self.scripted():
            parts += [question.text, question.answer]
        return " ".join(filter(None, parts))


content_type(
    "Dialogue",
    title=_("Online dialogue"),
    add_permission=ADD,
    schema=plan_schema,
    addable_to=("DialogueSection",),
    icon="megaphone",
    workflow="dialogue",
    searchable=True,  # the archive is found through the site search (its script's questions and answers)
)(Dialogue)


class DialogueQuestion(Persistent):
    """A question sent to a dialogue: what is asked, who asked (personal data), and its fate.

    ``status`` is received, accepted (in the script), merged (into ``merged_into``, another question that
    asks the same) or rejected (with ``reason``, told to the sender).
    """

    def __init__(self, text: str = "", **attrs):
        self.key = ""
        self.text = text
        self.sender_type = "individual"
        self.full_name = ""
        self.citizen_id_token = b""
        self.address = ""
        self.phone = ""
        self.email = ""
        self.received = None
        self.status = RECEIVED
        self.reason = ""
        self.merged_into = ""
        self.askers = 1  # this question and those merged into it
        self.leader = None  # index in the dialogue's leaders
        self.answer = ""
        self.answered = None
        for key, value in attrs.items():
            setattr(self, key, value)

    def set_citizen_id(self, cipher, value: str) -> None:
        self.citizen_id_token = cipher.encrypt(value)

    def citizen_id(self, cipher) -> str:
        return cipher.decrypt(self.citizen_id_token)


def includeme(config):
    for cls in (DialogueSection, Dialogue):
        config.add_content_type(cls)
