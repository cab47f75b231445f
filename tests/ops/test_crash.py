"""Crash safety: a serving process killed with SIGKILL loses no write it acknowledged.

A real waitress process serves the portal on a FileStorage; a client adds sections one after
the other through the web, remembering each one the portal acknowledged (its 303 redirect);
the process is killed in the middle of the stream. The storage then opens cleanly (fstest),
and every acknowledged section is there.
"""

from __future__ import annotations

import http.cookiejar
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from ZODB.scripts import fstest

from hpportal import testing
from hpportal.core.portal import ROOT_KEY

SERVE = """
import sys
from waitress import serve
from hpportal import testing
from pathlib import Path
app = testing.make_app(testing.settings_for(Path(sys.argv[1])))
serve(app, host="127.0.0.1", port=int(sys.argv[2]), threads=4, _quiet=True)
"""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kw):
        return None


class Client:
    """A browser's worth of HTTP: cookies, CSRF tokens from forms, no following of redirects."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.read().decode()

    def post(self, path: str, fields: dict) -> int:
        data = urllib.parse.urlencode(fields).encode()
        try:
            with self.opener.open(self.base + path, data=data, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def token(self, path: str) -> str:
        return re.search(r'name="csrf_token" value="([^"]+)"', self.get(path)).group(1)


def test_acknowledged_writes_survive_a_sigkill(tmp_path, basic_database):
    directory = tmp_path / "var"
    shutil.copytree(basic_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    port = testing.free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVE, str(directory), str(port)])
    acknowledged = []
    try:
        testing.wait_for_port(port)
        client = Client(f"http://127.0.0.1:{port}")
        token = client.token("/login")
        fields = {"login": testing.EDITOR_LOGIN, "password": testing.EDITOR_PASSWORD, "came_from": ""}
        assert client.post("/login", {**fields, "csrf_token": token, "log_in": "1"}) == 303
        token = client.token("/add?type=Section")
        started = time.monotonic()
        for number in range(1, 1000):
            form = {"csrf_token": token, "title": f"Chuyên mục {number}", "description": "", "save": "1"}
            if client.post("/add?type=Section", form) != 303:
                break
            acknowledged.append(f"chuyen-muc-{number}")
            if len(acknowledged) >= 20 and time.monotonic() - started > 1.0:
                server.send_signal(signal.SIGKILL)  # in the middle of the stream: a request may be in flight
                try:
                    client.post("/add?type=Section", {**form, "title": "Sau khi tắt"})
                except OSError:
                    pass
                break
    finally:
        server.kill()
        server.wait(timeout=30)

    assert len(acknowledged) >= 20
    fstest.check(str(directory / "Data.fs"))  # the file is sound (a torn last transaction is ignored)
    (directory / "Data.fs.lock").unlink(missing_ok=True)
    app = testing.make_app(testing.settings_for(directory))
    conn = testing.database(app).open()
    try:
        site = conn.root()[ROOT_KEY]
        missing = [name for name in acknowledged if name not in site]
        assert missing == []
    finally:
        conn.close()
        testing.database(app).close()
