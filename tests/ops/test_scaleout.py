"""The portal on ZEO (several processes, one host) and on RelStorage in PostgreSQL (several hosts).

Two app instances share one database: a write through one is read through the other. The
servers are real: a ``runzeo`` process started here, and the PostgreSQL at 127.0.0.1:5432
(database ``test``). Under ``CI=true`` a missing PostgreSQL fails the test instead of skipping it.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from webtest import TestApp

from hpportal import testing

PG_DSN = "host=127.0.0.1 port=5432 dbname=test user=postgres"


def settings(uri: str, directory: Path) -> dict:
    return {**testing.settings_for(directory), "zodbconn.uri": uri}


def write_through_one_read_through_the_other(first, second) -> None:
    testing.populate(first, testing.basic_portal)
    admin = TestApp(first)
    testing.login(admin)
    form = admin.get("/add?type=Section").forms["add-form"]
    form["title"] = "Tin từ máy chủ thứ nhất"
    form.submit("save").follow()
    page = TestApp(second).get("/tin-tu-may-chu-thu-nhat/")
    assert "Tin từ máy chủ thứ nhất" in page.text
    # A file (a blob) uploaded through one is downloaded through the other, and found by search.
    form = admin.get("/add?type=File").forms["add-form"]
    form["title"] = "Kế hoạch số 12"
    form["upload"] = ("ke-hoach.pdf", testing.PDF, "application/pdf")
    form.submit("save").follow()
    assert TestApp(second).get("/ke-hoach-so-12/download").body == testing.PDF
    assert "Kế hoạch số 12" in TestApp(second).get("/search", {"q": "ke hoach"}).text
    # And back: the second one writes, the first one reads.
    other_admin = TestApp(second)
    testing.login(other_admin)
    form = other_admin.get("/edit").forms["edit-form"]
    form["title"] = "Cổng đã sửa ở máy chủ thứ hai"
    form.submit("save")
    assert "Cổng đã sửa ở máy chủ thứ hai" in TestApp(first).get("/").text


@pytest.fixture
def zeo_server(tmp_path):
    port = testing.free_port()
    var = tmp_path / "zeo"
    var.mkdir()
    conf = tmp_path / "zeo.conf"
    conf.write_text(
        f"<zeo>\n  address 127.0.0.1:{port}\n</zeo>\n"
        f"<filestorage 1>\n  path {var}/Data.fs\n  blob-dir {var}/blobs\n</filestorage>\n"
    )
    runzeo = Path(sys.executable).with_name("runzeo")
    server = subprocess.Popen([str(runzeo), "-C", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        testing.wait_for_port(port)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def zeo_client(tmp_path, port: int, name: str) -> str:
    conf = tmp_path / f"{name}.conf"
    conf.write_text(
        "%import ZEO\n<zodb>\n  <clientstorage>\n"
        f"    server 127.0.0.1:{port}\n    server-sync true\n"
        f"    blob-dir {tmp_path}/{name}-blob-cache\n    shared-blob-dir false\n"
        "  </clientstorage>\n</zodb>\n"
    )
    return f"zconfig://{conf}"


def pack_through(uri: str, tmp_path: Path, capsys) -> None:
    """``hpportal pack`` with a configuration naming ``uri``: the server packs while the portal serves."""
    from hpportal.scripts.main import main

    ini = tmp_path / "pack.ini"
    ini.write_text(testing.command_ini(uri, tmp_path / "pack-var"))
    capsys.readouterr()
    assert main(["-c", str(ini), "pack"]) == 0
    assert "Packed." in capsys.readouterr().out


def test_two_app_processes_share_one_zeo_server(zeo_server, tmp_path, capsys):
    first = testing.make_app(settings(zeo_client(tmp_path, zeo_server, "a"), tmp_path / "a"))
    second = testing.make_app(settings(zeo_client(tmp_path, zeo_server, "b"), tmp_path / "b"))
    try:
        write_through_one_read_through_the_other(first, second)
        pack_through(zeo_client(tmp_path, zeo_server, "packer"), tmp_path, capsys)
        assert "Cổng đã sửa ở máy chủ thứ hai" in TestApp(second).get("/").text
    finally:
        testing.database(first).close()
        testing.database(second).close()


@pytest.fixture
def postgres():
    """A database of its own on the PostgreSQL at 127.0.0.1:5432 (made from ``test``'s server, dropped after),
    so that two test runs on one machine never share RelStorage tables."""
    import psycopg2

    try:
        connection = psycopg2.connect(PG_DSN, connect_timeout=5)
    except psycopg2.OperationalError as error:
        if os.environ.get("CI") == "true":
            raise  # CI has PostgreSQL: its absence is a failure
        pytest.skip(f"PostgreSQL is not reachable: {error}")
    name = f"hpportal_test_{os.getpid()}_{secrets.token_hex(4)}"
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    try:
        yield f"postgres://postgres@127.0.0.1:5432/{name}"
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.close()


def relstorage_uri(base: str, tmp_path: Path, name: str) -> str:
    return f"{base}?keep_history=false&blob_dir={tmp_path}/{name}-blobs&shared_blob_dir=false&cache_local_mb=10"


def test_two_app_instances_share_relstorage_on_postgresql(postgres, tmp_path, capsys):
    first = testing.make_app(settings(relstorage_uri(postgres, tmp_path, "a"), tmp_path / "a"))
    testing.database(first).storage.zap_all()  # a clean database for this test
    second = testing.make_app(settings(relstorage_uri(postgres, tmp_path, "b"), tmp_path / "b"))
    try:
        write_through_one_read_through_the_other(first, second)
        pack_through(relstorage_uri(postgres, tmp_path, "packer"), tmp_path, capsys)
        assert "Tin từ máy chủ thứ nhất" in TestApp(second).get("/tin-tu-may-chu-thu-nhat/").text
    finally:
        testing.database(first).storage.zap_all()
        testing.database(first).close()
        testing.database(second).close()


def test_migrate_a_filestorage_into_relstorage_and_then_only_what_is_new(postgres, tmp_path, capsys):
    from hpportal.scripts.main import main
    from hpportal.testing import PORTAL_INI, add_document, change

    var = tmp_path / "var"
    var.mkdir()
    source = tmp_path / "portal.ini"
    source.write_text(PORTAL_INI.format(var=var, secret="s" * 40))
    assert main(["-c", str(source), "init", "--password", "một-mật-khẩu-dài"]) == 0
    change(source, add_document)
    destination = tmp_path / "pg.ini"
    destination.write_text(testing.command_ini(relstorage_uri(postgres, tmp_path, "pg"), tmp_path / "pg-var"))
    assert main(["-c", str(source), "migrate", "--to-config", str(destination), "--clear"]) == 0
    pg = testing.make_app(settings(relstorage_uri(postgres, tmp_path, "pg-read"), tmp_path / "pg-read"))
    try:
        assert "Tài liệu" in TestApp(pg).get("/tai-lieu/").text
        assert TestApp(pg).get("/tai-lieu/van-ban/download").body.startswith(b"%PDF")

        change(source, lambda site, registry: add_document(site, registry, "moi", "Tài liệu mới"))
        assert main(["-c", str(source), "migrate", "--to-config", str(destination), "--incremental"]) == 0
        assert TestApp(pg).get("/tai-lieu/moi/download").body.startswith(b"%PDF")
    finally:
        testing.database(pg).storage.zap_all()
        testing.database(pg).close()
