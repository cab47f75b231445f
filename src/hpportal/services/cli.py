"""Dịch vụ công's ``hpportal import-procedures``: administrative procedures from a CSV or JSON file."""

from __future__ import annotations

import sys
from pathlib import Path

from pyramid.traversal import find_resource

from hpportal.core.commands import CommandError
from hpportal.services import SECTION_NAME, importer


def import_arguments(parser) -> None:
    parser.add_argument("file", help="a .csv (with a header line) or .json file; forms named relative to it")
    parser.add_argument("--portal", default="/", help="the portal's path: / for the city, /so-xay-dung ...")
    parser.add_argument("--dry-run", action="store_true", help="check every row and report; change nothing")


def cmd_import_procedures(args, env) -> int:
    path = Path(args.file)
    try:
        rows = importer.read_rows(path)
    except importer.ImportFileError as error:
        raise CommandError(f"{path}: {error}") from None
    with env.portal() as site:
        try:
            portal = find_resource(site, args.portal)
        except KeyError:
            raise CommandError(f"no portal at {args.portal}") from None
        if not getattr(portal, "is_portal", False) or SECTION_NAME not in portal:
            raise CommandError(f"{args.portal} is not a portal with an online public services section "
                               "(run `hpportal upgrade`)")  # fmt: skip
        progress = env.progress("Checking" if args.dry_run else "Importing", total=len(rows))
        report = importer.import_procedures(
            portal[SECTION_NAME],
            rows,
            path.resolve().parent,
            env.registry,
            dry_run=args.dry_run,
            progress=progress.update,
            checkpoint=site._p_jar.transaction_manager.commit,  # every 500 procedures: memory stays flat
        )
        progress.close()
    for refusal in report.refused:
        reason = refusal.reason.interpolate() if hasattr(refusal.reason, "interpolate") else str(refusal.reason)
        print(f"line {refusal.line}: {reason}", file=sys.stderr)
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
