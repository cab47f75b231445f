""".venv/bin/python bench/qa.py [--questions 10000] [--requests 50] [--demo-proportions] [--profile]

Hỏi - Đáp speed (issue 6): with 10,000 questions in the database, the board's dashboard and the public
list of answers render in under 50 ms (median server time).

Builds the demo city in a temporary directory, adds questions until the database holds ``--questions``,
spread evenly over the Q&A sections of the city and of every component portal, in the proportions of
states of a portal that has been answering for a few years (``--demo-proportions``: those of the demo,
a third of them waiting for the board). Then, in process with WebTest, page cache off, it times
``/so-xay-dung/hoi-dap/`` for the portal's editor (the dashboard), for an anonymous visitor (the public
list) and ``?field=xay-dung`` (the list of one field): warm-up first, then ``--requests`` requests
each; prints the median and p95 of the time spent in the app, with PASS/FAIL against 50 ms. A page
that misses it is profiled (cProfile, ``--profile`` for every page).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import re
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import transaction
from repoze.catalog.query import Eq
from webtest import TestApp

from hpportal import testing
from hpportal.core.catalog.catalog import TYPE
from hpportal.core.portal import ROOT_KEY, SubPortal
from hpportal.core.workflow import HistoryEntry, force_state, record_history
from hpportal.demo import questions as demo
from hpportal.demo.build import build_demo
from hpportal.qa.models import FIELDS, Question
from timing import Timed

TARGET_MS = 50.0
PORTAL = "so-xay-dung"
FIELD = "xay-dung"
BATCH = 500
WARM_UP = 5
TEMPLATE = re.compile(r"_[0-9a-f]{32}\.py$")  # a template compiled by Chameleon
SEED = 6
#: (state, share per thousand) of a Q&A a few years old: most questions answered (published or
#: directly) or turned away, a few weeks' worth still with the board or with the agencies.
STATES = [
    ("published", 520), ("closed", 230), ("rejected", 60), ("invalid", 40),
    ("received", 30), ("accepted", 15), ("returned", 5), ("answered", 25),
    ("assigned", 45), ("in_progress", 30),
]  # fmt: skip
OPEN = {"received", "accepted", "returned", "answered", "assigned", "in_progress"}
ROUTED = {"assigned", "returned", "in_progress", "answered", "published", "closed"}


def _question(rng, number: int, state: str, now: datetime, agencies, cipher) -> Question:
    title, field, text = rng.choice(demo.ASKED)
    # What is still open was asked in the last weeks; the rest over three years.
    age = timedelta(days=rng.randint(0, 25) if state in OPEN else rng.randint(30, 3 * 365), hours=rng.randint(0, 23))
    received = now - age
    question = Question(
        title=f"{title} ({number})",
        text=text,
        field=field if field in FIELDS else "khac",
        full_name=f"{rng.choice(demo.FAMILY)} {rng.choice(demo.GIVEN)}",
        address=f"Số {rng.randint(1, 200)} đường Lạch Tray, thành phố Hải Phòng",
        phone=f"09{rng.randint(10_000_000, 99_999_999)}",
        email=f"nguoidan{number}@example.vn" if number % 3 else "",
        channel=rng.choice(["portal", "portal", "portal", "email", "facebook", "office"]),
        received=received,
    )
    question.set_citizen_id(cipher, f"031{rng.choice('0123')}{rng.randint(50, 99):02d}{rng.randint(0, 999_999):06d}")
    question.created = question.modified = received
    if state in ROUTED:
        agency = rng.choice(agencies)
        question.agency, question.agency_title = agency.uid, agency.title
        question.assigned = min(received + timedelta(hours=rng.randint(4, 48)), now)
        question.due = question.assigned + timedelta(days=rng.choice([5, 9, 14]))  # 3, 7, 10 working days
    if state == "in_progress":
        question.promised = question.due + timedelta(days=5)
    if state in ("answered", "published", "closed"):
        question.answer, question.answer_kind = demo.ANSWER, "direct" if state == "closed" else "public"
        question.answered = min(question.assigned + timedelta(days=rng.randint(1, 12)), now)
    return question


def add_questions(app, wanted: int, states: list[tuple[str, int]]) -> dict[str, int]:
    """Questions until the database holds ``wanted``, round the Q&A sections; committed by ``BATCH``."""
    rng = random.Random(SEED)
    now = datetime.now(UTC)
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    registry = app.registry
    made: dict[str, int] = {}
    try:
        site = conn.root()[ROOT_KEY]
        sections = [site["hoi-dap"]] + [p["hoi-dap"] for p in site.values() if isinstance(p, SubPortal)]
        agencies = [p for p in site.values() if isinstance(p, SubPortal)]
        existing, _docids = site.catalog.query(Eq(TYPE, "Question"))
        existing = getattr(existing, "total", int(existing))
        pool = [state for state, share in states for _ in range(share)]
        for number in range(max(wanted - existing, 0)):
            section = sections[number % len(sections)]
            state = rng.choice(pool)
            question = _question(rng, number, state, now, agencies, registry.qa_cipher)
            section.add(f"hd-{number:05d}", question, registry=registry)
            if state != "received":
                force_state(question, state, registry=registry)
                when = question.assigned or question.received
                record_history(question, HistoryEntry(when, None, "Ban Biên tập", "", "received", state, ""))
            made[state] = made.get(state, 0) + 1
            if (number + 1) % BATCH == 0:
                tm.commit()
        tm.commit()
        total, _docids = site.catalog.query(Eq(TYPE, "Question"))
        made["total in the database"] = getattr(total, "total", int(total))
    finally:
        conn.close()
    return made


def login(browser: TestApp, name: str, password: str) -> None:
    page = testing.login(browser, name, password)
    assert page.html.select_one(".user-name") is not None, f"{name} could not log in"


def measure(timed: Timed, browser: TestApp, url: str, requests: int, check) -> list[float]:
    for _ in range(WARM_UP):
        check(browser.get(url))
    times = []
    for _ in range(requests):
        browser.get(url)
        times.append(timed.last * 1000)
    return times


def _where(key) -> str:
    filename, line, function = key
    filename = re.sub(r"^.*?(site-packages|/src|/lib/python3\.\d+)/", "", filename)
    return f"{filename}:{line}({function})" if line else function


def profile(browser: TestApp, url: str, runs: int = 20) -> str:
    """Where the time of ``url`` goes: the portal's code and templates by cumulative time, any code by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(runs):
        browser.get(url)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # key -> (primitive calls, calls, own time, cumulative, callers)
    total = max(ct for _cc, _nc, _tt, ct, _callers in stats.values())
    rows = [(ct, nc, tt, key) for key, (_cc, nc, tt, ct, _callers) in stats.items()]
    ours = [row for row in rows if "hpportal/" in row[3][0] or TEMPLATE.search(row[3][0])]
    out = io.StringIO()
    out.write(f"Profile of {url} ({runs} requests, {total * 1000 / runs:.1f} ms each under the profiler)\n")
    for title, shown in (
        ("cumulative", sorted(ours, reverse=True)[:15]),  # the portal's code and its compiled templates
        ("own time", sorted(rows, key=lambda row: row[2], reverse=True)[:12]),  # any code
    ):
        out.write(f"  {title:<10}{'ms/req':>8}{'own ms':>8}{'calls/req':>11}  function\n")
        for ct, nc, tt, key in shown:
            out.write(f"  {'':<10}{ct * 1000 / runs:>8.2f}{tt * 1000 / runs:>8.2f}{nc / runs:>11.0f}  {_where(key)}\n")
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description="Hỏi - Đáp speed: the board's dashboard and the public answers.")
    parser.add_argument("--questions", type=int, default=10_000, help="questions in the database")
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page")
    parser.add_argument("--demo-proportions", action="store_true", help="the demo's states: many more open")
    parser.add_argument("--profile", action="store_true", help="profile every page, not only those too slow")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hpportal-bench-qa-"))
    try:
        directory = workdir / "var"
        print(f"Building the demo city in {directory} ...", flush=True)
        app = testing.make_app(testing.settings_for(directory))  # page cache off: pages are rendered
        logins = []
        testing.populate(app, lambda root, registry: logins.extend(build_demo(root, registry)))
        passwords = {name: password for name, password, _role in logins}
        started = time.perf_counter()
        states = demo.STATES if args.demo_proportions else STATES
        made = add_questions(app, args.questions, states)
        print(f"Added questions in {time.perf_counter() - started:.0f} s, {BATCH} a transaction:")
        print("  " + ", ".join(f"{state} {count}" for state, count in made.items()))

        timed = Timed(app)
        editor, visitor = TestApp(timed), TestApp(timed)
        login(editor, f"{PORTAL}-btv", passwords[f"{PORTAL}-btv"])
        base = f"/{PORTAL}/hoi-dap/"

        def dashboard(page):
            board = page.html.select_one("section.qa-board")
            assert board is not None, "the editor does not see the board's dashboard"
            return board

        def answers(page):
            assert page.html.select_one("section.qa-board") is None
            assert len(page.html.select("ol.qa-list > li")) == 20, "not a full page of answers"

        pages = [
            ("dashboard (editor)", editor, base, dashboard),
            ("answers (anonymous)", visitor, base, answers),
            (f"answers ?field={FIELD}", visitor, f"{base}?field={FIELD}", answers),
        ]
        counts = next(p for p in dashboard(editor.get(base)).find_all("p") if p.find("strong"))
        summary = counts.get_text(" ", strip=True)
        print(f"Dashboard of /{PORTAL}: {summary}")
        print(f"\n{args.requests} requests each after {WARM_UP} to warm up; time spent in the app:")
        print(f"{'page':<26}{'median ms':>11}{'p95 ms':>9}  target: median < {TARGET_MS:.0f} ms")
        slow = []
        for name, browser, url, check in pages:
            times = sorted(measure(timed, browser, url, args.requests, check))
            median, p95 = statistics.median(times), times[max(int(len(times) * 0.95) - 1, 0)]
            verdict = "PASS" if median < TARGET_MS else "FAIL"
            print(f"{name:<26}{median:>11.1f}{p95:>9.1f}  {verdict}", flush=True)
            if verdict == "FAIL" or args.profile:
                slow.append((browser, url))
        for browser, url in slow:
            print("\n" + profile(browser, url))
        testing.database(app).close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
