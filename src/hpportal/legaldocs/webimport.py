"""Nhập văn bản: the import of ``hpportal import-documents`` from the web, for the portal's Site Managers.

On a documents section's ``import`` page a Site Manager sends a CSV or JSON file (or a ZIP holding one
with the files it names, found relative to it), chooses to check it only (a dry run) or to import it, and
the work runs in the background as the database jobs do (core/jobs.py), one import at a time in the
process. The page reloads itself while it runs, showing how many rows are done, then shows the report:
how many documents were (or would be) imported, and each refused row with its line and reason.

The import commits every :data:`BATCH` rows, each batch retried on a conflict with the editors' work; a
refused row adds nothing, the good ones are imported.
"""

from __future__ import annotations

from dataclasses import dataclass

import colander
import deform
import transaction
from pyramid.httpexceptions import HTTPSeeOther
from pyramid.traversal import find_resource, resource_path
from pyramid.view import view_config

from hpportal.core.forms import form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.jobs import Job, Jobs, Note
from hpportal.core.portal import ROOT_KEY
from hpportal.core.security import MANAGE_PORTAL
from hpportal.core.uploads import UploadWidget
from hpportal.legaldocs.importer import COLUMNS, ImportFileError, ImportReport, import_documents
from hpportal.legaldocs.importfile import ImportFile, max_bytes, receive
from hpportal.legaldocs.models import LegalDocumentsSection

VIEW_NAME = "import"
#: Rows imported in one transaction: a conflict with an editor's save redoes this many, no more.
BATCH = 200
ATTEMPTS = 5
CHECK, IMPORT = "check", "import"
PUBLISHED, DRAFT = "published", "draft"


@dataclass
class ImportOutcome:
    """What the page shows of an import: the file, how it was run, and its report."""

    filename: str
    dry_run: bool
    state: str
    report: ImportReport


def import_schema() -> colander.Schema:
    schema = colander.Schema()
    schema.add(
        colander.SchemaNode(
            deform.FileData(),
            name="upload",
            title=_("File to import"),
            description=_(
                "A .csv (UTF-8, with a header line) or .json file; or a .zip holding one of them with "
                "the signed files it names, by their path relative to it."
            ),  # fmt: skip
            widget=UploadWidget(),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="mode",
            title=_("What to do"),
            default=CHECK,
            validator=colander.OneOf((CHECK, IMPORT)),
            widget=deform.widget.SelectWidget(
                values=(
                    (CHECK, _("Check only (dry run): report the rows that would be refused, import nothing")),
                    (IMPORT, _("Import the good rows, and report the refused ones")),
                )  # fmt: skip
            ),
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="state",
            title=_("Imported documents are"),
            default=PUBLISHED,
            validator=colander.OneOf((PUBLISHED, DRAFT)),
            widget=deform.widget.SelectWidget(
                values=((PUBLISHED, _("Published at once")), (DRAFT, _("Drafts, to be reviewed")))
            ),
        )
    )
    return schema


def import_work(db, registry, section_path: str, sent: ImportFile, outcome: ImportOutcome, *, creator=None):
    """The job's work: the rows of ``sent`` into the section at ``section_path``, on a connection of its own."""

    def work(job: Job):
        tm = transaction.TransactionManager()
        conn = db.open(transaction_manager=tm)
        report = outcome.report
        job.result = outcome
        try:
            if outcome.dry_run:  # one pass, so that a number repeated anywhere in the file is found
                tm.begin()
                try:
                    part = _run(conn, registry, section_path, sent, sent.rows, job, dry_run=True)
                finally:
                    tm.abort()
                report.imported, report.refused = part.imported, part.refused
            else:
                for start in range(0, len(sent.rows), BATCH):
                    # Committed batches are in the catalog: a later batch finds their numbers taken.
                    chunk = sent.rows[start : start + BATCH]
                    for attempt in tm.attempts(ATTEMPTS):
                        with attempt:
                            part = _run(conn, registry, section_path, sent, chunk, job, offset=start,
                                        state=outcome.state, creator=creator)  # fmt: skip
                    report.imported += part.imported
                    report.refused += part.refused
        finally:
            conn.close()
            sent.remove()
        values = {"imported": report.imported, "refused": len(report.refused)}
        text = (_("${imported} documents would be imported; ${refused} rows refused.") if outcome.dry_run
                else _("${imported} documents imported; ${refused} rows refused."))  # fmt: skip
        return True, [Note(text, values)]

    return work


def _run(conn, registry, section_path, sent, rows, job, *, offset=0, dry_run=False, state=PUBLISHED, creator=None):
    section = find_resource(conn.root()[ROOT_KEY], section_path)
    return import_documents(
        section,
        rows,
        sent.base,
        registry,
        dry_run=dry_run,
        state=state,
        creator=creator,
        within=sent.root,
        progress=lambda count: job.advance(offset + count),
    )


def jobs_of(registry) -> Jobs:
    return registry.document_imports


def _form(context, request) -> deform.Form:
    form = make_form(
        request,
        import_schema(),
        action=request.resource_url(context, VIEW_NAME),
        buttons=(deform.Button("start", _("Start"), css_class="btn-primary"),),
    )
    form.formid = "import-form"
    return form


def _refuse(form, message) -> str:
    error = colander.Invalid(form.schema, "")
    error["upload"] = message
    form.widget.handle_error(form, error)
    return form.render()


def _start(context, request, data) -> str | None:
    """Start the job for the file sent: ``None``, or why the file cannot be imported (said on the form)."""
    upload = data["upload"]
    try:
        with upload["fp"] as fp:
            sent = receive(fp, upload.get("filename") or "", max_bytes(request.registry.settings))
    except ImportFileError as refused:
        return request.localizer.translate(refused.message)
    outcome = ImportOutcome(
        filename=sent.filename,
        dry_run=data["mode"] == CHECK,
        state=data["state"],
        report=ImportReport(dry_run=data["mode"] == CHECK),
    )
    db = request.registry._zodb_databases[""]
    user = request.authenticated_userid
    work = import_work(db, request.registry, resource_path(context), sent, outcome, creator=user)
    if jobs_of(request.registry).start("import-documents", work, key=resource_path(context), total=len(sent.rows)):
        request.session.flash(request.localizer.translate(_("Started. This page shows when it is done.")))
    else:
        sent.remove()
        request.session.flash(request.localizer.translate(_("Another import is running; try again when it is done.")))
    return None


@view_config(
    context=LegalDocumentsSection,
    name=VIEW_NAME,
    permission=MANAGE_PORTAL,
    renderer="hpportal:legaldocs/templates/import.pt",
)
def import_view(context, request):
    """Nhập văn bản: send a file, follow the job, read its report."""
    jobs = jobs_of(request.registry)
    key = resource_path(context)
    form = _form(context, request)
    html = None
    if request.method == "POST":
        try:
            data = form.validate(request.POST.items())
        except deform.ValidationFailure as failure:
            html = failure.render()
        else:
            refused = _start(context, request, data)
            if refused is None:
                return HTTPSeeOther(request.resource_url(context, VIEW_NAME))
            html = _refuse(form, refused)
    request.response.cache_control.no_store = True
    running = jobs.running_for(key)
    last = jobs.last_for(key)
    return {
        "form": html or form.render(),
        "resources": form_resources(request, form),
        "running": running,
        "busy": jobs.current is not None and running is None,  # another portal's import
        "last": last,
        "outcome": last.result if last is not None else None,
        "note_text": lambda note: request.localizer.translate(_(note.text, mapping=_numbers(request, note.values))),
        "reason": lambda refusal: request.localizer.translate(refusal.reason),
        "columns": ", ".join(COLUMNS),
    }


def _numbers(request, values: dict) -> dict:
    return {key: request.chrome.number(value) if isinstance(value, int) else value for key, value in values.items()}


def includeme(config):
    config.registry.document_imports = Jobs()
    config.scan(".webimport")
