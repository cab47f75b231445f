"""Importing procedures from the web: a Site Manager sends a CSV or JSON file to the portal's Dịch vụ công,
checks it first (nothing is changed), then imports it, and reads the refused rows with their line and reason.

The same code as ``hpportal import-procedures``, in the request's transaction: a file sent from the web is kept
small (:data:`MAX_ROWS`); a bigger one, or one with forms, is imported with the command.
"""

from __future__ import annotations

from pyramid.view import view_config

from hpportal.core.i18n import _
from hpportal.core.security import MANAGE_PORTAL
from hpportal.services.importer import COLUMNS, ImportFileError, import_procedures, rows_from_text
from hpportal.services.models import ProceduresSection

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
CHECK, IMPORT = "check", "import"


def _file_text(upload) -> tuple[str | None, object]:
    """The text of the uploaded file, or ``None`` and what is wrong with it."""
    if upload is None or not hasattr(upload, "file"):
        return None, _("Please choose a file.")
    data = upload.file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return None, _("The file is larger than 5 MB: import it with the hpportal import-procedures command.")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return None, _("The file is not text in UTF-8: save it as CSV UTF-8 or JSON and send it again.")


@view_config(
    context=ProceduresSection, name="import", permission=MANAGE_PORTAL, renderer="hpportal:services/templates/import.pt"
)
def import_view(context, request):
    """Nhập thủ tục hành chính từ tệp: check, then import; the report lists the refused rows."""
    request.response.cache_control.no_store = True
    values = {"columns": COLUMNS, "max_rows": MAX_ROWS, "report": None, "problem": None, "filename": ""}
    if request.method != "POST":
        return values
    upload = request.POST.get("file")
    text, problem = _file_text(upload)
    if text is not None:
        values["filename"] = upload.filename
        try:
            rows = rows_from_text(text, upload.filename or "")
        except ImportFileError:
            rows, problem = (
                None,
                _(
                    "The file could not be read: send a CSV file whose first line names the columns, or a JSON list "
                    "of objects."
                ),
            )
        if rows is not None and len(rows) > MAX_ROWS:
            problem = _(
                "The file holds ${count} rows, more than ${max} can be imported from the web: import it with the "
                "hpportal import-procedures command.",
                mapping={"count": len(rows), "max": MAX_ROWS},
            )
        elif rows is not None:
            dry_run = request.POST.get("action") != IMPORT
            values["report"] = import_procedures(context, rows, None, request.registry, dry_run=dry_run)
    values["problem"] = problem
    return values
