"""The ``hpportal`` command: init, reindex, and clear refusals."""

import pytest
from repoze.catalog.query import Eq

from hpportal import testing
from hpportal.core.catalog.catalog import UID
from hpportal.core.portal import ROOT_KEY
from hpportal.news.models import Section
from hpportal.scripts.main import main

INI = testing.PORTAL_INI  # with the checkout's site policy, as a shipped .ini names it


@pytest.fixture
def ini(tmp_path):
    var = tmp_path / "var"
    var.mkdir()
    path = tmp_path / "portal.ini"
    path.write_text(INI.format(var=var, secret="s" * 40))
    return path


def open_site(ini):
    app = testing.make_app(
        {
            "zodbconn.uri": f"file://{ini.parent}/var/Data.fs?blobstorage_dir={ini.parent}/var/blobs",
            "hpportal.secret": "s" * 40,
        }
    )
    conn = testing.database(app).open()
    return app, conn, conn.root().get(ROOT_KEY)


def test_init_creates_the_portal_and_its_administrator(ini, capsys):
    assert main(["-c", str(ini), "init", "--login", "quantri", "--password", "một-mật-khẩu-dài"]) == 0
    assert "quantri" in capsys.readouterr().out
    app, conn, site = open_site(ini)
    user = site.principals.by_login("quantri")
    assert user is not None and "Administrator" in user.roles and user.check_password("một-mật-khẩu-dài")
    assert user.password_hash.startswith("$argon2id$")
    conn.close()
    testing.database(app).close()


def test_init_refuses_a_short_password_and_a_second_portal(ini, capsys):
    assert main(["-c", str(ini), "init", "--password", "ngan"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    assert main(["-c", str(ini), "init", "--password", "mật-khẩu-đủ-dài"]) == 0
    assert main(["-c", str(ini), "init", "--password", "mật-khẩu-đủ-dài"]) == 2
    assert "already holds a portal" in capsys.readouterr().err


def test_missing_configuration_file_is_a_clear_error(tmp_path, capsys):
    assert main(["-c", str(tmp_path / "khong-co.ini"), "reindex"]) == 2
    assert "configuration file not found" in capsys.readouterr().err


def test_reindex_rebuilds_the_catalog(ini, capsys):
    main(["-c", str(ini), "init", "--password", "mật-khẩu-đủ-dài"])
    app, conn, site = open_site(ini)
    with conn.transaction_manager:
        indexed = sorted(site.catalog.paths_under("/"))
        site.catalog.clear_all()
    conn.close()
    testing.database(app).close()
    assert len(indexed) > 1  # the portal and what init made in it (language versions, Q&A section)
    capsys.readouterr()

    assert main(["-c", str(ini), "reindex"]) == 0
    out = capsys.readouterr().out
    app, conn, site = open_site(ini)
    rebuilt = sorted(site.catalog.paths_under("/"))
    assert f"Indexed {len(indexed)} objects." in out
    assert rebuilt == indexed  # the same as init made: the root portal itself is never in the catalog
    conn.close()
    testing.database(app).close()


def test_init_refuses_a_common_password(ini, capsys):
    assert main(["-c", str(ini), "init", "--password", "Haiphong@123"]) == 2
    assert "too common" in capsys.readouterr().err


def test_upgrade_completes_a_database_made_before_people_and_permissions(ini, capsys):
    assert main(["-c", str(ini), "init", "--password", "một-mật-khẩu-dài"]) == 0
    app, conn, site = open_site(ini)
    with conn.transaction_manager:
        # What a database of the portal-core release lacked.
        del site.audit
        del site.principals.groups
        user = site.principals.by_login("admin")
        del user.session_epoch, user.totp_secret
        site.add("tin-tuc", Section(title="Tin tức"), registry=app.registry)
        del site["tin-tuc"].uid
    conn.close()
    testing.database(app).close()

    assert main(["-c", str(ini), "upgrade"]) == 0
    assert "audit log" in capsys.readouterr().out
    app, conn, site = open_site(ini)
    assert len(site.audit) == 0 and len(site.principals.groups) == 0
    user = site.principals.by_login("admin")
    assert user.session_epoch == 0 and user.totp_secret is None
    uid = site["tin-tuc"].uid
    assert uid.startswith("c-")
    assert site.catalog.query(Eq(UID, uid))[0] == 1
    conn.close()
    testing.database(app).close()
    assert main(["-c", str(ini), "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out


CAPABILITY = '''
"""A capability of a test app: a command and an upgrade step, registered by declaration."""
from pyramid.config import Configurator

from hpportal.core.app import root_factory
from hpportal.core.commands import CommandError


def cmd_count_accounts(args, env):
    with env.portal() as site:
        count = len(site.principals.users)
    if args.at_least and count < args.at_least:
        raise CommandError(f"only {count} accounts")
    print(f"{count} accounts, inventory {site.inventory}")


def count_arguments(parser):
    parser.add_argument("--at-least", type=int, default=0)


def take_inventory(site, registry):
    if getattr(site, "inventory", None):
        return []
    site.inventory = "taken"
    return ["took the inventory"]


def includeme(config):
    config.add_command(
        "count-accounts", cmd_count_accounts, help="how many accounts the portal has", arguments=count_arguments
    )
    config.add_upgrade_step(take_inventory)


def main(global_config, **settings):
    with Configurator(settings=settings, root_factory=root_factory) as config:
        config.include("hpportal.core")
        config.include(includeme)
    return config.make_wsgi_app()
'''


@pytest.fixture
def capability_ini(tmp_path, monkeypatch):
    """A portal whose app is the kernel and one capability of the test's own (``kiemke``)."""
    (tmp_path / "kiemke.py").write_text(CAPABILITY)
    monkeypatch.syspath_prepend(str(tmp_path))
    var = tmp_path / "var"
    var.mkdir()
    path = tmp_path / "kiemke.ini"
    path.write_text(INI.format(var=var, secret="s" * 40).replace("egg:hpportal", "call:kiemke:main"))
    return path


def test_a_capability_adds_its_command_and_upgrade_step_by_declaration(capability_ini, capsys):
    with pytest.raises(SystemExit):
        main(["-c", str(capability_ini), "--help"])
    listed = capsys.readouterr().out
    assert "count-accounts" in listed and "how many accounts the portal has" in listed
    assert "qa-reminders" not in listed and "demo" not in listed  # the kernel knows no capability's command

    assert main(["-c", str(capability_ini), "init", "--password", "một-mật-khẩu-dài"]) == 0
    assert main(["-c", str(capability_ini), "count-accounts"]) == 0
    assert "1 accounts, inventory taken" in capsys.readouterr().out  # init ran the capability's step
    assert main(["-c", str(capability_ini), "count-accounts", "--at-least", "2"]) == 2
    assert "hpportal: only 1 accounts" in capsys.readouterr().err


def test_upgrade_runs_the_steps_capabilities_registered(capability_ini, capsys):
    assert main(["-c", str(capability_ini), "init", "--password", "một-mật-khẩu-dài"]) == 0
    testing.change(capability_ini, lambda site, registry: delattr(site, "inventory"))  # as an earlier version left it
    capsys.readouterr()
    assert main(["-c", str(capability_ini), "upgrade"]) == 0
    assert "took the inventory" in capsys.readouterr().out


def test_the_portal_lists_the_commands_of_its_capabilities(ini, capsys):
    with pytest.raises(SystemExit):
        main(["-c", str(ini), "--help"])
    listed = capsys.readouterr().out
    for command in ("init", "backup", "qa-reminders", "qa-anonymise", "import-documents", "demo"):
        assert command in listed


def test_a_capability_command_without_the_configuration_says_so(tmp_path, capsys):
    assert main(["-c", str(tmp_path / "khong-co.ini"), "qa-reminders"]) == 2
    assert "configuration file not found" in capsys.readouterr().err
