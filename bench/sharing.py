"""Cost of a change of roles: only the subtree's ``allowed`` values are refreshed, not the whole catalog.

Builds a portal with two component portals of N articles each in a temporary
FileStorage, then times (median of several runs) granting and revoking a local role on one
portal's news section, committed, against rebuilding the whole catalog; and
the catalog query of a listing filtered by ``allowed`` for an anonymous
visitor and for a board member.

    .venv/bin/python bench/sharing.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import transaction

from hpportal import testing
from hpportal.core.catalog.indexing import reindex_all
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.localroles import grant, revoke_all
from hpportal.core.portal import ROOT_KEY, SubPortal
from hpportal.core.principals import User
from hpportal.core.security import EDITOR, allowed_tokens_for, user_principal
from hpportal.news.models import NewsArticle, Section


def build(root, registry, articles: int) -> None:
    site = testing.basic_portal(root, registry)
    for name in ("so-a", "so-b"):
        site.add(name, SubPortal(title=name), registry=registry)
        section = Section(title="Tin tức")
        site[name].add("tin-tuc", section, registry=registry)
        for i in range(articles):
            section.add(f"bai-{i}", NewsArticle(title=f"Bài {i}", body=f"<p>Nội dung {i}</p>"), registry=registry)
    site.principals.add_user(User("btv", "Biên tập viên"))


def timed(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = testing.make_app(testing.settings_for(Path(tmp) / "var"))
        start = time.perf_counter()
        testing.populate(app, lambda root, registry: build(root, registry, args.articles))
        print(f"built 2 portals x {args.articles} articles in {time.perf_counter() - start:.1f} s")
        tm = transaction.TransactionManager()
        conn = testing.database(app).open(transaction_manager=tm)
        site = conn.root()[ROOT_KEY]
        editor = site.principals.by_login("btv")
        principal = user_principal(editor.id)
        section = site["so-a"]["tin-tuc"]

        def change(fn):
            def run():
                with tm:
                    fn()

            return run

        granting = timed(change(lambda: grant(section, principal, EDITOR, registry=app.registry)), runs=1)
        revoking = timed(change(lambda: revoke_all(section, principal, registry=app.registry)), runs=1)
        both = timed(
            change(
                lambda: (
                    grant(section, principal, EDITOR, registry=app.registry),
                    revoke_all(section, principal, registry=app.registry),
                )
            )
        )
        full = timed(change(lambda: reindex_all(site, site.catalog)), runs=3)
        print(f"grant Editor on one section ({args.articles} articles below), committed: {granting * 1000:8.1f} ms")
        print(f"revoke it, committed:                                      {revoking * 1000:8.1f} ms")
        print(f"grant and revoke in one transaction (median of 5):         {both * 1000:8.1f} ms")
        print(f"rebuild the whole catalog ({2 * args.articles} articles):           {full * 1000:8.1f} ms")

        query = SearchQuery(types=("NewsArticle",))
        for who, tokens in (("anonymous", allowed_tokens_for(None)), ("board member", allowed_tokens_for(editor))):
            ms = timed(lambda t=tokens: search(site.catalog, query, allowed=t, limit=20), runs=50) * 1000
            print(f"listing of 20 newest, filtered by allowed, {who:<13} median {ms:6.2f} ms")
        conn.close()
        testing.database(app).close()


if __name__ == "__main__":
    main()
