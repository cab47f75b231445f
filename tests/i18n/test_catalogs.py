"""Every interface message is translated into Vietnamese, the portal's official language."""

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]


def extract(tmp_path) -> set[str]:
    pot = tmp_path / "hpportal.pot"
    pot_create = Path(sys.executable).parent / "pot-create"
    subprocess.run(
        [
            str(pot_create),
            "-c",
            "locales/lingua.cfg",
            "-d",
            "hpportal",
            "--no-location",
            "-o",
            str(pot),
            "src/hpportal",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as f:
        return {m.id for m in read_po(f) if m.id}


def test_every_message_has_a_vietnamese_translation(tmp_path):
    with (REPO / "locales/vi/LC_MESSAGES/hpportal.po").open("rb") as f:
        catalog = read_po(f)
    translated = {m.id for m in catalog if m.id and m.string}
    missing = sorted(extract(tmp_path) - translated)
    assert missing == [], f"untranslated in locales/vi/LC_MESSAGES/hpportal.po: {missing}"
