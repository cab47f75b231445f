"""The catalog knows documents by uid: a rename or a move keeps every docid and rewrites only where things are."""

from __future__ import annotations

import pytest
import transaction
from repoze.catalog.document import DocumentMap
from repoze.catalog.indexes.common import CatalogIndex
from webtest import TestApp

from hpportal import testing
from hpportal.core.catalog import CATALOG_VERSION, resolve
from hpportal.core.catalog.catalog import ALLOWED, LANGUAGE, LOCATION_INDEXES, PATH, PORTAL, TEXT, TITLE
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY
from hpportal.news.models import NewsArticle

OLD, NEW = "/so-a", "/so-moi"


def open_site(app):
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    return tm, conn, conn.root()[ROOT_KEY]


def entries(catalog, under: str) -> dict[str, tuple[int, str, list[str], str]]:
    """uid -> (docid, path, allowed, portal) of everything the catalog holds under ``under``."""
    allowed, portals = catalog[ALLOWED]._rev_index, catalog[PORTAL]._rev_index
    return {
        catalog.uid_for(docid): (docid, catalog.path_for(docid), sorted(allowed.get(docid, ())), portals.get(docid))
        for docid in catalog.docids_under(under)
    }


def found_under(catalog, path: str) -> set[str]:
    return set(search(catalog, SearchQuery(path=path, live=False), allowed=None).paths)


def test_renaming_a_portal_keeps_every_docid_and_moves_its_paths(boards_app):
    tm, conn, site = open_site(boards_app)
    catalog = site.catalog
    before = entries(catalog, OLD)
    assert len(before) == 5  # the portal, its three sections, the article
    with tm:
        site.rename("so-a", "so-moi", registry=boards_app.registry)
    after = entries(catalog, NEW)
    assert after.keys() == before.keys()
    for uid, (docid, path, allowed, portal) in before.items():
        assert portal == OLD
        assert after[uid] == (docid, NEW + path[len(OLD) :], allowed, NEW), uid
        assert catalog.docid_for_path(NEW + path[len(OLD) :]) == docid
        assert catalog.docid_for_path(path) is None
    assert entries(catalog, OLD) == {} and found_under(catalog, OLD) == set()
    assert found_under(catalog, NEW) == {path for _docid, path, _allowed, _portal in after.values()}
    # The items resolve to the objects now at the new paths.
    article = site["so-moi"]["tin-tuc"]["bai-1"]
    assert list(resolve(catalog, site, [catalog.docid_for(article)])) == [article]
    conn.close()
    # A visitor's search finds the article at its new address.
    page = TestApp(boards_app).get("/search", {"q": "Tin của Sở A"})
    assert "/so-moi/tin-tuc/bai-1" in page.text and "/so-a/tin-tuc/bai-1" not in page.text


def test_moving_a_draft_to_another_portal_gives_it_that_portals_board(boards_app):
    tm, conn, site = open_site(boards_app)
    registry = boards_app.registry
    with tm:
        site["so-a"]["tin-tuc"].add("du-thao", NewsArticle(title="Dự thảo kế hoạch"), registry=registry)
    draft = site["so-a"]["tin-tuc"]["du-thao"]
    docid = site.catalog.docid_for(draft)
    board_a = {p for p in site.catalog[ALLOWED]._rev_index[docid] if p.startswith("group:")}
    assert board_a
    with tm:
        site["so-a"]["tin-tuc"].move("du-thao", site["so-b"]["tin-tuc"], registry=registry)
    catalog = site.catalog
    assert catalog.docid_for(draft) == docid
    assert catalog.path_for(docid) == "/so-b/tin-tuc/du-thao"
    assert catalog[PORTAL]._rev_index[docid] == "/so-b"
    allowed = set(catalog[ALLOWED]._rev_index[docid])
    assert not allowed & board_a and any(p.startswith("group:") for p in allowed)
    assert "/so-b/tin-tuc/du-thao" in found_under(catalog, "/so-b")
    assert not found_under(catalog, "/so-a/tin-tuc/du-thao")
    conn.close()


def test_an_item_moved_into_a_language_version_is_indexed_in_that_language(boards_app):
    tm, conn, site = open_site(boards_app)
    registry = boards_app.registry
    docid = site.catalog.docid_for(site["so-a"]["tin-tuc"]["bai-1"])
    assert site.catalog[LANGUAGE]._rev_index[docid] == "vi"
    with tm:
        site["so-a"]["tin-tuc"].move("bai-1", site["en"], registry=registry)
    assert site.catalog.docid_for(site["en"]["bai-1"]) == docid
    assert site.catalog[LANGUAGE]._rev_index[docid] == "en"
    assert site.catalog[PORTAL]._rev_index[docid] == "/"
    conn.close()


@pytest.fixture
def index_writes(monkeypatch):
    """``[(index, docid)]`` of every index write while the test runs."""
    writes = []
    for method in ("index_doc", "reindex_doc", "unindex_doc"):
        original = getattr(CatalogIndex, method)

        def spy(self, docid, *args, _original=original):
            writes.append((self, docid))
            return _original(self, docid, *args)

        monkeypatch.setattr(CatalogIndex, method, spy)
    return writes


def test_a_rename_writes_only_the_indexes_that_follow_the_place(boards_app, index_writes):
    tm, conn, site = open_site(boards_app)
    catalog = site.catalog
    moved = set(catalog.docids_under(OLD))
    index_writes.clear()
    with tm:
        site.rename("so-a", "so-moi", registry=boards_app.registry)
    names = {id(index): name for name, index in catalog.items()}
    written: dict[str, set[int]] = {}
    for index, docid in index_writes:
        written.setdefault(names[id(index)], set()).add(docid)
    assert written.keys() == set(LOCATION_INDEXES)
    assert written[PATH] == moved  # each item of the subtree, nothing outside it
    assert all(docids <= moved for docids in written.values())
    assert TEXT not in written and TITLE not in written
    conn.close()


def test_a_rename_then_a_removal_in_one_transaction_leaves_no_entry_behind(boards_app):
    tm, conn, site = open_site(boards_app)
    docid = site.catalog.docid_for(site["so-a"]["tin-tuc"]["bai-1"])
    with tm:
        site.rename("so-a", "so-moi", registry=boards_app.registry)
        site["so-moi"]["tin-tuc"].remove("bai-1", registry=boards_app.registry)
    catalog = site.catalog
    assert catalog.path_for(docid) is None and catalog.uid_for(docid) is None
    assert not found_under(catalog, "/so-a") and "/so-moi/tin-tuc/bai-1" not in found_under(catalog, NEW)
    assert "/so-moi/tin-tuc" in found_under(catalog, NEW)
    conn.close()


def make_path_keyed(site) -> None:
    """Turn the catalog back into what version 3 stored: a document map of docid <-> path, nothing beside it."""
    catalog = site.catalog
    legacy = DocumentMap()
    for docid, path in catalog.locations.items():
        legacy.add(path, docid)
    catalog.document_map = legacy
    del catalog.locations, catalog.docids_by_path
    site.catalog_version = 3


def test_upgrade_rebuilds_a_path_keyed_catalog_by_uid(boards_app):
    testing.populate(boards_app, lambda root, registry: make_path_keyed(root[ROOT_KEY]))
    done = []
    testing.populate(boards_app, lambda root, registry: done.extend(upgrade(root[ROOT_KEY], registry)))
    assert any(line.startswith("reindexed") for line in done), done
    tm, conn, site = open_site(boards_app)
    assert site.catalog_version == CATALOG_VERSION
    article = site["so-a"]["tin-tuc"]["bai-1"]
    docid = site.catalog.docid_for(article)
    assert site.catalog.uid_for(docid) == article.uid
    assert site.catalog.path_for(docid) == "/so-a/tin-tuc/bai-1"
    with tm:  # and the upgraded catalog follows a rename
        site.rename("so-a", "so-moi", registry=boards_app.registry)
    assert site.catalog.docid_for(article) == docid
    conn.close()
    assert "/so-moi/tin-tuc/bai-1" in TestApp(boards_app).get("/search", {"q": "Tin của Sở A"}).text
    again = []
    testing.populate(boards_app, lambda root, registry: again.extend(upgrade(root[ROOT_KEY], registry)))
    assert not any(line.startswith("reindexed") for line in again), again
