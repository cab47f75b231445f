"""Page speed of the demo city against a bare Pyramid "hello" app measured in the same run.

Builds the demo site in a temporary directory, serves it with waitress (4
threads) in a child process, and loads an article page, a section listing,
the home page and a search with wrk (or a small threaded Python client when
wrk is missing). Prints req/s and p99 for each next to the "hello" app and
the ratio, then the median server time of catalog searches.

    .venv/bin/python bench/pages.py [--seconds 10] [--no-cache]
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from pyramid.config import Configurator
from pyramid.response import Response
from waitress import serve

from hpportal import testing
from hpportal.core.catalog.search import SearchQuery, search
from hpportal.core.portal import ROOT_KEY
from hpportal.demo.build import build_demo

TARGETS = {"article": 0.50, "home": 0.30, "section": 0.30}
SEARCH_WORDS = [
    "hai phong", "Hải Phòng", "da nang", "cat hai", "du lich", "chuyển đổi số", "cang bien", "xây dựng",
    "giao thong", "nông nghiệp", "y te", "giáo dục", "dau tu", "môi trường", "van hoa", "an lão",
    "hong bang", "khoa học", "ngân sách", "doanh nghiep", "le hoi", "biển đảo", "nha o xa hoi", "thủ tục",
    "kinh te", "phòng chống", "benh vien", "quy hoach", "công nghệ", "việc làm",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def quiet_waitress() -> None:
    # Under load waitress logs every queued task; the figures are what matters here.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)


def serve_hello(port: int) -> None:
    quiet_waitress()
    with Configurator() as config:
        config.add_route("hello", "/")
        config.add_view(lambda request: Response("hello"), route_name="hello")
    serve(config.make_wsgi_app(), listen=f"127.0.0.1:{port}", threads=4, _quiet=True)


def serve_portal(settings: dict, port: int) -> None:
    quiet_waitress()
    serve(testing.make_app(settings), listen=f"127.0.0.1:{port}", threads=4, _quiet=True)


def wait_up(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=60).read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer")


def measure_wrk(url: str, seconds: int) -> tuple[float, float]:
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()
    p99_ms = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return rps, p99_ms


def measure_python(url: str, seconds: int) -> tuple[float, float]:
    """A plain threaded client: 8 connections, each fetching in a loop (when wrk is missing)."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker():
        while time.monotonic() < stop:
            started = time.perf_counter()
            urllib.request.urlopen(url, timeout=30).read()
            with lock:
                latencies.append(time.perf_counter() - started)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    return len(latencies) / seconds, latencies[int(len(latencies) * 0.99) - 1] * 1000


def search_times(directory: Path) -> list[float]:
    """Server time of catalog searches (text + newest first, 20 results), in ms."""
    app = testing.make_app(testing.settings_for(directory))
    conn = testing.database(app).open()
    catalog = conn.root()[ROOT_KEY].catalog
    times = []
    for _ in range(5):
        for words in SEARCH_WORDS:
            started = time.perf_counter()
            search(catalog, SearchQuery(text=words), allowed=testing.ANONYMOUS_TOKENS, limit=20)
            times.append((time.perf_counter() - started) * 1000)
    conn.close()
    testing.database(app).close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="duration of each load run")
    parser.add_argument("--no-cache", action="store_true", help="switch off the anonymous page cache")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="hpportal-bench-"))
    directory = workdir / "var"
    print(f"Building the demo city in {directory} ...", flush=True)
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, lambda root, registry: build_demo(root, registry))
    testing.database(app).close()

    times = search_times(directory)
    settings = testing.settings_for(directory, **{"hpportal.page_cache_size": "0" if args.no_cache else "2000"})
    hello_port, portal_port = free_port(), free_port()
    servers = [
        multiprocessing.Process(target=serve_hello, args=(hello_port,), daemon=True),
        multiprocessing.Process(target=serve_portal, args=(settings, portal_port), daemon=True),
    ]
    for server in servers:
        server.start()
    base = f"http://127.0.0.1:{portal_port}"
    try:
        wait_up(f"http://127.0.0.1:{hello_port}/")
        wait_up(base + "/")
        listing = urllib.request.urlopen(base + "/tin-tuc/", timeout=60).read().decode()
        article = re.search(r'<h3><a href="([^"]+)"', listing).group(1)
        urls = {
            "hello": f"http://127.0.0.1:{hello_port}/",
            "article": article,
            "section": base + "/tin-tuc/",
            "home": base + "/",
            "search": base + "/search?q=hai+phong",
        }
        for url in urls.values():  # warm up: compile templates, fill caches
            for _ in range(3):
                urllib.request.urlopen(url, timeout=60).read()
        measure = measure_wrk if shutil.which("wrk") else measure_python
        cache = "off" if args.no_cache else "on"
        print(f"Load: {measure.__name__[8:]}, {args.seconds}s each, 8 connections; page cache {cache}")
        figures = {name: measure(url, args.seconds) for name, url in urls.items()}
    finally:
        for server in servers:
            server.terminate()
        shutil.rmtree(workdir, ignore_errors=True)

    hello_rps = figures["hello"][0]
    print(f"\n{'page':<10}{'req/s':>10}{'p99 ms':>10}{'vs hello':>10}  target")
    for name, (rps, p99) in figures.items():
        ratio = rps / hello_rps
        target = TARGETS.get(name)
        verdict = "" if target is None else f"≥ {target:.0%}  {'PASS' if ratio >= target else 'FAIL'}"
        print(f"{name:<10}{rps:>10.1f}{p99:>10.1f}{ratio:>10.0%}  {verdict}")
    median, p95 = statistics.median(times), sorted(times)[int(len(times) * 0.95) - 1]
    verdict = "PASS" if median < 20 else "FAIL"
    print(f"\nSearch server time over {len(times)} queries: median {median:.1f} ms, p95 {p95:.1f} ms")
    print(f"Target: median under 20 ms: {verdict}")


if __name__ == "__main__":
    main()
