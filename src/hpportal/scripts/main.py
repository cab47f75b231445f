"""``hpportal``: create, fill and maintain a portal database from the command line.

The tool reads the configuration file first and builds the app's configuration without opening the
database: the commands the capabilities registered (``config.add_command``) join its own, and a
command opens the database only when it needs it (backups and ``--help`` run beside a serving portal).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from contextlib import contextmanager, suppress
from pathlib import Path

import transaction
from paste.deploy.loadwsgi import APP, loadcontext
from pyramid.exceptions import ConfigurationError
from pyramid.paster import get_appsettings, setup_logging
from pyramid_zodbconn import db_from_uri

from hpportal.core import moved
from hpportal.core.bootstrap import PortalExists, add_manager, create_portal
from hpportal.core.catalog.indexing import reindex_all
from hpportal.core.commands import CommandError, commands_of
from hpportal.core.evolve import upgrade
from hpportal.core.mail import outbox_from_settings, queue_path
from hpportal.core.passwords import password_problem
from hpportal.core.portal import ROOT_KEY
from hpportal.scripts import storage
from hpportal.scripts.progress import Progress

DEFAULT_CONFIG = "development.ini"


class Environment:
    """What a command gets beside its options: the app's registry, and the database when it opens it."""

    def __init__(self, config_uri: str, registry, database_uri: str | None):
        self.config_uri = config_uri
        self.registry = registry
        self.database_uri = database_uri

    @property
    def config_dir(self) -> Path:
        return Path(self.config_uri.split("#")[0]).resolve().parent

    @staticmethod
    def progress(label: str, total: int | None = None) -> Progress:
        """A progress bar on the terminal: ``update(count)`` as the work goes, ``close()`` at the end."""
        return Progress(label, total)

    @contextmanager
    def database(self):
        """The database root, in one transaction committed at the end (aborted on an error)."""
        if not self.database_uri:
            raise CommandError(f"{self.config_uri} names no database (zodbconn.uri)")
        db = db_from_uri(self.database_uri, "", {})
        moved.install(db, self.registry)
        tm = transaction.TransactionManager()
        conn = db.open(transaction_manager=tm)
        try:
            with tm:
                yield conn.root()
        finally:
            conn.close()
            db.close()

    @contextmanager
    def portal(self):
        """The portal, in one transaction committed at the end; refused when the database holds none."""
        with self.database() as root:
            if ROOT_KEY not in root:
                raise CommandError("the database holds no portal; run `hpportal init` first")
            yield root[ROOT_KEY]


def load_environment(config_uri: str) -> Environment:
    """The app of ``config_uri`` configured as the server configures it, but with no database opened."""
    path, _, name = config_uri.partition("#")
    if not Path(path).exists():
        raise CommandError(f"configuration file not found: {config_uri}")
    setup_logging(config_uri)
    context = loadcontext(APP, f"config:{Path(path).resolve()}", name=name or None)
    database_uri = context.local_conf.get("zodbconn.uri")
    if not context.local_conf.get("mail.queue_path"):  # beside Data.fs, found while the URI is still there
        with suppress(ConfigurationError):
            context.local_conf["mail.queue_path"] = str(queue_path(context.local_conf))
    # pyramid_zodbconn opens (and locks) the database named here: the command opens it itself when it needs it.
    context.local_conf = {k: v for k, v in context.local_conf.items() if not k.startswith("zodbconn.uri")}
    app = context.create()
    return Environment(config_uri, app.registry, database_uri)


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


def cmd_init(args, env) -> None:
    password = _password(args, f"Password for {args.login}")
    with env.database() as root:
        try:
            portal = create_portal(root, env.registry)
        except PortalExists:
            raise CommandError("the database already holds a portal; nothing changed") from None
        add_manager(portal, args.login, password)
    print(f"Created the portal with the Administrator “{args.login}”.")


def cmd_reindex(args, env) -> None:
    with env.portal() as portal:
        added = portal.catalog.ensure_indexes(env.registry.catalog_indexes)
        if added:
            print(f"Added indexes: {', '.join(added)}")
        progress = Progress("Reindexing")
        count = reindex_all(portal, portal.catalog, progress=progress.update)
        progress.close()
    print(f"Indexed {count} objects.")


def cmd_upgrade(args, env) -> None:
    with env.portal() as portal:
        progress = Progress("Upgrading")
        done = upgrade(portal, env.registry, progress=progress.update)
        progress.close()
    print("Upgraded: " + "; ".join(done) + "." if done else "The database is up to date.")


def cmd_send_mail(args, env) -> int:
    """Send what waits in the outbox (the app process does it by itself; this is for cron or by hand)."""
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


def build_parser(registry=None) -> argparse.ArgumentParser:
    """The tool's own commands, and those the capabilities of ``registry``'s app registered."""
    epilog = None if registry is not None else "The capabilities add their commands: give -c a configuration file."
    parser = argparse.ArgumentParser(prog="hpportal", description=__doc__.split("\n")[0], epilog=epilog)
    parser.add_argument("-c", "--config", default=DEFAULT_CONFIG, help="PasteDeploy .ini file")
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="create the portal and its first Administrator")
    init.add_argument("--login", default="admin")
    init.add_argument("--password", help="at least 10 characters; asked for when missing")
    init.set_defaults(run=cmd_init)

    reindex = sub.add_parser("reindex", help="rebuild the catalog")
    reindex.set_defaults(run=cmd_reindex)

    upgrade_ = sub.add_parser("upgrade", help="bring a database made by an earlier version up to date")
    upgrade_.set_defaults(run=cmd_upgrade)

    send = sub.add_parser("send-mail", help="send the mail waiting in the outbox whose retry delay has passed")
    send.add_argument("--now", action="store_true", help="try every waiting message, whatever its delay")
    send.set_defaults(run=cmd_send_mail)

    storage.add_commands(sub)
    for command in commands_of(registry):
        own = sub.add_parser(command.name, help=command.help, description=command.description)
        if command.arguments is not None:
            command.arguments(own)
        own.set_defaults(run=command.func)
    parser.command_names = frozenset(sub.choices)
    return parser


def _config_of(argv) -> tuple[str, str | None]:
    """The configuration file ``argv`` names, and the command it asks for (before the full parse)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("-c", "--config", default=DEFAULT_CONFIG)
    known, rest = early.parse_known_args(argv)
    return known.config, next((word for word in rest if not word.startswith("-")), None)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    config, asked = _config_of(argv)
    env = None
    try:
        if Path(config.split("#")[0]).exists():
            env = load_environment(config)
        parser = build_parser(env.registry if env is not None else None)
        if env is None and asked is not None and asked not in parser.command_names:
            raise CommandError(f"configuration file not found: {config} (it tells which commands the portal has)")
        args = parser.parse_args(argv)
        if not hasattr(args, "run"):
            code = args.func(args)  # the database files themselves (scripts/storage.py)
        elif env is None:
            raise CommandError(f"configuration file not found: {config}")
        else:
            code = args.run(args, env)
    except CommandError as exc:
        print(f"hpportal: {exc}", file=sys.stderr)
        return 2
    return code or 0


if __name__ == "__main__":
    sys.exit(main())
