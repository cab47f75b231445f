"""The demo city: ``hpportal demo`` fills an empty database with portals, boards, news, documents and questions."""

from __future__ import annotations

from hpportal.core.commands import CommandError
from hpportal.core.portal import ROOT_KEY
from hpportal.demo.build import build_demo


def demo_arguments(parser) -> None:
    parser.add_argument("--if-missing", action="store_true", help="do nothing when a portal exists")


def cmd_demo(args, env) -> None:
    with env.database() as root:
        if ROOT_KEY in root and not args.if_missing:
            raise CommandError("the database already holds a portal; the demo fills an empty one")
        if ROOT_KEY in root:
            print("The database already holds a portal; the demo was not built again.")
            return
        logins = build_demo(root, env.registry, progress=env.progress("Building the demo city"))
    print("\nDemo logins (also written to var/demo-logins.txt):")
    lines = [f"  {login:<22} {password:<18} {role}" for login, password, role in logins]
    print("\n".join(lines))
    out = env.config_dir / "var" / "demo-logins.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text(f"  {'login':<22} {'password':<18} role\n" + "\n".join(lines) + "\n")
    out.chmod(0o600)


def includeme(config):
    config.add_command(
        "demo", cmd_demo, help="create the demo city in an empty database; prints its logins", arguments=demo_arguments
    )
