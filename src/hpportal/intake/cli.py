"""Tiếp nhận's ``hpportal intake-edxml DIR``: hand a drop folder's edXML packages to the running portal (cron).

The packages are posted to the portal that serves the database (see :mod:`hpportal.intake.drop`), so
the command never opens the embedded FileStorage the server holds.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from hpportal.core.commands import CommandError
from hpportal.intake import INBOX_NAME, smtp
from hpportal.intake import drop as intake_drop


def drop_arguments(parser) -> None:
    parser.add_argument("directory", help="the drop folder: imported files go to done/, refused ones to failed/")
    parser.add_argument("--portal", default="/", help="the portal's path: / for the city, /so-xay-dung ...")


def cmd_intake_edxml(args, env) -> int:
    directory = Path(args.directory)
    if not directory.is_dir():
        raise CommandError(f"no folder at {directory}")
    settings = env.registry.settings
    secret = intake_drop.drop_secret(settings)
    if not secret:
        raise CommandError(
            f"set {intake_drop.SECRET_FILE_SETTING} or {intake_drop.SECRET_SETTING} in {args.config} "
            "(the portal reads the same settings)"
        )
    base = settings.get(intake_drop.URL_SETTING, intake_drop.DEFAULT_URL).rstrip("/")
    url = "/".join([base, *[part for part in args.portal.split("/") if part], INBOX_NAME])
    try:
        report = intake_drop.deliver_folder(directory, url, secret)
    except intake_drop.PortalUnreachable as error:
        raise CommandError(str(error)) from None
    for path in report.imported:
        print(f"imported: {path}")
    for name, reason in report.failed:
        print(f"refused: {name}: {reason}", file=sys.stderr)
    print(f"Imported {len(report.imported)} packages; {len(report.failed)} refused (in failed/, with a .why file).")
    return 1 if report.failed else 0


def smtp_arguments(parser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (0.0.0.0: every interface)")
    parser.add_argument("--port", type=int, default=smtp.DEFAULT_PORT)
    parser.add_argument("--max-size-mb", type=int, default=smtp.DEFAULT_MAX_MB, help="larger messages are refused")


def cmd_intake_smtp(args, env) -> int:
    settings = env.registry.settings
    secret = intake_drop.drop_secret(settings)
    if not secret:
        raise CommandError(f"set {intake_drop.SECRET_FILE_SETTING} or {intake_drop.SECRET_SETTING} in {args.config}")
    base = settings.get(intake_drop.URL_SETTING, intake_drop.DEFAULT_URL).rstrip("/")
    try:
        server = smtp.controller(base, secret, host=args.host, port=args.port, max_bytes=args.max_size_mb << 20)
    except smtp.PortalDown as error:
        raise CommandError(f"the portal at {base} does not answer: {error}") from None
    server.start()
    print(f"Receiving mail for {len(server.handler.addresses)} boards on {args.host}:{args.port} (Ctrl-C stops).")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def includeme(config):
    config.add_command(
        "intake-edxml",
        cmd_intake_edxml,
        help="hand the edXML packages of a drop folder to the running portal's inbox (for cron)",
        arguments=drop_arguments,
    )
    config.add_command(
        "intake-smtp",
        cmd_intake_smtp,
        help="receive mail for the boards' intake addresses (SMTP) and file it in their inboxes",
        arguments=smtp_arguments,
    )
