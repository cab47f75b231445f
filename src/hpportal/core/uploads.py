"""Uploads that cannot exhaust the server: a body limit before any parsing, and temporary uploads on disk.

A form that fails validation keeps its files for the next submit in deform's temporary store. Kept in
process memory, every anonymous submission with a large file stayed there: the store here writes them to a
directory, forgets them after ``max_age`` seconds and bounds the space they take. Bodies over
``hpportal.max_request_body`` are refused with 413 before WebOb reads them.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

import deform
from pyramid.events import ContextFound
from pyramid.httpexceptions import HTTPRequestEntityTooLarge

from hpportal.core.media import MAX_UPLOAD_BYTES

#: Three attachments of the largest size a file may have, and the rest of the form.
DEFAULT_MAX_BODY = 3 * MAX_UPLOAD_BYTES + 1024 * 1024
_UID = re.compile(r"^[A-Za-z0-9]{1,64}$")  # deform makes its uids of letters and digits; nothing else is a file name


class DiskTmpStore:
    """deform's temporary upload store, on disk: ``uid`` -> the upload's metadata and a file with its bytes.

    Entries older than ``max_age`` seconds are removed as new ones arrive, and the oldest go first when the
    store would take more than ``max_bytes``. Until :meth:`configure` names a directory, a private one under
    the system's temporary directory is used.
    """

    def __init__(self, directory: str | Path | None = None, *, max_age: int = 3600, max_bytes: int = 2 * 1024**3):
        self._directory = Path(directory) if directory else None
        self.max_age = max_age
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def configure(self, directory: str | Path, *, max_age: int | None = None) -> None:
        self._directory = Path(directory)
        if max_age is not None:
            self.max_age = max_age

    @property
    def directory(self) -> Path:
        if self._directory is None:
            self._directory = Path(tempfile.mkdtemp(prefix="hpportal-uploads-"))
        self._directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self._directory

    def _paths(self, uid: str) -> tuple[Path, Path]:
        if not isinstance(uid, str) or not _UID.match(uid):
            raise KeyError(uid)
        return self.directory / f"{uid}.json", self.directory / f"{uid}.data"

    def __setitem__(self, uid, value) -> None:
        meta_path, data_path = self._paths(uid)
        meta = {key: item for key, item in dict(value).items() if key not in ("fp", "preview_url")}
        fp = value.get("fp")
        with self._lock:
            self._expire()
            if fp is not None:
                fp.seek(0)
                with data_path.open("wb") as out:
                    shutil.copyfileobj(fp, out, 1024 * 1024)
                fp.seek(0)
            meta_path.write_text(json.dumps(meta, default=str))

    def get(self, uid, default=None):
        try:
            meta_path, data_path = self._paths(uid)
            meta = json.loads(meta_path.read_text())
        except (KeyError, OSError, ValueError):
            return default
        if time.time() - meta_path.stat().st_mtime > self.max_age:
            return default
        if data_path.exists():
            meta["fp"] = data_path.open("rb")
        return meta

    def __getitem__(self, uid):
        found = self.get(uid)
        if found is None:
            raise KeyError(uid)
        return found

    def __contains__(self, uid) -> bool:
        return self.get(uid) is not None

    def preview_url(self, uid):
        return None

    def size(self) -> int:
        """Bytes the store takes on disk now."""
        return sum(path.stat().st_size for path in self.directory.glob("*.data"))

    def _expire(self) -> None:
        now = time.time()
        entries = []
        for meta_path in self.directory.glob("*.json"):
            data_path = meta_path.with_suffix(".data")
            try:
                age = now - meta_path.stat().st_mtime
                size = data_path.stat().st_size if data_path.exists() else 0
            except OSError:
                continue
            if age > self.max_age:
                self._remove(meta_path, data_path)
            else:
                entries.append((meta_path.stat().st_mtime, meta_path, data_path, size))
        total = sum(entry[3] for entry in entries)
        for _mtime, meta_path, data_path, size in sorted(entries, key=lambda entry: entry[0]):
            if total <= self.max_bytes:
                break
            self._remove(meta_path, data_path)
            total -= size

    @staticmethod
    def _remove(*paths: Path) -> None:
        for path in paths:
            path.unlink(missing_ok=True)


TMP_STORE = DiskTmpStore()


class UploadWidget(deform.widget.FileUploadWidget):
    """deform's upload widget over :data:`TMP_STORE`; a ``uid`` sent back that deform did not make is dropped.

    The form sends an empty ``uid`` with a first upload: deform would store the file under that key, the
    same for every visitor, and hand it to the next one who sends the key without a file.
    """

    def __init__(self, **kw):
        super().__init__(TMP_STORE, **kw)

    def deserialize(self, field, pstruct):
        if isinstance(pstruct, dict) and not _UID.match(str(pstruct.get("uid") or "")):
            pstruct = {key: value for key, value in pstruct.items() if key != "uid"}
        return super().deserialize(field, pstruct)


class BodyTooLarge(HTTPRequestEntityTooLarge):
    """A request body over the limit, answered with a page in the visitor's language."""


def refuse_large_bodies(event) -> None:
    """After traversal (so the refusal is a page of the visitor's portal), before anything reads the body.

    waitress's ``max_request_body_size`` bounds chunked bodies, which have no Content-Length.
    """
    request = event.request
    limit = int(request.registry.settings.get("hpportal.max_request_body", DEFAULT_MAX_BODY))
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge()


def too_large(exc, request):
    # The page reads request.params (the search box): it must find no body to parse.
    request.environ.update({"CONTENT_LENGTH": "0", "CONTENT_TYPE": "", "wsgi.input": io.BytesIO(b"")})
    for key in [k for k in request.environ if k.startswith("webob._parsed_")]:
        del request.environ[key]
    request.response.status = 413
    request.response.headers["Connection"] = "close"
    return {"limit": _megabytes(request.registry.settings.get("hpportal.max_request_body", DEFAULT_MAX_BODY))}


def _megabytes(value) -> int:
    return max(1, int(value) // (1024 * 1024))


def includeme(config):
    settings = config.get_settings()
    directory = settings.get("hpportal.upload_tmp_dir")
    if directory:
        TMP_STORE.configure(directory, max_age=int(settings.get("hpportal.upload_tmp_max_age", 3600)))
    config.add_subscriber(refuse_large_bodies, ContextFound)
    config.add_exception_view(too_large, context=BodyTooLarge, renderer="hpportal:core/templates/too_large.pt")
