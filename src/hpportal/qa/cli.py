"""Hỏi - Đáp's ``hpportal`` commands, run from cron: ``qa-reminders`` and ``qa-anonymise``."""

from __future__ import annotations

import sys

from hpportal.core import clock
from hpportal.core.commands import CommandError
from hpportal.core.mail import outbox_of
from hpportal.qa import commands as qa_commands


def _line(summary, *, board: bool, dry_run: bool) -> str:
    counts = f"{summary.overdue} overdue" if board else f"{summary.overdue} overdue, {summary.soon} due soon"
    who = f"board of {summary.title}" if board else summary.title
    verb = "would mail" if dry_run else "->"
    return f"{who}: {counts} {verb} {len(summary.addresses)} addresses"


def reminder_arguments(parser) -> None:
    parser.add_argument(
        "--soon-days", type=int, default=qa_commands.SOON_DAYS, help="working days ahead that count as due soon"
    )
    parser.add_argument("--dry-run", action="store_true", help="print what would be sent; send nothing")


def cmd_qa_reminders(args, env) -> int:
    if args.soon_days < 0:
        raise CommandError("--soon-days must be 0 or more")
    registry = env.registry
    with env.portal() as site:
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


def anonymise_arguments(parser) -> None:
    parser.add_argument(
        "--days",
        type=int,
        help=f"retention in days (default: hpportal.qa.retention_days, else {qa_commands.RETENTION_DAYS})",
    )
    parser.add_argument("--dry-run", action="store_true", help="print how many; change nothing")


def cmd_qa_anonymise(args, env) -> None:
    registry = env.registry
    with env.portal() as site:
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


def includeme(config):
    config.add_command(
        "qa-reminders",
        cmd_qa_reminders,
        help="mail agencies and boards about Q&A questions due soon or overdue (run daily)",
        arguments=reminder_arguments,
    )
    config.add_command(
        "qa-anonymise",
        cmd_qa_anonymise,
        help="erase the personal data of Q&A questions closed longer ago than the retention period",
        arguments=anonymise_arguments,
    )
