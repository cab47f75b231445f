"""Commands of the ``hpportal`` tool that capabilities bring: ``config.add_command(name, func, help=...)``.

The tool lists them beside its own (init, reindex, upgrade, backup ...) once it has read the
configuration file: ``hpportal --help`` shows what the portal's capabilities can do from the command
line. A command is ``func(args, env)``: ``args`` are its parsed options, ``env`` gives the app's
registry and opens the database (``with env.portal() as site:``, one transaction committed at the end).
It refuses with :class:`CommandError` (printed as ``hpportal: ...``, exit status 2) and returns an exit
status, or ``None`` for 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pyramid.exceptions import ConfigurationError


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


def includeme(config):
    config.registry.commands = {}
    config.add_directive("add_command", add_command)
