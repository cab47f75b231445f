"""The drop folder of edXML packages: ``hpportal intake-edxml DIR`` hands each package to the running portal.

The portal keeps its embedded FileStorage open while it serves, so a second process cannot open the database:
the command posts each file over HTTP to the inbox's ``edxml-drop`` endpoint with the shared secret of
``hpportal.intake.secret`` (sent in the ``X-Intake-Secret`` header), then moves the file to ``done/``, or to
``failed/`` beside a ``.why`` file saying which field was refused. A portal that does not answer leaves the
files where they are, for the next run.

Settings: ``hpportal.intake.secret``, or ``hpportal.intake.secret_file`` (a file made on first start and read by
both; without either the endpoint accepts nothing), and ``hpportal.intake.portal_url`` (where the command finds
the portal; ``http://127.0.0.1:6543`` by default).
"""

from __future__ import annotations

import hmac
import json
import secrets
import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pyramid.httpexceptions import HTTPForbidden
from pyramid.security import NO_PERMISSION_REQUIRED
from pyramid.view import view_config

from hpportal.core.settings import read_secret
from hpportal.intake import edxml
from hpportal.intake.inbox import import_package
from hpportal.intake.models import Inbox

SECRET_SETTING = "hpportal.intake.secret"
SECRET_FILE_SETTING = "hpportal.intake.secret_file"
URL_SETTING = "hpportal.intake.portal_url"
DEFAULT_URL = "http://127.0.0.1:6543"
HEADER = "X-Intake-Secret"
SUFFIXES = (".edxml", ".xml")
DROP_VIEW = "edxml-drop"


def drop_secret(settings) -> str:
    """The shared secret of the drop folder: the setting, else the secret file (made when missing), else none."""
    if not settings.get(SECRET_SETTING) and not settings.get(SECRET_FILE_SETTING):
        return ""
    return read_secret(settings, SECRET_SETTING, lambda: secrets.token_urlsafe(32))


def _secret_matches(request) -> bool:
    secret = request.registry.intake_secret
    given = request.headers.get(HEADER, "")
    return bool(secret) and hmac.compare_digest(secret.encode(), given.encode())


@view_config(
    context=Inbox, name=DROP_VIEW, request_method="POST", permission=NO_PERMISSION_REQUIRED, require_csrf=False,
    renderer="json",
)  # fmt: skip
def drop_view(context, request):
    """A package from the drop folder: 201 with the item's path, 422 with the reason, 403 without the secret."""
    if not _secret_matches(request):
        request.tm.doom()
        raise HTTPForbidden()
    try:
        item = import_package(context, request.body, request.registry)
    except edxml.PackageRefused as refused:
        request.tm.doom()  # nothing of a refused package is kept
        request.response.status = 422
        return {"refused": request.localizer.translate(refused.message)}
    request.response.status = 201
    return {"path": request.resource_path(item), "title": item.title}


class PortalUnreachable(Exception):
    pass


@dataclass
class DropReport:
    imported: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    number = 1
    while target.exists():
        target = folder / f"{path.stem}.{number}{path.suffix}"
        number += 1
    shutil.move(str(path), target)
    return target


def deliver_folder(directory: Path, url: str, secret: str, *, timeout: float = 120) -> DropReport:
    """Post every package in ``directory`` to the inbox at ``url``; move each to ``done/`` or ``failed/``.

    :class:`PortalUnreachable` when the portal does not answer (the file stays for the next run).
    """
    report = DropReport()
    for path in sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES):
        request = urllib.request.Request(
            f"{url.rstrip('/')}/{DROP_VIEW}",
            data=path.read_bytes(),
            method="POST",
            headers={HEADER: secret, "Content-Type": "application/xml"},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                answer = json.loads(response.read() or b"{}")
            _move(path, directory / "done")
            report.imported.append(answer.get("path", path.name))
        except urllib.error.HTTPError as error:
            if error.code == 422:
                reason = json.loads(error.read() or b"{}").get("refused", "refused")
            elif error.code in (403, 404):
                raise PortalUnreachable(
                    f"the portal refused the drop ({error.code}): check {SECRET_SETTING} and --portal"
                ) from None
            else:
                raise PortalUnreachable(f"the portal answered {error.code} for {path.name}") from None
            moved = _move(path, directory / "failed")
            moved.with_name(moved.name + ".why").write_text(reason + "\n", encoding="utf-8")
            report.failed.append((path.name, reason))
        except (urllib.error.URLError, OSError) as error:
            raise PortalUnreachable(f"the portal at {url} does not answer: {error}") from None
    return report
