"""``hpportal pack | backup | restore | verify-backup | db-stats`` on a real FileStorage with blobs."""

import shutil

import pytest

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.scripts.main import main
from hpportal.testing import PDF, PORTAL_INI, add_document, change


@pytest.fixture
def ini(tmp_path):
    var = tmp_path / "var"
    var.mkdir()
    path = tmp_path / "portal.ini"
    path.write_text(PORTAL_INI.format(var=var, secret="s" * 40))
    assert main(["-c", str(path), "init", "--password", "một-mật-khẩu-dài"]) == 0
    return path


def test_backup_change_restore_brings_the_old_content_back(ini, tmp_path, capsys):
    change(ini, add_document)
    backups = tmp_path / "backups"
    assert main(["-c", str(ini), "backup", "--to", str(backups)]) == 0
    assert "full" in capsys.readouterr().out
    change(ini, lambda site, registry: site["tai-lieu"].remove("van-ban", registry=registry))
    change(ini, lambda site, registry: add_document(site, registry, "moi", "Tài liệu mới"))
    assert main(["-c", str(ini), "backup", "--to", str(backups)]) == 0
    assert "incremental" in capsys.readouterr().out

    # Restore the first state: drop the newest backup, as if it had been taken after a mistake.
    newest = sorted((backups / "fs").glob("*.deltafs"))[-1]
    for path in [newest, newest.with_suffix(".dat"), backups / f"blobs-{newest.stem}.tar.gz"]:
        path.unlink(missing_ok=True)
    restored = tmp_path / "restored" / "Data.fs"
    assert main(["-c", str(ini), "restore", "--backups", str(backups), "--to", str(restored)]) == 0
    app = testing.make_app(
        {"zodbconn.uri": f"file://{restored}?blobstorage_dir={restored.parent}/blobs", "hpportal.secret": "s" * 40}
    )
    conn = testing.database(app).open()
    site = conn.root()[ROOT_KEY]
    assert list(site["tai-lieu"].keys()) == ["van-ban"]
    with site["tai-lieu"]["van-ban"].open() as blob:
        assert blob.read() == PDF
    conn.close()
    testing.database(app).close()


def test_a_restore_never_writes_over_a_database(ini, tmp_path, capsys):
    backups = tmp_path / "backups"
    assert main(["-c", str(ini), "backup", "--to", str(backups)]) == 0
    live = ini.parent / "var" / "Data.fs"
    assert main(["-c", str(ini), "restore", "--backups", str(backups), "--to", str(live)]) == 2
    assert "never writes over a database" in capsys.readouterr().err
    assert main(["-c", str(ini), "restore", "--backups", str(tmp_path / "none"), "--to", str(tmp_path / "x.fs")]) == 2
    assert "no backup" in capsys.readouterr().err


def test_verify_backup_passes_and_notices_a_missing_blob(ini, tmp_path, capsys):
    change(ini, add_document)
    backups = tmp_path / "backups"
    assert main(["-c", str(ini), "backup", "--to", str(backups)]) == 0
    capsys.readouterr()
    assert main(["-c", str(ini), "verify-backup", "--backups", str(backups)]) == 0
    out = capsys.readouterr().out
    assert "Read 1 files and images (blobs)" in out and "content tree matches" in out and "passed verification" in out

    # A blob archive that lost its files: the verification says so.
    archive = next(backups.glob("blobs-*.tar.gz"))
    empty = tmp_path / "empty" / "blobs"
    empty.mkdir(parents=True)
    archive.unlink()
    shutil.make_archive(str(archive).removesuffix(".tar.gz"), "gztar", empty.parent, "blobs")
    assert main(["-c", str(ini), "verify-backup", "--backups", str(backups)]) == 2
    captured = capsys.readouterr()
    assert "PROBLEM: 1 files or images missing" in captured.out and "did NOT pass" in captured.err


def test_pack_leaves_no_old_files_and_keeps_current_content(ini, capsys):
    change(ini, add_document)
    change(ini, lambda site, registry: setattr(site["tai-lieu"], "title", "Tài liệu, văn bản"))
    assert main(["-c", str(ini), "pack"]) == 0
    var = ini.parent / "var"
    assert not (var / "Data.fs.old").exists() and not list(var.glob("*.old"))
    assert not list((var / "blobs").rglob("*.old"))
    assert change(ini, lambda site, registry: site["tai-lieu"].title) == "Tài liệu, văn bản"
    assert change(ini, lambda site, registry: site["tai-lieu"]["van-ban"].open().read()) == PDF
    capsys.readouterr()
    assert main(["-c", str(ini), "db-stats"]) == 0
    out = capsys.readouterr().out
    assert "Blobs:         1" in out and "Last pack:     20" in out and "Last backup:   never" in out


def test_pack_refuses_while_the_database_is_in_use(ini, capsys):
    app = testing.make_app(
        {
            "zodbconn.uri": f"file://{ini.parent}/var/Data.fs?blobstorage_dir={ini.parent}/var/blobs",
            "hpportal.secret": "s" * 40,
        }
    )
    try:
        assert main(["-c", str(ini), "pack"]) == 2
        assert "in use" in capsys.readouterr().err
    finally:
        testing.database(app).close()


def test_storage_commands_refuse_other_storages(tmp_path, capsys):
    path = tmp_path / "zeo.ini"
    on_zeo = PORTAL_INI.format(var=tmp_path / "var", secret="s" * 40).replace(
        f"zodbconn.uri = file://{tmp_path / 'var'}/Data.fs?blobstorage_dir={tmp_path / 'var'}/blobs",
        f"zodbconn.uri = zeo://127.0.0.1:8100\nmail.queue_path = {tmp_path / 'mail-queue'}",
    )
    path.write_text(on_zeo)
    assert main(["-c", str(path), "backup"]) == 2
    assert "embedded FileStorage" in capsys.readouterr().err
