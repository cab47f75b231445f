"""``hpportal``: create, fill and maintain a portal database from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from contextlib import contextmanager
from pathlib import Path

import transaction
from pyramid.paster import get_app, get_appsettings, setup_logging
from pyramid.traversal import find_resource

from hpportal.core import clock
from hpportal.core.bootstrap import PortalExists, add_manager, create_portal
from hpportal.core.catalog.indexing import reindex_all
from hpportal.core.evolve import upgrade
from hpportal.core.mail import outbox_from_settings, outbox_of
from hpportal.core.passwords import password_problem
from hpportal.core.portal import ROOT_KEY
from hpportal.demo.build import build_demo
from hpportal.intake import INBOX_NAME
from hpportal.intake import drop as intake_drop
from hpportal.legaldocs import SECTION_NAME, importer
from hpportal.qa import commands as qa_commands
from hpportal.scripts import storage
from hpportal.scripts.progress import Progress


class CommandError(Exception):
    pass


@contextmanager
def open_database(config_uri: str):
    """The app's registry and the database root, in one transaction committed at the end."""
    if not Path(config_uri.split("#")[0]).exists():
        raise CommandError(f"configuration file not found: {config_uri}")
    setup_logging(config_uri)
    app = get_app(config_uri)
    registry = app.registry
    db = registry._zodb_databases[""]  # opened by pyramid_zodbconn from zodbconn.uri
    tm = transaction.TransactionManager()
    conn = db.open(transaction_manager=tm)
    try:
        with tm:
            yield registry, conn.root()
    finally:
        conn.close()
        db.close()


def _password(args, prompt: str) -> str:
    password = args.password
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError("give --password, or run in a terminal to be asked for it")
        password = getpass.getpass(f"{prompt}: ")
        if getpass.getpass("Again: ") != password:
            raise CommandError("the passwords differ")
    problem = password_problem(password, login=args.login)
    if problem is not None:
        raise CommandError(problem.interpolate())
    return password


def cmd_init(args) -> None:
    password = _password(args, f"Password for {args.login}")
    with open_database(args.config) as (registry, root):
        try:
            portal = create_portal(root, registry)
        except PortalExists:
            raise CommandError("the database already holds a portal; nothing changed") from None
        add_manager(portal, args.login, password)
    print(f"Created the portal with the Administrator “{args.login}”.")


def cmd_demo(args) -> None:
    with open_database(args.config) as (registry, root):
        if ROOT_KEY in root and not args.if_missing:
            raise CommandError("the database already holds a portal; the demo fills an empty one")
        if ROOT_KEY in root:
            print("The database already holds a portal; the demo was not built again.")
            return
        logins = build_demo(root, registry, progress=Progress("Building the demo city"))
    print("\nDemo logins (also written to var/demo-logins.txt):")
    lines = [f"  {login:<22} {password:<18} {role}" for login, password, role in logins]
    print("\n".join(lines))
    out = Path(args.config).resolve().parent / "var" / "demo-logins.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text(f"  {'login':<22} {'password':<18} role\n" + "\n".join(lines) + "\n")
    out.chmod(0o600)


def cmd_reindex(args) -> None:
    with open_database(args.config) as (registry, root):
        if ROOT_KEY not in root:
            raise CommandError("the database holds no portal; run `hpportal init` first")
        portal = root[ROOT_KEY]
        added = portal.catalog.ensure_indexes(registry.catalog_indexes)
        if added:
            print(f"Added indexes: {', '.join(added)}")
        progress = Progress("Reindexing")
        count = reindex_all(portal, portal.catalog, progress=progress.update)
        progress.close()
    print(f"Indexed {count} objects.")


def cmd_upgrade(args) -> None:
    with open_database(args.config) as (registry, root):
        if ROOT_KEY not in root:
            raise CommandError("the database holds no portal; run `hpportal init` first")
        progress = Progress("Upgrading")
        done = upgrade(root[ROOT_KEY], registry, progress=progress.update)
        progress.close()
    print("Upgraded: " + "; ".join(done) + "." if done else "The database is up to date.")


def _site(root):
    if ROOT_KEY not in root:
        raise CommandError("the database holds no portal; run `hpportal init` first")
    return root[ROOT_KEY]


def _line(summary, *, board: bool, dry_run: bool) -> str:
    counts = f"{summary.overdue} overdue" if board else f"{summary.overdue} overdue, {summary.soon} due soon"
    who = f"board of {summary.title}" if board else summary.title
    verb = "would mail" if dry_run else "->"
    return f"{who}: {counts} {verb} {len(summary.addresses)} addresses"


def cmd_qa_reminders(args) -> int:
    if args.soon_days < 0:
        raise CommandError("--soon-days must be 0 or more")
    with open_database(args.config) as (registry, root):
        site = _site(root)
        done = qa_commands.send_reminders(site, registry, clock.now(), soon_days=args.soon_days, dry_run=args.dry_run)
    # Committed: the outbox has tried each letter once; what it still holds is retried later.
    outbox = outbox_of(registry)
    waiting = {
        address: letter
        for address, names in done.queued.items()
        for letter in map(outbox.letter, names)
        if letter is not None
    }
    for warning in done.warnings:
        print(f"hpportal: warning: {warning}", file=sys.stderr)
    for summary in done.agencies:
        print(_line(summary, board=False, dry_run=args.dry_run))
    for summary in done.boards:
        print(_line(summary, board=True, dry_run=args.dry_run))
    if args.dry_run:
        for letter in done.letters:
            print(f"  {letter.to}: {letter.subject}")
        print(f"Dry run: {len(done.letters)} messages not sent.")
        return 0
    print(f"Sent {len(done.queued) - len(waiting)} of {len(done.letters)} messages.")
    for address, letter in waiting.items():
        print(f"hpportal: not sent yet to {address}: {letter.error} (kept in the outbox)", file=sys.stderr)
    for address, why in done.not_queued:
        print(f"hpportal: not sent to {address}: {why}", file=sys.stderr)
    return 1 if waiting or done.not_queued else 0


def cmd_send_mail(args) -> int:
    """Send what waits in the outbox (the app process does it by itself; this is for cron or by hand)."""
    if not Path(args.config.split("#")[0]).exists():
        raise CommandError(f"configuration file not found: {args.config}")
    setup_logging(args.config)
    outbox = outbox_from_settings(get_appsettings(args.config))
    if args.now:
        names = [letter.name for letter in outbox.letters() if not letter.failed]
        sent = outbox.send(names)
    else:
        sent = outbox.send_due()
    waiting, failed = outbox.counts()
    print(f"Sent {sent} messages; {waiting} waiting, {failed} failed.")
    for letter in outbox.letters():
        if letter.error:
            state = "failed" if letter.failed else f"attempt {letter.attempts}"
            print(f"  {letter.to}: {letter.subject} ({state}: {letter.error})", file=sys.stderr)
    return 1 if waiting or failed else 0


def cmd_qa_anonymise(args) -> None:
    with open_database(args.config) as (registry, root):
        site = _site(root)
        try:
            days = args.days if args.days is not None else qa_commands.retention_days(registry.settings)
        except ValueError as error:
            raise CommandError(str(error)) from None
        if days <= 0:
            raise CommandError("--days must be greater than 0")
        done = qa_commands.anonymise_closed(site, registry, clock.now(), days=days, dry_run=args.dry_run)
    for path in done:
        print(f"  {path}")
    if args.dry_run:
        print(f"Dry run: {len(done)} questions closed more than {days} days ago would be anonymised.")
    else:
        print(f"Anonymised {len(done)} questions closed more than {days} days ago.")


def cmd_import_documents(args) -> int:
    path = Path(args.file)
    try:
        rows = importer.read_rows(path)
    except importer.ImportFileError as error:
        raise CommandError(str(error)) from None
    with open_database(args.config) as (registry, root):
        site = _site(root)
        try:
            portal = find_resource(site, args.portal)
        except KeyError:
            raise CommandError(f"no portal at {args.portal}") from None
        if not getattr(portal, "is_portal", False) or SECTION_NAME not in portal:
            raise CommandError(f"{args.portal} is not a portal with a documents section (run `hpportal upgrade`)")
        progress = Progress("Checking" if args.dry_run else "Importing", total=len(rows))
        report = importer.import_documents(
            portal[SECTION_NAME],
            rows,
            path.resolve().parent,
            registry,
            dry_run=args.dry_run,
            state=args.state,
            progress=progress.update,
            checkpoint=root._p_jar.transaction_manager.commit,  # every 500 documents: memory stays flat
        )
        progress.close()
    for refusal in report.refused:
        reason = refusal.reason.interpolate() if hasattr(refusal.reason, "interpolate") else str(refusal.reason)
        print(f"line {refusal.line}: {reason}", file=sys.stderr)
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {report.imported} documents; {len(report.refused)} rows refused.")
    return 1 if report.refused else 0


def cmd_intake_edxml(args) -> int:
    """Hand the edXML packages of a drop folder to the running portal (for cron); see hpportal.intake.drop."""
    if not Path(args.config.split("#")[0]).exists():
        raise CommandError(f"configuration file not found: {args.config}")
    directory = Path(args.directory)
    if not directory.is_dir():
        raise CommandError(f"no folder at {directory}")
    settings = get_appsettings(args.config)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hpportal", description=__doc__)
    parser.add_argument("-c", "--config", default="development.ini", help="PasteDeploy .ini file")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="create the portal and its first Administrator")
    init.add_argument("--login", default="admin")
    init.add_argument("--password", help="at least 10 characters; asked for when missing")
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", help="create the demo city in an empty database; prints its logins")
    demo.add_argument("--if-missing", action="store_true", help="do nothing when a portal exists")
    demo.set_defaults(func=cmd_demo)

    reindex = sub.add_parser("reindex", help="rebuild the catalog")
    reindex.set_defaults(func=cmd_reindex)

    upgrade_ = sub.add_parser("upgrade", help="bring a database made by an earlier version up to date")
    upgrade_.set_defaults(func=cmd_upgrade)

    reminders = sub.add_parser(
        "qa-reminders", help="mail agencies and boards about Q&A questions due soon or overdue (run daily)"
    )
    reminders.add_argument(
        "--soon-days", type=int, default=qa_commands.SOON_DAYS, help="working days ahead that count as due soon"
    )
    reminders.add_argument("--dry-run", action="store_true", help="print what would be sent; send nothing")
    reminders.set_defaults(func=cmd_qa_reminders)

    send = sub.add_parser("send-mail", help="send the mail waiting in the outbox whose retry delay has passed")
    send.add_argument("--now", action="store_true", help="try every waiting message, whatever its delay")
    send.set_defaults(func=cmd_send_mail)

    anonymise = sub.add_parser(
        "qa-anonymise", help="erase the personal data of Q&A questions closed longer ago than the retention period"
    )
    anonymise.add_argument(
        "--days",
        type=int,
        help=f"retention in days (default: hpportal.qa.retention_days, else {qa_commands.RETENTION_DAYS})",
    )
    anonymise.add_argument("--dry-run", action="store_true", help="print how many; change nothing")
    anonymise.set_defaults(func=cmd_qa_anonymise)

    documents = sub.add_parser(
        "import-documents", help="import legal documents from a CSV or JSON file into a portal's Văn bản"
    )
    documents.add_argument("file", help="a .csv (with a header line) or .json file; files named relative to it")
    documents.add_argument("--portal", default="/", help="the portal's path: / for the city, /so-xay-dung ...")
    documents.add_argument("--dry-run", action="store_true", help="check every row and report; import nothing")
    documents.add_argument("--state", choices=("published", "draft"), default="published")
    documents.set_defaults(func=cmd_import_documents)

    drop = sub.add_parser(
        "intake-edxml", help="hand the edXML packages of a drop folder to the running portal's inbox (for cron)"
    )
    drop.add_argument("directory", help="the drop folder: imported files go to done/, refused ones to failed/")
    drop.add_argument("--portal", default="/", help="the portal's path: / for the city, /so-xay-dung ...")
    drop.set_defaults(func=cmd_intake_edxml)

    storage.add_commands(sub)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
    except (CommandError, storage.CommandError) as exc:
        print(f"hpportal: {exc}", file=sys.stderr)
        return 2
    return code or 0


if __name__ == "__main__":
    sys.exit(main())
