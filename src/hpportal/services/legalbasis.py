"""Căn cứ pháp lý: the lines of a procedure's legal basis, linked to documents of the documents database.

A line names a document with its number (``Luật Xây dựng số 50/2014/QH13``); the number is looked up
in the documents database (``hpportal.legaldocs.lookup``), those of the procedure's portal first.
"""

from __future__ import annotations

import re

from hpportal.core.catalog.discriminators import portal_path
from hpportal.core.portal import find_site
from hpportal.legaldocs.lookup import by_uid, find_by_number

_NUMBER = re.compile(r"\d{1,6}(?:/\d{4})?/[0-9A-Za-zĐđ]+(?:-[0-9A-Za-zĐđ]+)*")


def number_in(line: str) -> str | None:
    match = _NUMBER.search(line or "")
    return match.group() if match else None


def find_document(site, line: str, portal: str | None = None):
    """The document a line of the legal basis names, or ``None`` when the database has none."""
    number = number_in(line)
    if number is None or site is None:
        return None
    try:
        found = find_by_number(site, number, portal=portal)
    except KeyError:  # a portal without the documents database: its indexes are not in the catalog
        return None
    return found[0] if found else None


def link_basis(procedure, site=None) -> int:
    """Store the uid of each line's document (kept for lines already linked); the number of links."""
    site = site or find_site(procedure)
    here = portal_path(procedure, "/")
    links = {}
    for line in procedure.legal_basis:
        uid = procedure.legal_links.get(line)
        if uid is None or by_uid(site, uid) is None:
            doc = find_document(site, line, here)
            uid = doc.uid if doc is not None else None
        if uid is not None:
            links[line] = uid
    procedure.legal_links.clear()
    procedure.legal_links.update(links)
    return len(links)


def basis_with_documents(procedure, site) -> list[tuple[str, object]]:
    """``(line, document or None)`` of each line, read now (a document added since is found too)."""
    here = portal_path(procedure, "/")
    found = []
    for line in procedure.legal_basis:
        uid = procedure.legal_links.get(line)
        doc = by_uid(site, uid) if uid else None
        found.append((line, doc if doc is not None else find_document(site, line, here)))
    return found
