"""Văn bản's ``hpportal import-documents``: legal documents from a CSV or JSON file into a portal's section."""

from __future__ import annotations

from hpportal.core.commands import import_rows
from hpportal.legaldocs import SECTION_NAME, importer


def import_arguments(parser) -> None:
    parser.add_argument("file", help="a .csv (with a header line) or .json file; files named relative to it")
    parser.add_argument("--portal", default="/", help="the portal's path: / for the city, /so-xay-dung ...")
    parser.add_argument("--dry-run", action="store_true", help="check every row and report; import nothing")
    parser.add_argument("--state", choices=("published", "draft"), default="published")


def cmd_import_documents(args, env) -> int:
    def run(section, rows, base, registry, progress, checkpoint):
        return importer.import_documents(section, rows, base, registry, dry_run=args.dry_run, state=args.state,
                                         progress=progress, checkpoint=checkpoint)  # fmt: skip

    report = import_rows(args, env, read_rows=importer.read_rows, file_error=importer.ImportFileError,
                         section_name=SECTION_NAME, missing="a documents section", run=run)  # fmt: skip
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {report.imported} documents; {len(report.refused)} rows refused.")
    return 1 if report.refused else 0


def includeme(config):
    config.add_command(
        "import-documents",
        cmd_import_documents,
        help="import legal documents from a CSV or JSON file into a portal's Văn bản",
        arguments=import_arguments,
    )
