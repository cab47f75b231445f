""".venv/bin/python bench/services.py [--procedures 5000] [--requests 30]

Dịch vụ công speed (issue 18): with 5,000 procedures, the city's procedures page with a filter renders in under
30 ms (median server time); a search by code and by words are timed too, and the import's rate is printed.

Makes a portal in a temporary directory, imports ``--procedures`` generated rows through the same code as
``hpportal import-procedures`` (committing every 500); then, in process with WebTest, page cache off, times the
pages (warm-up first, then ``--requests`` requests each) and prints the median and p95 of the time spent in the
app, with PASS/FAIL against the target.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import transaction
from webtest import TestApp

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.services.importer import import_procedures
from hpportal.services.vocabularies import FIELDS, LEVELS, ONLINE
from timing import Timed

VERBS = ("Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Đăng ký", "Thu hồi", "Xác nhận", "Công nhận")
OBJECTS = ("giấy phép xây dựng", "giấy phép lái xe", "giấy chứng nhận quyền sử dụng đất", "giấy phép kinh doanh",
           "chứng chỉ hành nghề", "giấy khai sinh", "giấy phép môi trường", "giấy phép lao động", "phù hiệu xe",
           "giấy chứng nhận an toàn thực phẩm", "giấy phép hoạt động", "thẻ hướng dẫn viên du lịch")  # fmt: skip
AGENCIES = tuple(f"Sở {name}" for name in ("Xây dựng", "Tài chính", "Tư pháp", "Y tế", "Nội vụ", "Công Thương",
                                          "Giáo dục và Đào tạo", "Nông nghiệp và Môi trường"))  # fmt: skip
WARM_UP = 5


def rows(count: int, rng) -> list[tuple[int, dict]]:
    found = []
    for line in range(count):
        code = f"{1 + line % 2}.{100000 + line:06d}"
        name = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(('', 'đối với tổ chức', 'cho cá nhân'))}"
        row = {"code": code, "name": name.strip(), "field": rng.choice(list(FIELDS)), "agency": rng.choice(AGENCIES),
               "level": rng.choice(list(LEVELS)), "online": rng.choice(list(ONLINE))}  # fmt: skip
        row["featured"] = str(line + 1) if line < 8 else ""
        found.append((line + 2, row))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-services-"))
    ok = True
    try:
        app = testing.make_app(testing.settings_for(work / "var"))
        testing.populate(app, testing.basic_portal)
        generated = rows(args.procedures, random.Random(18))
        tm = transaction.TransactionManager()
        conn = testing.database(app).open(transaction_manager=tm)
        started = time.perf_counter()
        with tm:
            section = conn.root()[ROOT_KEY]["dich-vu-cong"]
            report = import_procedures(section, generated, work, app.registry, checkpoint=tm.commit)
        rate = (report.added + report.updated) / (time.perf_counter() - started)
        conn.close()
        print(f"import: {report.added} procedures at {rate:.0f}/s ({len(report.refused)} refused)")
        timer = Timed(app)
        browser = TestApp(timer)
        pages = [
            ("procedures page, a filter", "/dich-vu-cong/?" + urlencode({"field": "xay-dung"}), 30.0),
            ("procedures page, two filters", "/dich-vu-cong/?" + urlencode({"field": "dat-dai", "online": "mot-phan"}),
             30.0),
            ("search by code", "/dich-vu-cong/?" + urlencode({"q": "1100042"}), 30.0),
            ("search by words", "/dich-vu-cong/?" + urlencode({"q": "cap giay phep xay dung"}), 30.0),
            ("city home", "/", None),
        ]  # fmt: skip
        for title, url, target in pages:
            for _ in range(WARM_UP):
                browser.get(url)
            times = []
            for _ in range(args.requests):
                browser.get(url)
                times.append(timer.last * 1000)
            median = statistics.median(times)
            p95 = sorted(times)[int(len(times) * 0.95) - 1]
            verdict = "" if target is None else (" PASS" if median < target else " FAIL") + f" (< {target:.0f} ms)"
            ok &= target is None or median < target
            print(f"{title}: median {median:.1f} ms, p95 {p95:.1f} ms{verdict}")
        testing.database(app).close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
