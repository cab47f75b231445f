"""Relations between documents: setting one side sets the other; a deleted document leaves its partners.

A document replaced in full ends on its replacement's effective date: the replacement writes that
date on the document it replaces (``replacement_days``) whenever it changes or moves through its
workflow, and the catalog computes the rest by the clock.
"""

from __future__ import annotations

from hpportal.core.catalog.discriminators import portal_path
from hpportal.core.events import ObjectAdded, ObjectModified, ObjectWillBeRemoved, notify
from hpportal.core.folder import walk
from hpportal.core.portal import find_site
from hpportal.legaldocs.lookup import by_uid, find_by_number
from hpportal.legaldocs.models import ACTIVE, INVERSE, LegalDocument


def link(doc, kind: str, partner, registry=None) -> None:
    """``doc`` <kind> ``partner`` (``replaces``, ``amended_by`` ...): both sides are written.

    With a ``registry`` both are reindexed (programs linking documents they have just added).
    """
    doc.set_partners(kind, [*doc.partners(kind), partner.uid])
    inverse = INVERSE[kind]
    partner.set_partners(inverse, [*partner.partners(inverse), doc.uid])
    _note_replacement(doc, kind, partner)
    notify(registry, ObjectModified(doc))
    notify(registry, ObjectModified(partner))


def unlink(doc, kind: str, partner) -> None:
    doc.set_partners(kind, [uid for uid in doc.partners(kind) if uid != partner.uid])
    inverse = INVERSE[kind]
    partner.set_partners(inverse, [uid for uid in partner.partners(inverse) if uid != doc.uid])
    if kind == "replaces":
        partner.replacement_days.pop(doc.uid, None)
    elif kind == "replaced_by":
        doc.replacement_days.pop(partner.uid, None)


def _note_replacement(doc, kind: str, partner) -> None:
    if kind == "replaces":
        partner.replacement_days[doc.uid] = replacement_day(doc)
    elif kind == "replaced_by":
        doc.replacement_days[partner.uid] = replacement_day(partner)


def replacement_day(doc):
    """The day ``doc`` ends what it replaces: its effective date, once it is published."""
    if getattr(doc, "workflow_state", None) != "published":
        return None
    return doc.in_force or doc.issued


def set_partners_by_number(doc, kind: str, numbers, registry) -> None:
    """Make ``doc``'s ``kind`` partners the documents numbered ``numbers`` (the form's relation field)."""
    site = find_site(doc)
    here = portal_path(doc, "/")
    wanted = []
    for number in numbers:
        found = [d for d in find_by_number(site, number, portal=here) if d is not doc]
        if found:
            wanted.append(found[0])
    before = {uid: by_uid(site, uid) for uid in doc.partners(kind)}
    for uid, partner in before.items():
        if partner is not None and partner not in wanted:
            unlink(doc, kind, partner)
            notify(registry, ObjectModified(partner))
        elif partner is None:
            doc.set_partners(kind, [u for u in doc.partners(kind) if u != uid])
    for partner in wanted:
        if partner.uid not in before:
            link(doc, kind, partner)
            notify(registry, ObjectModified(partner))


def refresh_replaced(doc, registry) -> None:
    """After ``doc`` changed (its date, its state): the documents it replaces end on the right day."""
    site = find_site(doc)
    day = replacement_day(doc)
    for uid in doc.partners("replaces"):
        partner = by_uid(site, uid)
        if partner is not None and partner.replacement_days.get(doc.uid, "unset") != day:
            partner.replacement_days[doc.uid] = day
            notify(registry, ObjectModified(partner))


def _apply_pending(doc, registry) -> None:
    pending = doc.__dict__.get("pending_relations")
    if pending:
        doc.pending_relations = None
        for kind in ACTIVE:
            if kind in pending:
                set_partners_by_number(doc, kind, pending[kind], registry)
    refresh_replaced(doc, registry)


def subscribers(registry):
    def changed(event) -> None:
        if isinstance(event.object, LegalDocument) and event.object.__parent__ is not None:
            _apply_pending(event.object, registry)

    def added(event) -> None:
        for obj in walk(event.object):
            if isinstance(obj, LegalDocument):
                _apply_pending(obj, registry)

    def removed(event) -> None:
        site = find_site(event.object)
        for obj in walk(event.object):
            if not isinstance(obj, LegalDocument):
                continue
            for kind in list(obj.relations):
                for uid in obj.partners(kind):
                    partner = by_uid(site, uid)
                    if partner is not None and partner is not obj:
                        unlink(obj, kind, partner)
                        notify(registry, ObjectModified(partner))

    return {ObjectModified: changed, ObjectAdded: added, ObjectWillBeRemoved: removed}


def includeme(config):
    for event, subscriber in subscribers(config.registry).items():
        config.add_subscriber(subscriber, event)
