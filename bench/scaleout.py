"""Anonymous article req/s: one process on FileStorage, against two processes on one ZEO server.

Builds the demo city, then serves the same database (1) from one waitress process on the
FileStorage and (2) from two waitress processes, clients of a ``runzeo`` server holding a copy
of it, with the load split over both. Each with the page cache on and off. Prints req/s and
the ratios. On a 2-core machine with the load generator on the same cores, two processes
mostly share the same CPUs: the figure that matters is how close the ratio gets to 2 on more cores.

    .venv/bin/python bench/scaleout.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.request
from pathlib import Path

from hpportal import testing
from hpportal.demo.build import build_demo
from pages import free_port, measure_python, measure_wrk, quiet_waitress, wait_up


def serve(settings: dict, port: int) -> None:
    from waitress import serve as run

    quiet_waitress()
    run(testing.make_app(settings), listen=f"127.0.0.1:{port}", threads=4, _quiet=True)


def load(urls: list[str], seconds: int) -> float:
    """Total req/s with the load spread over ``urls`` at the same time."""
    measure = measure_wrk if shutil.which("wrk") else measure_python
    results = [0.0] * len(urls)

    def run(index: int) -> None:
        results[index] = measure(urls[index], seconds)[0]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(urls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(results)


def article_path(base: str) -> str:
    listing = urllib.request.urlopen(base + "/tin-tuc/", timeout=60).read().decode()
    return re.search(r'<h3><a href="http://[^/]+([^"]+)"', listing).group(1)


def run_setup(processes: list, bases: list[str], seconds: int) -> float:
    for process in processes:
        process.start()
    try:
        for base in bases:
            wait_up(base + "/")
        path = article_path(bases[0])
        urls = [base + path for base in bases]
        for url in urls:
            for _ in range(5):
                urllib.request.urlopen(url, timeout=60).read()
        return load(urls, seconds)
    finally:
        for process in processes:
            process.terminate()
            process.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hpportal-scaleout-"))
    var = work / "var"
    print(f"Building the demo city in {var} ...", flush=True)
    app = testing.make_app(testing.settings_for(var))
    testing.populate(app, lambda root, registry: build_demo(root, registry))
    testing.database(app).close()
    zeo_var = work / "zeo"
    shutil.copytree(var, zeo_var, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    zeo_port = free_port()
    conf = work / "zeo.conf"
    conf.write_text(
        f"<zeo>\n  address 127.0.0.1:{zeo_port}\n</zeo>\n"
        f"<filestorage 1>\n  path {zeo_var}/Data.fs\n  blob-dir {zeo_var}/blobs\n</filestorage>\n"
    )
    runzeo = [str(Path(sys.executable).with_name("runzeo")), "-C", str(conf)]
    zeo = subprocess.Popen(runzeo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    figures = {}
    try:
        for cache in ("2000", "0"):
            one = free_port()
            settings = testing.settings_for(var, **{"hpportal.page_cache_size": cache})
            figures[("filestorage", cache)] = run_setup(
                [multiprocessing.Process(target=serve, args=(settings, one), daemon=True)],
                [f"http://127.0.0.1:{one}"],
                args.seconds,
            )
            ports = [free_port(), free_port()]
            processes = []
            for index, port in enumerate(ports):
                client = work / f"client-{index}.conf"
                client.write_text(
                    "%import ZEO\n<zodb>\n  <clientstorage>\n"
                    f"    server 127.0.0.1:{zeo_port}\n    server-sync true\n"
                    f"    blob-dir {work}/cache-{index}\n    shared-blob-dir false\n  </clientstorage>\n</zodb>\n"
                )
                zeo_settings = {
                    **testing.settings_for(work / f"app-{index}", **{"hpportal.page_cache_size": cache}),
                    "zodbconn.uri": f"zconfig://{client}",
                }
                processes.append(multiprocessing.Process(target=serve, args=(zeo_settings, port), daemon=True))
            figures[("zeo x2", cache)] = run_setup(processes, [f"http://127.0.0.1:{p}" for p in ports], args.seconds)
    finally:
        zeo.terminate()
        zeo.wait()
        shutil.rmtree(work, ignore_errors=True)

    print(f"\nAnonymous article page, {args.seconds}s per run ({'wrk' if shutil.which('wrk') else 'python client'})")
    print(f"{'setup':<16}{'cache on':>12}{'cache off':>12}{'on/off':>9}")
    for setup in ("filestorage", "zeo x2"):
        on, off = figures[(setup, "2000")], figures[(setup, "0")]
        print(f"{setup:<16}{on:>12.1f}{off:>12.1f}{on / off:>9.2f}")
    for cache, label in (("2000", "cache on"), ("0", "cache off")):
        ratio = figures[("zeo x2", cache)] / figures[("filestorage", cache)]
        print(f"ZEO x2 / FileStorage x1, {label}: {ratio:.2f}")


if __name__ == "__main__":
    main()
