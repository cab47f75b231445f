""".venv/bin/python bench/intake.py [--megabytes 10] [--runs 5]

Tiếp nhận speed (issue 16): importing a 10 MB edXML package takes under 2 s, from its bytes to the
committed item with its files and the legal document offered from it.

Makes a portal in a temporary directory and imports ``--runs`` packages, each with a PDF attachment of
``--megabytes`` (base64 in the envelope, so the package is a third larger), through the same code as the
inbox's upload and the drop folder's endpoint, committing each to the FileStorage; prints the median and the
slowest time with PASS/FAIL against the target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.intake.inbox import import_package
from hpportal.intake.samples import package

TARGET_SECONDS = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hpportal-bench-intake-"))
    try:
        app = testing.make_app(testing.settings_for(work / "var"))
        testing.populate(app, testing.basic_portal)
        pdf = b"%PDF-1.4\n" + os.urandom(int(args.megabytes * 1024 * 1024)) + b"\n%%EOF\n"
        seconds = []
        for run in range(args.runs):
            data = package(code_number=str(100 + run), attachments=((f"van-ban-{run}.pdf", "application/pdf", pdf),))
            started = time.perf_counter()
            testing.populate(
                app, lambda root, registry, data=data: import_package(root[ROOT_KEY]["tiep-nhan"], data, registry)
            )
            seconds.append(time.perf_counter() - started)
        print(f"package of {len(data) / 1024 / 1024:.1f} MB ({args.megabytes:g} MB attachment), {args.runs} imports")
        median, slowest = statistics.median(seconds), max(seconds)
        verdict = "PASS" if median < TARGET_SECONDS else "FAIL"
        print(f"import: median {median:.2f} s, slowest {slowest:.2f} s (target < {TARGET_SECONDS:g} s) {verdict}")
        testing.database(app).close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
