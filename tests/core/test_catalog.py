"""The catalog: Vietnamese folding, index values, queued indexing, search."""

import pytest
import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core.catalog import discriminators as d
from hpportal.core.catalog.folding import FoldingSplitter
from hpportal.core.catalog.search import BadQuery, SearchQuery, search
from hpportal.core.events import ObjectModified, notify
from hpportal.core.portal import ROOT_KEY
from hpportal.news.models import NewsArticle, Section
from hpportal.testing import ANONYMOUS_TOKENS, database


def test_splitter_folds_vietnamese():
    assert FoldingSplitter().process(["Hải Phòng, Đà Nẵng!"]) == ["hai", "phong", "da", "nang"]
    assert FoldingSplitter().processGlob(["Phòng*"]) == ["phong*"]


def test_path_prefixes_of_nested_objects():
    root = Section(title="root")
    root.add("a", Section(title="A"), registry=None)
    root["a"].add("b", NewsArticle(title="B"), registry=None)
    assert d.path_prefixes(root["a"]["b"], None) == ["/", "/a", "/a/b"]


def _site(conn):
    return conn.root()[ROOT_KEY]


ARTICLES = ("NewsArticle",)  # the city's language roots are named "Hai Phong …" too


def find(words: str) -> SearchQuery:
    return SearchQuery(text=words, types=ARTICLES)


def test_added_article_is_found_with_or_without_diacritics(app):
    tm = transaction.TransactionManager()
    conn = database(app).open(transaction_manager=tm)
    with tm:
        site = _site(conn)
        site.add("tin-tuc", Section(title="Tin tức"), registry=app.registry)
        site["tin-tuc"].add(
            "a1",
            NewsArticle(title="Hải Phòng đón đoàn công tác", body="<p>Đoàn đến từ Đà Nẵng</p>"),
            registry=app.registry,
        )
        testing.publish(site["tin-tuc"]["a1"], app.registry)
        # Queued: nothing indexed until commit.
        assert search(site.catalog, find("hai phong"), allowed=ANONYMOUS_TOKENS).total == 0
    with tm:
        site = _site(conn)
        assert search(site.catalog, find("hai phong"), allowed=ANONYMOUS_TOKENS).paths == ["/tin-tuc/a1"]
        assert search(site.catalog, find("da nang"), allowed=ANONYMOUS_TOKENS).paths == ["/tin-tuc/a1"]
        assert search(site.catalog, find("Đà Nẵng"), allowed=ANONYMOUS_TOKENS).paths == ["/tin-tuc/a1"]
        assert search(site.catalog, find("hà nội"), allowed=ANONYMOUS_TOKENS).total == 0
        # A rename moves the catalog entry; a removal drops it.
        site.rename("tin-tuc", "tin-moi", registry=app.registry)
    with tm:
        site = _site(conn)
        assert search(site.catalog, find("hai phong"), allowed=ANONYMOUS_TOKENS).paths == ["/tin-moi/a1"]
        site.remove("tin-moi", registry=app.registry)
    with tm:
        assert search(_site(conn).catalog, find("hai phong"), allowed=ANONYMOUS_TOKENS).total == 0
    conn.close()


@pytest.mark.parametrize("words", ['"hai phong', 'hai "phong" "', "AND", "NOT", "***", "?!"])
def test_malformed_query_raises_bad_query(app, words):
    tm = transaction.TransactionManager()
    conn = database(app).open(transaction_manager=tm)
    with tm:
        catalog = _site(conn).catalog
        with pytest.raises(BadQuery):
            search(catalog, SearchQuery(text=words), allowed=ANONYMOUS_TOKENS)
    conn.close()


def test_balanced_quotes_search_a_phrase(app):
    tm = transaction.TransactionManager()
    conn = database(app).open(transaction_manager=tm)
    with tm:
        catalog = _site(conn).catalog
        phrase = SearchQuery(text='"hai phong"', types=ARTICLES)
        assert search(catalog, phrase, allowed=ANONYMOUS_TOKENS).total == 0  # searched, not refused
    conn.close()


def test_the_search_page_explains_an_unbalanced_quote(app):
    page = TestApp(app).get("/search", {"q": '"hai phong'})
    assert "Không hiểu được từ khoá tìm kiếm" in page.text


def test_the_root_portal_stays_out_of_the_catalog_when_edited(app):
    tm = transaction.TransactionManager()
    conn = database(app).open(transaction_manager=tm)
    with tm:
        site = _site(conn)
        site.title = "Cổng thông tin mới"
        notify(app.registry, ObjectModified(site))
    with tm:
        assert "/" not in _site(conn).catalog.paths_under("/")
    conn.close()
