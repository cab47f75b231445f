"""Skins: a file in ``skins/<skin>/`` overrides the package file with the same relative path.

``skins/civic/core/templates/layout.pt`` replaces ``hpportal/core/templates/layout.pt``;
files the skin does not have come from the package. The active skin is the
``hpportal.skin`` setting; ``hpportal.skins_dir`` says where skins live.
"""

from __future__ import annotations

from pathlib import Path

from pyramid.exceptions import ConfigurationError

from hpportal.core.settings import site_path


def skin_dir(settings) -> Path | None:
    name = settings.get("hpportal.skin", "").strip()
    if not name:
        return None
    base = site_path(settings, "hpportal.skins_dir")
    path = base / name
    if not path.is_dir():
        raise ConfigurationError(f"skin {name!r} not found: {path} is not a directory")
    return path


def includeme(config):
    path = skin_dir(config.get_settings())
    if path is not None:
        # Pyramid's asset overrides fall back to the package for files the skin lacks.
        config.override_asset(to_override="hpportal:", override_with=f"{path}/")
