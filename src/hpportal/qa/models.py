"""Hỏi - Đáp: the Q&A section of each portal, the agencies that answer, and the questions (Art. 9).

A question keeps its sender's personal data apart from what may be shown: the
citizen ID is encrypted at rest (Fernet, key from the settings), nothing
personal is ever in the text index, and pages show it masked unless a board
member or the assigned agency asks to see it (and that is logged).
"""

from __future__ import annotations

import secrets

from persistent.list import PersistentList
from zope.interface import Interface, implementer

from hpportal.core.content import FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.personaldata import Cipher
from hpportal.core.portal import SubPortal
from hpportal.core.security import MANAGE_PORTAL, RESPONDER
from hpportal.core.senders import SENDER_INDIVIDUAL, SENDER_ORGANISATION

INDIVIDUAL = SENDER_INDIVIDUAL
ORGANISATION = SENDER_ORGANISATION

#: How a question reached the board (Art. 9.6): electronic ones are received at any hour.
CHANNELS = {
    "portal": _("The portal's Q&A form"),
    "email": _("Email"),
    "facebook": _("The Facebook page"),
    "office": _("On paper, at the board's office"),
}
ELECTRONIC = frozenset({"portal", "email", "facebook"})

#: Fields (topics) a question is classified under.
FIELDS = {
    "hanh-chinh": _("Administrative procedures"),
    "dat-dai": _("Land and housing"),
    "xay-dung": _("Construction and planning"),
    "giao-thong": _("Transport"),
    "dau-tu": _("Investment and business"),
    "lao-dong": _("Labour, jobs and social insurance"),
    "y-te": _("Health"),
    "giao-duc": _("Education"),
    "van-hoa": _("Culture, sports and tourism"),
    "moi-truong": _("Natural resources and environment"),
    "khac": _("Other"),
}

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone


class IQuestion(Interface):
    """What goes through the question workflow of workflows.zcml."""


def tracking_code() -> str:
    """A code the sender keeps to follow the question: ``HD-7K2M-9QXP`` (40 bits of randomness)."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return f"HD-{chars[:4]}-{chars[4:]}"


def question_name(section) -> str:
    """A question's name in its section: random (``cau-hoi-3f9c2a71d0``), so none can be guessed from another."""
    while True:
        name = f"cau-hoi-{secrets.token_hex(5)}"
        if name not in section:
            return name


@content_type(
    "QASection",
    title=_("Questions and answers"),
    add_permission=MANAGE_PORTAL,
    addable_to=("Portal", "SubPortal", "LanguageRoot"),  # each language version asks in its own language
    icon="chat",
    listed=False,  # every portal gets one
)
class QASection(FolderContent):
    """Hỏi - Đáp of one portal: its questions, and (on the city portal) the agencies registered to answer."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("in_navigation", True)
        attrs.setdefault("default_days", 7)  # working days an agency has to answer
        super().__init__(title, description, **attrs)


@content_type(
    "Agency",
    title=_("Answering agency"),
    add_permission=MANAGE_PORTAL,
    addable_to=("QASection",),
    icon="bank",
)
class Agency(FolderContent):
    """A body that answers questions without a component portal of its own (Công an thành phố ...).

    Its people get the Responder role on it through its sharing page.
    """

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("days", 7)
        super().__init__(title, description, **attrs)


@content_type(
    "Question",
    title=_("Question"),
    add_permission=MANAGE_PORTAL,  # asked through the form, never through the add menu
    addable_to=("QASection",),
    icon="question",
    listed=False,
    workflow="question",
    searchable=True,  # the published ones: a citizen finds the answer to a question like theirs
)
@implementer(IQuestion)
class Question(FolderContent):
    """One question: the sender (personal data), what is asked, its routing and its answer.

    Attachments are its children (Files and Images), which follow its state.
    """

    responders: tuple[str, ...] = ()  # principals given the Responder role for the assigned agency
    #: Answering and seeing the sender's data come from the assignment only (:meth:`grant_agency`), never
    #: from a Responder grant on the portal the question was asked on (core/security.py).
    assigned_roles = frozenset({RESPONDER})

    def __init__(self, title="", description="", **attrs):
        defaults = {
            "text": "",
            "field": "khac",
            "sender_type": INDIVIDUAL,
            "full_name": "",
            "citizen_id_token": b"",
            "address": "",
            "phone": "",
            "email": "",
            "channel": "portal",
            "received": None,
            "code": tracking_code(),
            "agency": None,  # uid of the SubPortal or Agency answering
            "agency_title": "",
            "assigned": None,
            "due": None,
            "promised": None,  # the answer date the agency told the sender (in progress)
            "answer": "",
            "answer_kind": "",  # "public" or "direct"
            "answered": None,
            "featured": False,
            "anonymised": False,
            "in_navigation": False,
        }
        for key, value in defaults.items():
            attrs.setdefault(key, value)
        super().__init__(title, description, **attrs)
        self.routing = PersistentList()  # (when, agency title, who, why) of each assignment

    def citizen_id(self, cipher: Cipher) -> str:
        return cipher.decrypt(self.citizen_id_token)

    def set_citizen_id(self, cipher: Cipher, value: str) -> None:
        self.citizen_id_token = cipher.encrypt(value)

    def searchable_text(self) -> str:
        """Only what is asked and answered: never the sender's name, ID, address, phone or email."""
        return " ".join(filter(None, [self.title, self.text, self.answer]))

    def grant_agency(self, agency) -> None:
        """Give the agency's Responders the Responder role here, taking it from the previous agency's."""
        for principal in self.responders:
            roles = set(self.local_roles.get(principal, ())) - {RESPONDER}
            if roles:
                self.local_roles[principal] = frozenset(roles)
            else:
                self.local_roles.pop(principal, None)
        self.responders = tuple(responders_of(agency))
        for principal in self.responders:
            self.local_roles[principal] = frozenset(self.local_roles.get(principal, ())) | {RESPONDER}

    def attach(self, holder, *, registry) -> str:
        """Keep a File or Image the sender attached: private until the board makes it public."""
        holder.private = True
        name = self.unique_name(f"tep-{len(self) + 1}", fallback="tep", registry=registry)
        return self.add(name, holder, registry=registry)

    def attachments(self) -> list:
        return list(self.values())

    def anonymise(self, *, registry) -> None:
        """Erase the sender's personal data for good (retention ended, or at the sender's request),
        their attachments included."""
        for name in list(self.keys()):
            self.remove(name, registry=registry)
        self.full_name = ""
        self.citizen_id_token = b""
        self.address = ""
        self.phone = ""
        self.email = ""
        self.anonymised = True


def agencies(site) -> list:
    """Who may be asked to answer: every open component portal and every agency registered on the city's Q&A."""
    found = [p for p in site.values() if isinstance(p, SubPortal) and p.opened]
    section = site.get("hoi-dap")
    if section is not None:
        found += [a for a in section.values() if isinstance(a, Agency)]
    return found


def is_agency(obj, site) -> bool:
    """Whether ``obj`` is one of :func:`agencies` of ``site`` (tells it of one object, without the walk)."""
    if isinstance(obj, SubPortal):
        return obj.opened and obj.__parent__ is site
    return isinstance(obj, Agency) and obj.__parent__ is site.get("hoi-dap")


#: The types :func:`agencies` are of, for catalog queries.
AGENCY_TYPES = (SubPortal.type_info.name, Agency.type_info.name)


def responders_of(agency) -> list[str]:
    """Principals given the Responder role on the agency itself: its people, not every Responder above it."""
    granted = getattr(agency, "local_roles", None) or {}
    return [principal for principal, roles in granted.items() if RESPONDER in roles]


def includeme(config):
    for cls in (QASection, Agency, Question):
        config.add_content_type(cls)
