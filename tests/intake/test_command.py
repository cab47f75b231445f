"""``hpportal intake-edxml DIR``: packages of a drop folder handed to the running portal, as cron would run it."""

from __future__ import annotations

import threading

import pytest
from waitress.server import create_server

from hpportal import testing
from hpportal.core.workflow import state_of
from hpportal.intake.drop import drop_secret
from hpportal.intake.samples import DROP_SECRET, package
from hpportal.scripts.main import main

#: The portal's own .ini, as cron runs the command with it (the command never opens its database).
INI = testing.PORTAL_INI + "hpportal.intake.secret = {drop_secret}\nhpportal.intake.portal_url = {url}\n"


@pytest.fixture
def running(intake_app):
    """The portal served by waitress on a free port while the command runs (its FileStorage stays open)."""
    server = create_server(intake_app, host="127.0.0.1", port=0, threads=2)
    threading.Thread(target=server.run, daemon=True).start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


def ini_for(tmp_path, url: str, secret: str = DROP_SECRET):
    path = tmp_path / "cron.ini"
    path.write_text(INI.format(var=tmp_path / "var", secret="s" * 40, drop_secret=secret, url=url))
    return str(path)


def test_imported_packages_go_to_done_and_refused_ones_to_failed_with_why(tmp_path, running, intake_app, capsys):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "125-QD-SXD.edxml").write_bytes(package())
    (drop / "khong-so.edxml").write_bytes(package(code_number=None))
    (drop / "ghi-chu.txt").write_text("not a package")
    code = main(["-c", ini_for(tmp_path, running), "intake-edxml", str(drop), "--portal", "/"])
    assert code == 1  # one was refused
    assert sorted(p.name for p in (drop / "done").iterdir()) == ["125-QD-SXD.edxml"]
    assert sorted(p.name for p in (drop / "failed").iterdir()) == ["khong-so.edxml", "khong-so.edxml.why"]
    assert "Code/CodeNumber" in (drop / "failed" / "khong-so.edxml.why").read_text()
    assert (drop / "ghi-chu.txt").exists()
    assert "Imported 1 packages; 1 refused" in capsys.readouterr().out

    def read(site):
        items = [(i.title, i.channel, state_of(i)) for i in site["tiep-nhan"].values()]
        docs = [(d.title, state_of(d)) for d in site["van-ban"].values() if d.title == "Quyết định 125/QĐ-SXD"]
        return items, docs

    items, docs = testing.read_site(intake_app, read)
    assert [(channel, state) for _title, channel, state in items] == [("edxml", "new")]
    assert docs == [("Quyết định 125/QĐ-SXD", "draft")]


def test_a_component_portal_gets_its_own_packages(tmp_path, running, intake_app):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "so-a.xml").write_bytes(package(places=("Cổng Thông tin điện tử Sở A",)))
    assert main(["-c", ini_for(tmp_path, running), "intake-edxml", str(drop), "--portal", "/so-a"]) == 0
    titles = testing.read_site(intake_app, lambda site: [i.title for i in site["so-a"]["tiep-nhan"].values()])
    assert len(titles) == 1


def test_a_wrong_secret_or_a_portal_that_is_down_moves_nothing(tmp_path, running, capsys):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "125.edxml").write_bytes(package())
    assert main(["-c", ini_for(tmp_path, running, secret="sai"), "intake-edxml", str(drop)]) == 2
    assert "refused the drop (403)" in capsys.readouterr().err
    port = testing.free_port()
    assert main(["-c", ini_for(tmp_path, f"http://127.0.0.1:{port}"), "intake-edxml", str(drop)]) == 2
    assert "does not answer" in capsys.readouterr().err
    assert [p.name for p in drop.iterdir()] == ["125.edxml"]


def test_the_secret_file_is_made_once_and_read_by_the_portal_and_the_command_alike(tmp_path):
    path = tmp_path / "var" / "intake-secret"
    first = drop_secret({"hpportal.intake.secret_file": str(path)})
    assert len(first) >= 40 and path.stat().st_mode & 0o777 == 0o600
    assert drop_secret({"hpportal.intake.secret_file": str(path)}) == first
    assert drop_secret({"hpportal.intake.secret": "given", "hpportal.intake.secret_file": str(path)}) == "given"
    assert drop_secret({}) == ""  # no secret: the endpoint takes nothing
