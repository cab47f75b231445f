"""Dịch vụ công's ``hpportal import-procedures``: administrative procedures from a CSV or JSON file."""

from __future__ import annotations

from hpportal.core.commands import import_rows
from hpportal.services import SECTION_NAME, importer


def import_arguments(parser) -> None:
    parser.add_argument("file", help="a .csv (with a header line) or .json file; forms named relative to it")
    parser.add_argument("--portal", default="/", help="the portal's path: / for the city, /so-xay-dung ...")
    parser.add_argument("--dry-run", action="store_true", help="check every row and report; change nothing")


def cmd_import_procedures(args, env) -> int:
    def run(section, rows, base, registry, progress, checkpoint):
        return importer.import_procedures(section, rows, base, registry, dry_run=args.dry_run, progress=progress,
                                          checkpoint=checkpoint)  # fmt: skip

    report = import_rows(args, env, read_rows=importer.read_rows, file_error=importer.ImportFileError,
                         section_name=SECTION_NAME, missing="an online public services section", run=run)  # fmt: skip
    verb = "Would add" if args.dry_run else "Added"
    updated = "would update" if args.dry_run else "updated"
    print(f"{verb} {report.added} procedures, {updated} {report.updated}; {len(report.refused)} rows refused.")
    return 1 if report.refused else 0


def includeme(config):
    config.add_command(
        "import-procedures",
        cmd_import_procedures,
        help="import administrative procedures from a CSV or JSON file into a portal's Dịch vụ công trực tuyến",
        arguments=import_arguments,
    )
