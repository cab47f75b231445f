"""``buildout.cfg`` builds bin/hpportal and bin/pserve for the develop egg, from PyPI, in its own venv.

It runs the real zc.buildout on a copy of the checkout (about a minute and a half: every
dependency is fetched and built as an egg), then creates a portal with the built command.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from hpportal.testing import CHECKOUT


def run(*command, cwd=None, timeout=1200):
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command[0]} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done.stdout


def test_buildout_makes_a_working_hpportal_command(tmp_path):
    checkout = tmp_path / "checkout"
    shutil.copytree(CHECKOUT / "src", checkout / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    shutil.copytree(CHECKOUT / "locales", checkout / "locales")
    for name in ("setup.py", "README.md", "buildout.cfg", "workflows.zcml"):
        shutil.copy(CHECKOUT / name, checkout / name)
    venv = tmp_path / "buildout-env"
    run(sys.executable, "-m", "venv", str(venv))
    run(str(venv / "bin" / "pip"), "install", "-q", "zc.buildout")
    run(str(venv / "bin" / "buildout"), "-c", "buildout.cfg", cwd=checkout)
    assert (checkout / "bin" / "pserve").exists()

    var = tmp_path / "var"
    ini = tmp_path / "portal.ini"
    ini.write_text(
        "[app:main]\nuse = egg:hpportal\n"
        f"zodbconn.uri = file://{var}/Data.fs?blobstorage_dir={var}/blobs\n"
        "hpportal.secret = " + "s" * 40 + "\nhpportal.argon2_time_cost = 1\nhpportal.argon2_memory_kib = 1024\n"
        f"hpportal.qa.key_file = {var}/qa-key\n"
        f"hpportal.workflows = {checkout}/workflows.zcml\nhpportal.locales_dir = {checkout}/locales\n"
    )
    var.mkdir()
    out = run(str(checkout / "bin" / "hpportal"), "-c", str(ini), "init", "--password", "một-mật-khẩu-dài")
    assert "Created the portal" in out
    assert Path(var / "Data.fs").exists()
