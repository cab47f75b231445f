"""Cost of renaming a component portal: its items keep their docids, only where they are is rewritten.

Builds, in a temporary FileStorage, the city portal and one component portal with its board,
starter sections and N published news articles, then renames the component portal in one
transaction and prints how long the rename and its commit take (the commit is where the
catalog's queued work is done). Issue 13 asks for under 2 s with 2,000 items.

    .venv/bin/python bench/rename_portal.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import transaction

from hpportal import testing
from hpportal.core.boards import create_board
from hpportal.core.portal import ROOT_KEY, SubPortal
from hpportal.core.starter import add_starter_sections
from hpportal.news.models import NewsArticle


def build(root, registry, articles: int) -> None:
    site = testing.basic_portal(root, registry)
    portal = SubPortal(title="Sở Xây dựng")
    site.add("so-xay-dung", portal, registry=registry)
    add_starter_sections(portal, registry)
    create_board(portal, site.principals, registry=registry)
    section = portal["tin-tuc"]  # a starter section
    for i in range(articles):
        article = NewsArticle(title=f"Thông báo số {i} về quy hoạch", body=f"<p>Nội dung thông báo {i}.</p>")
        section.add(f"thong-bao-{i}", article, registry=registry)
        testing.publish(article, registry)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = testing.make_app(testing.settings_for(Path(tmp) / "var"))
        start = time.perf_counter()
        testing.populate(app, lambda root, registry: build(root, registry, args.articles))
        print(f"built a component portal with {args.articles} articles in {time.perf_counter() - start:.1f} s")
        tm = transaction.TransactionManager()
        conn = testing.database(app).open(transaction_manager=tm)
        site = conn.root()[ROOT_KEY]
        catalog = site.catalog
        before = {catalog.uid_for(docid): docid for docid in catalog.docids_under("/so-xay-dung")}

        tm.begin()
        start = time.perf_counter()
        site.rename("so-xay-dung", "so-xd", registry=app.registry)
        renamed = time.perf_counter()
        tm.commit()
        committed = time.perf_counter()

        after = {catalog.uid_for(docid): docid for docid in catalog.docids_under("/so-xd")}
        kept = sum(after.get(uid) == docid for uid, docid in before.items())
        print(f"catalog entries under the portal:  {len(before)} (kept their docid: {kept})")
        print(f"rename:                            {(renamed - start) * 1000:8.1f} ms")
        print(f"commit of the rename:              {(committed - renamed) * 1000:8.1f} ms")
        print(f"rename and commit:                 {(committed - start) * 1000:8.1f} ms (target: under 2000 ms)")
        conn.close()
        testing.database(app).close()


if __name__ == "__main__":
    main()
