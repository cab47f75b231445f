""".venv/bin/python bench/legaldocs.py [--documents 50000] [--requests 30]

Văn bản speed (issue 15): with 50,000 documents, the city's documents page with two facets chosen
renders in under 50 ms (median server time), a search by number in under 10 ms, and the import runs
at 200 documents a second or more (without files).

Makes a portal in a temporary directory, imports ``--documents`` generated rows through the same code
as ``hpportal import-documents`` (committing every 500) and prints the rate; then, in process with
WebTest, page cache off and the object cache of ``development.ini``, times the pages (warm-up first,
then ``--requests`` requests each) and prints the median and p95 of the time spent in the app, with
PASS/FAIL against the targets.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.legaldocs.importer import import_documents
from hpportal.legaldocs.vocabularies import FIELDS
from timing import Timed

CITY = "Ủy ban nhân dân thành phố Hải Phòng"
FORMS = (("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Thông báo", "TB"), ("Chỉ thị", "CT"), ("Báo cáo", "BC"))
WORDS = ("quy định", "quản lý", "kế hoạch", "triển khai", "chuyển đổi số", "xây dựng", "giao thông", "y tế",
         "giáo dục", "môi trường", "đất đai", "đầu tư", "du lịch", "an toàn", "thủ tục hành chính")  # fmt: skip
WARM_UP = 5


def rows(count: int, rng) -> list[tuple[int, dict]]:
    found, numbers = [], {}
    first = date(2010, 1, 4)
    for line in range(count):
        issued = first + timedelta(days=rng.randrange(6000))
        form, abbreviation = rng.choice(FORMS)
        n = numbers[(form, issued.year)] = numbers.get((form, issued.year), 0) + 1
        number = f"{n}/{issued.year}/{abbreviation}-UBND"
        summary = " ".join(rng.sample(WORDS, 5)).capitalize()
        found.append((line + 2, {"number": number, "form": form, "issuer": CITY, "summary": summary,
                                 "issued": issued.isoformat(), "fields": rng.choice(list(FIELDS))}))  # fmt: skip
    return found


def timed(browser, timer, url: str, requests: int) -> list[float]:
    for _ in range(WARM_UP):
        browser.get(url)
    times = []
    for _ in range(requests):
        browser.get(url)
        times.append(timer.last * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-legaldocs-"))
    ok = True
    try:
        settings = testing.settings_for(work / "var")
        # The object cache of development.ini: the tests' settings keep ZODB's default of 400 objects, which
        # the indexes of 50,000 documents do not fit in (each page would read them from the file again).
        settings["zodbconn.uri"] += "&connection_cache_size=20000"
        app = testing.make_app(settings)
        testing.populate(app, testing.basic_portal)
        generated = rows(args.documents, random.Random(15))
        tm = transaction.TransactionManager()
        conn = testing.database(app).open(transaction_manager=tm)
        started = time.perf_counter()
        with tm:
            section = conn.root()[ROOT_KEY]["van-ban"]
            report = import_documents(section, generated, work, app.registry, checkpoint=tm.commit)
        rate = report.imported / (time.perf_counter() - started)
        conn.close()
        ok &= rate >= 200
        print(f"import: {report.imported} documents at {rate:.0f}/s {'PASS' if rate >= 200 else 'FAIL'} (>= 200/s)")
        timer = Timed(app)
        browser = TestApp(timer)
        pages = [
            ("documents page, two facets", "/van-ban/?" + urlencode({"form": "Quyết định", "year": 2015}), 50.0),
            ("search by number", "/van-ban/?" + urlencode({"number": "204/2015/QĐ-UBND"}), 10.0),
        ]
        for title, url, target in pages:
            times = timed(browser, timer, url, args.requests)
            median = statistics.median(times)
            p95 = sorted(times)[int(len(times) * 0.95) - 1]
            ok &= median < target
            print(f"{title}: median {median:.1f} ms, p95 {p95:.1f} ms {'PASS' if median < target else 'FAIL'}"
                  f" (< {target:.0f} ms)")  # fmt: skip
        testing.database(app).close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
