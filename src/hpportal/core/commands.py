"""Commands of the ``hpportal`` tool that capabilities bring: ``config.add_command(name, func, help=...)``.

The tool lists them beside its own (init, reindex, upgrade, backup ...) once it has read the
configuration file: ``hpportal --help`` shows what the portal's capabilities can do from the command
line. A command is ``func(args, env)``: ``args`` are its parsed options, ``env`` gives the app's
registry and opens the database (``with env.portal() as site:``, one transaction committed at the end).
It refuses with :class:`CommandError` (printed as ``hpportal: ...``, exit status 2) and returns an exit
status, or ``None`` for 0.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pyramid.exceptions import ConfigurationError
from pyramid.traversal import find_resource


class CommandError(Exception):
    """A command refuses: the message says why, in the operator's words."""


@dataclass(frozen=True)
class Command:
    name: str  # as typed: ``hpportal qa-reminders``
    func: Callable  # (args, env) -> int | None
    help: str  # one line in ``hpportal --help``
    arguments: Callable | None = None  # (argparse parser) -> None: the command's own options
    description: str = ""


def add_command(config, name: str, func: Callable, *, help: str, arguments=None, description: str = "") -> None:  # noqa: A002 - argparse's word
    """Configuration directive: ``hpportal <name>`` runs ``func(args, env)``."""
    if not name or name.startswith("-") or " " in name:
        raise ConfigurationError(f"{name!r} is not a command name")
    command = Command(name, func, help, arguments, description or help)

    def register():
        config.registry.commands[name] = command

    config.action(("hpportal-command", name), register)


def commands_of(registry) -> list[Command]:
    """The commands the capabilities of this app registered, in the order they did."""
    return list(getattr(registry, "commands", {}).values())


def import_rows(args, env, *, read_rows, file_error, section_name: str, missing: str, run):
    """The shared body of a capability's ``import-…`` command: read ``args.file`` (``read_rows``; a
    ``file_error`` names the file), find the section ``section_name`` of the portal ``args.portal``
    (``missing`` says what it is), call ``run(section, rows, base, registry, progress, checkpoint)``
    committing as it goes, and print each refused row by line and reason. The report ``run`` returned."""
    path = Path(args.file)
    try:
        rows = read_rows(path)
    except file_error as error:
        raise CommandError(f"{path}: {error}") from None
    with env.portal() as site:
        try:
            portal = find_resource(site, args.portal)
        except KeyError:
            raise CommandError(f"no portal at {args.portal}") from None
        if not getattr(portal, "is_portal", False) or section_name not in portal:
            raise CommandError(f"{args.portal} is not a portal with {missing} (run `hpportal upgrade`)")
        progress = env.progress("Checking" if args.dry_run else "Importing", total=len(rows))
        checkpoint = site._p_jar.transaction_manager.commit  # every few hundred rows: memory stays flat
        report = run(portal[section_name], rows, path.resolve().parent, env.registry, progress.update, checkpoint)
        progress.close()
    for refusal in report.refused:
        reason = refusal.reason.interpolate() if hasattr(refusal.reason, "interpolate") else str(refusal.reason)
        print(f"line {refusal.line}: {reason}", file=sys.stderr)
    return report


def includeme(config):
    config.registry.commands = {}
    config.add_directive("add_command", add_command)
