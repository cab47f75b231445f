"""Every page type, public and management, in every language, is valid HTML for the Nu HTML checker.

The checker is vnu-jar from the npm registry (`make test` installs it with ``npm ci``), run once
over all the pages; Java is on the machine.
"""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict

import pytest
from page_types import NOT_FOUND, VNU_JAR, management_pages, manager_browser, public_pages, tool
from webtest import TestApp

pytestmark = pytest.mark.browser


def nu_errors(pages: dict[str, str], directory) -> dict[str, list[str]]:
    """name -> the checker's errors on that page's HTML."""
    files = {}
    for name, html in pages.items():
        path = directory / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        files[path.as_uri()] = name
    paths = [str(directory / f"{name}.html") for name in pages]
    command = ["java", "-jar", str(tool(VNU_JAR)), "--errors-only", "--format", "json", *paths]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    errors = defaultdict(list)
    for message in json.loads(run.stderr or '{"messages": []}')["messages"]:
        if message["type"] in ("error", "non-document-error"):
            page = files.get(message.get("url", ""), message.get("url", "?"))
            where, extract = message.get("lastLine", "?"), message.get("extract", "")
            errors[page].append(f"{where}: {message['message']} — {extract!r}")
    return dict(errors)


def test_every_page_type_is_valid_html(shipped, tmp_path):
    anonymous = TestApp(shipped.app)
    html = {}
    for name, url in public_pages(shipped).items():
        html[name] = anonymous.get(url.replace(shipped.url, ""), status=404 if name in NOT_FOUND else 200).text
    ask = anonymous.get("/hoi-dap/ask")
    refused = ask.forms["ask-form"].submit("send", status=200)
    html["ask-refused"] = refused.text
    manager = manager_browser(shipped)
    for name, path in management_pages(shipped, manager).items():
        html[f"manage-{name}"] = manager.get(path).text
    errors = nu_errors(html, tmp_path)
    assert not errors, "\n".join(f"{page}:\n  " + "\n  ".join(found) for page, found in sorted(errors.items()))
