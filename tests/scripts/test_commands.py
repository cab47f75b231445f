"""The ``hpportal`` command: init, reindex, and clear refusals."""

import pytest

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.scripts.main import main

INI = """[app:main]
use = egg:hpportal
zodbconn.uri = file://{var}/Data.fs?blobstorage_dir={var}/blobs
hpportal.secret = {secret}
hpportal.argon2_time_cost = 1
hpportal.argon2_memory_kib = 1024
"""


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
    assert main(["-c", str(ini), "reindex"]) == 0
    assert "Indexed 1 objects." in capsys.readouterr().out
