"""Hỏi - Đáp from cron: reminders to agencies and boards about questions due soon or overdue, and the end of the
retention of senders' personal data.

Both are pure functions of the site, the registry and the moment ``now``, run by ``hpportal qa-reminders`` and
``hpportal qa-anonymise`` (:mod:`hpportal.qa.cli`) inside one transaction; they return what they did.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pyramid.i18n import make_localizer
from pyramid.interfaces import ITranslationDirectories
from pyramid.traversal import resource_path
from repoze.catalog.query import Any, Eq

from hpportal.core.audit import PERSONAL_DATA_ERASED, Entry
from hpportal.core.calendar import office_calendar
from hpportal.core.catalog.catalog import STATE, TYPE, resolve
from hpportal.core.i18n import DEFAULT_LOCALE, _
from hpportal.core.mail import MailNotSent, send_mail
from hpportal.core.notifications import holders, users_of
from hpportal.core.portal import find_portal
from hpportal.core.security import APPROVER, EDITOR
from hpportal.core.timezone import LOCAL_TZ
from hpportal.qa.models import Question

#: States in which an agency has a question to answer.
OPEN_STATES = ("assigned", "in_progress")
#: States in which a question's handling is over.
CLOSED_STATES = ("closed", "published", "rejected", "invalid")
SOON_DAYS = 2
#: Five years, unless ``hpportal.qa.retention_days`` says otherwise.
RETENTION_DAYS = 1825
FALLBACK_URL = "http://localhost:6543"
ANONYMISE_ACTOR = "hpportal qa-anonymise"


def questions_in(site, states) -> list[Question]:
    """The questions in ``states``, found through the catalog."""
    catalog = site.catalog
    _total, docids = catalog.query(Eq(TYPE, "Question") & Any(STATE, list(states)))
    return [question for question in resolve(catalog, site, docids) if isinstance(question, Question)]


# -- reminders ---------------------------------------------------------------------------------------------------


@dataclass
class Item:
    """A question a reminder lists."""

    path: str
    code: str
    title: str
    due: datetime
    agency: str
    portal: str
    link: str
    overdue: bool

    @property
    def due_text(self) -> str:
        return self.due.astimezone(LOCAL_TZ).strftime("%d/%m/%Y")


@dataclass
class Letter:
    to: str
    subject: str
    body: str
    items: list[str]  # the paths of the questions it lists


@dataclass
class Summary:
    """What one agency (or one portal's board) is told."""

    title: str
    overdue: int
    soon: int
    addresses: list[str]


@dataclass
class Reminders:
    agencies: list[Summary] = field(default_factory=list)
    boards: list[Summary] = field(default_factory=list)
    letters: list[Letter] = field(default_factory=list)
    queued: dict[str, list[str]] = field(default_factory=dict)  # address -> its letter's names in the outbox
    not_queued: list[tuple[str, str]] = field(default_factory=list)  # (address, why)
    warnings: list[str] = field(default_factory=list)


def _public_url(registry, warnings: list[str]) -> str:
    configured = (registry.settings.get("hpportal.public_url") or "").strip().rstrip("/")
    if configured:
        return configured
    warnings.append(f"hpportal.public_url is not set: links in the mail start with {FALLBACK_URL}")
    return FALLBACK_URL


def localizer_for(registry, locale: str = DEFAULT_LOCALE):
    return make_localizer(locale, registry.queryUtility(ITranslationDirectories) or [])


def _addresses(question, roles, principals) -> list[str]:
    return [user.email for user in holders(question, roles, principals) if user.email]


def _responder_addresses(question, principals) -> list[str]:
    """The people given the Responder role for the question's agency when it was assigned (not every Responder
    above the question: a component portal's own Responders inherit the role on its whole Q&A)."""
    return [user.email for user in users_of(question.responders, principals) if user.email]


def _by_address(entries) -> dict[str, list[Item]]:
    """``(item, addresses)`` pairs -> the items of each address, in the order met."""
    found: dict[str, list[Item]] = {}
    for item, addresses in entries:
        for address in addresses:
            found.setdefault(address, []).append(item)
    return found


def _agency_letter(translate, agency: str, items: list[Item], soon_days: int) -> tuple[str, str]:
    overdue = [item for item in items if item.overdue]
    soon = [item for item in items if not item.overdue]
    mapping = {"agency": agency, "overdue": str(len(overdue)), "soon": str(len(soon)), "days": str(soon_days)}
    subject = translate(_("Questions for ${agency} to answer: ${overdue} overdue, ${soon} due soon", mapping=mapping))
    lines = [translate(_("These questions assigned to ${agency} are overdue or due soon.", mapping=mapping))]
    for header, group in ((_("Overdue:"), overdue), (_("Due within ${days} working days:", mapping=mapping), soon)):
        if group:
            lines += ["", translate(header)]
            lines += [
                "- "
                + translate(
                    _(
                        "${code} “${title}”, due ${due}: ${link}",
                        mapping={"code": i.code, "title": i.title, "due": i.due_text, "link": i.link},
                    )
                )
                for i in group
            ]
    lines += ["", translate(_("Please answer them on the portal, or tell the sender when the answer will come."))]
    lines += ["", translate(_("This message was sent automatically by the portal; please do not reply."))]
    return subject, "\n".join(lines)


def _board_letter(translate, portal: str, items: list[Item]) -> tuple[str, str]:
    mapping = {"portal": portal, "count": str(len(items))}
    subject = translate(_("[${portal}] Overdue questions: ${count}", mapping=mapping))
    lines = [
        translate(
            _(
                "These questions of the Q&A of ${portal} are past the date their agency had to answer by:",
                mapping=mapping,
            )
        ),
        "",
    ]
    lines += [
        "- "
        + translate(
            _(
                "${code} “${title}”, ${agency}, due ${due}: ${link}",
                mapping={"code": i.code, "title": i.title, "agency": i.agency, "due": i.due_text, "link": i.link},
            )
        )
        for i in items
    ]
    lines += ["", translate(_("This message was sent automatically by the portal; please do not reply."))]
    return subject, "\n".join(lines)


def _queue(registry, letters: list[Letter], result: Reminders, tm) -> None:
    """Put each letter in the outbox; they go when the transaction commits (the outbox retries what fails)."""
    for letter in letters:
        try:
            result.queued[letter.to] = send_mail(
                registry, to=letter.to, subject=letter.subject, body=letter.body, tm=tm
            )
        except MailNotSent as error:
            result.not_queued.append((letter.to, str(error)))


def send_reminders(
    site, registry, now: datetime, *, soon_days: int = SOON_DAYS, dry_run: bool = False, tm=None
) -> Reminders:
    """Mail each agency's Responders the questions overdue or due within ``soon_days`` working days, and each
    portal's board (its Editors and Approvers) the overdue questions of its Q&A; nothing is sent when ``dry_run``.

    The letters go to the outbox in the transaction of ``tm`` (default: that of the site's connection) and are
    sent when it commits."""
    result = Reminders()
    calendar = office_calendar(registry)
    base = _public_url(registry, result.warnings)
    principals = site.principals
    agencies: dict[str, list[tuple[Item, list[str]]]] = {}
    boards: dict[str, list[tuple[Item, list[str]]]] = {}
    titles: dict[str, str] = {}
    for question in questions_in(site, OPEN_STATES):
        due = question.due
        if due is None:
            continue
        overdue = due < now
        if not overdue and calendar.working_days_between(now, due) > soon_days:
            continue
        portal = find_portal(question) or site
        path = resource_path(question)
        item = Item(
            path=path,
            code=question.code,
            title=question.title,
            due=due,
            agency=question.agency_title or "—",
            portal=portal.title,
            link=f"{base}{path}/",
            overdue=overdue,
        )
        key = question.agency or ""
        titles.setdefault(key, item.agency)
        agencies.setdefault(key, []).append((item, _responder_addresses(question, principals)))
        if overdue:
            board_key = resource_path(portal)
            titles.setdefault(board_key, portal.title)
            boards.setdefault(board_key, []).append((item, _addresses(question, [EDITOR, APPROVER], principals)))

    translate = localizer_for(registry).translate
    for key in sorted(agencies, key=lambda k: titles[k]):
        entries = sorted(agencies[key], key=lambda entry: entry[0].due)
        addresses = _by_address(entries)
        for address, items in addresses.items():
            subject, body = _agency_letter(translate, titles[key], items, soon_days)
            result.letters.append(Letter(address, subject, body, [i.path for i in items]))
        overdue = sum(1 for item, _a in entries if item.overdue)
        result.agencies.append(Summary(titles[key], overdue, len(entries) - overdue, list(addresses)))
    for key in sorted(boards, key=lambda k: titles[k]):
        entries = sorted(boards[key], key=lambda entry: entry[0].due)
        addresses = _by_address(entries)
        for address, items in addresses.items():
            subject, body = _board_letter(translate, titles[key], items)
            result.letters.append(Letter(address, subject, body, [i.path for i in items]))
        result.boards.append(Summary(titles[key], len(entries), 0, list(addresses)))

    if not dry_run and result.letters:
        _queue(registry, result.letters, result, tm or site._p_jar.transaction_manager)
    return result


# -- retention of personal data ----------------------------------------------------------------------------------


def retention_days(settings) -> int:
    """``hpportal.qa.retention_days``, else :data:`RETENTION_DAYS`; :class:`ValueError` when it is not a number > 0."""
    value = (settings.get("hpportal.qa.retention_days") or "").strip()
    if not value:
        return RETENTION_DAYS
    try:
        days = int(value)
    except ValueError:
        days = 0
    if days <= 0:
        raise ValueError(f"hpportal.qa.retention_days: {value!r} is not a number of days greater than 0")
    return days


def last_step(question: Question) -> datetime | None:
    """When the handling of ``question`` last moved: the later of its answer and its last workflow step, else the
    last time it was modified."""
    moments = [question.answered] if question.answered is not None else []
    history = getattr(question, "workflow_history", None)
    if history:
        moments.append(history[-1].when)
    if moments:
        return max(moments)
    return getattr(question, "modified", None)


def anonymise_closed(site, registry, now: datetime, *, days: int, dry_run: bool = False) -> list[str]:
    """Erase the senders' personal data of the questions closed for more than ``days`` days (one audit entry each);
    returns their paths. What is public (the question and its answer) stays."""
    limit = now - timedelta(days=days)
    done = []
    for question in questions_in(site, CLOSED_STATES):
        if question.anonymised:
            continue
        moment = last_step(question)
        if moment is None or moment >= limit:
            continue
        path = resource_path(question)
        done.append(path)
        if dry_run:
            continue
        question.anonymise(registry=registry)
        site.audit.append(
            Entry(
                when=now,
                action=PERSONAL_DATA_ERASED,
                actor_id=None,
                actor=ANONYMISE_ACTOR,
                target=path,
                detail="retention",
                address="",
            )
        )
    done.sort()
    return done
