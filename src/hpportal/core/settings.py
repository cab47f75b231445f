"""What the .ini says where to find: the site's policy files (workflows, skins, locales) and its secrets.

The package never looks beside itself for them (a wheel install has no checkout around it): every .ini
names them with ``%(here)s`` paths, and a setting left out stops the start-up with the line to add.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from pyramid.exceptions import ConfigurationError

#: The settings naming the site's policy, with the line development.ini gives each.
SITE_POLICY = {
    "hpportal.workflows": "%(here)s/workflows.zcml",
    "hpportal.skins_dir": "%(here)s/skins",
    "hpportal.locales_dir": "%(here)s/locales",
}


def site_path(settings, name: str) -> Path:
    """The file or folder of the site's policy that setting ``name`` names."""
    value = (settings.get(name) or "").strip()
    if not value:
        raise ConfigurationError(f"{name} is not set: add `{name} = {SITE_POLICY[name]}` to the .ini")
    path = Path(value)
    if not path.exists():
        raise ConfigurationError(f"{name} = {value}: there is no such file or folder")
    return path


def read_secret(settings, name: str, make: Callable[[], str]) -> str:
    """The secret in setting ``name``; else the one in the file that ``<name>_file`` names.

    On first start the file is made with ``make()``, readable by its owner only from the start: it is
    written aside and linked into place, so a second process starting at the same moment reads the same
    secret, never half of it.
    """
    value = settings.get(name)
    if value:
        return value
    file_setting = f"{name}_file"
    if not (settings.get(file_setting) or "").strip():
        raise ConfigurationError(f"set {name}, or {file_setting} (e.g. `{file_setting} = %(here)s/var/...`)")
    path = Path(settings[file_setting].strip())
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, aside = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 0600
        try:
            with os.fdopen(fd, "w") as out:
                out.write(make())
            os.link(aside, path)
        except FileExistsError:
            pass  # made meanwhile by another process: theirs is kept
        finally:
            os.unlink(aside)
    return path.read_text().strip()
