"""The site's policy (workflows, skins, translations) is where the .ini says, not beside the package (13.14).

A wheel install has no checkout around the package: every shipped .ini names the files with %(here)s,
and an app configured with copies elsewhere uses those copies. (A skins folder elsewhere: test_skins.py.)
"""

from __future__ import annotations

import shutil

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from pyramid.exceptions import ConfigurationError
from pyramid.paster import get_appsettings
from webtest import TestApp

from hpportal import testing
from hpportal.core.settings import SITE_POLICY

SHIPPED = ("development.ini", "zeo.ini", "postgres.ini")


@pytest.mark.parametrize("ini", SHIPPED)
def test_every_shipped_ini_names_the_policy_beside_itself(ini):
    settings = get_appsettings(str(testing.CHECKOUT / ini))
    for name, default in SITE_POLICY.items():
        assert settings[name] == default.replace("%(here)s", str(testing.CHECKOUT)), (ini, name)
    for name in ("hpportal.secret_file", "hpportal.qa.key_file", "mail.queue_path"):
        assert settings[name].startswith(f"{testing.CHECKOUT}/var/"), (ini, name)


def test_translations_are_read_from_the_locales_folder_the_settings_name(app_settings, tmp_path):
    locales = tmp_path / "elsewhere" / "locales"
    shutil.copytree(testing.CHECKOUT / "locales", locales)
    po = locales / "en" / "LC_MESSAGES" / "hpportal.po"
    with po.open("rb") as f:
        catalog = read_po(f, locale="en")
    catalog["Search the portal"].string = "Search this city's portal"
    with (po.with_suffix(".mo")).open("wb") as f:
        write_mo(f, catalog)
    app = testing.make_app({**app_settings, "hpportal.locales_dir": str(locales)})
    try:
        assert "Search this city's portal" in TestApp(app).get("/en/").text
    finally:
        testing.database(app).close()
    shipped = testing.make_app(app_settings)
    try:
        assert "Search this city's portal" not in TestApp(shipped).get("/en/").text
    finally:
        testing.database(shipped).close()


def test_workflows_are_read_from_the_file_the_settings_name(app_settings, tmp_path):
    """(A copy with an error stops the start: test_editorial.py's ``test_a_misspelt_permission_stops_the_start``.)"""
    moved = tmp_path / "policy" / "workflows.zcml"
    moved.parent.mkdir()
    shutil.copy(testing.CHECKOUT / "workflows.zcml", moved)
    app = testing.make_app({**app_settings, "hpportal.workflows": str(moved)})
    try:
        assert app.registry.workflow_file == moved
        assert app.registry.workflow_types  # its workflows are the portal's
    finally:
        testing.database(app).close()


@pytest.mark.parametrize("name", ["hpportal.workflows", "hpportal.locales_dir"])
def test_a_policy_setting_left_out_stops_start_up_with_the_line_to_add(app_settings, name):
    settings = {**app_settings, name: ""}
    with pytest.raises(ConfigurationError, match=rf"{name} is not set: add `{name} = %\(here\)s/"):
        testing.make_app(settings)


def test_a_policy_path_that_does_not_exist_stops_start_up(app_settings, tmp_path):
    with pytest.raises(ConfigurationError, match="no such file or folder"):
        testing.make_app({**app_settings, "hpportal.locales_dir": str(tmp_path / "khong-co")})
