"""Every interface message is translated into Vietnamese, the portal's official language,
and into the other interface languages (English, Chinese, Korean and Japanese)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]
OTHER_LANGUAGES = ("en", "zh", "ko", "ja")
PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")


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
            "workflows.zcml",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as f:
        return {m.id for m in read_po(f) if m.id}


def read_catalog(language: str):
    with (REPO / f"locales/{language}/LC_MESSAGES/hpportal.po").open("rb") as f:
        return read_po(f)


def test_every_message_has_a_vietnamese_translation(tmp_path):
    catalog = read_catalog("vi")
    translated = {m.id for m in catalog if m.id and m.string}
    missing = sorted(extract(tmp_path) - translated)
    assert missing == [], f"untranslated in locales/vi/LC_MESSAGES/hpportal.po: {missing}"


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_message_is_translated_into_every_language(tmp_path, language):
    catalog = read_catalog(language)
    translated = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
    missing = sorted(extract(tmp_path) - translated)
    assert missing == [], f"untranslated in locales/{language}/LC_MESSAGES/hpportal.po: {missing}"


@pytest.mark.parametrize("language", ["vi", *OTHER_LANGUAGES])
def test_placeholders_of_every_translation_match_its_message(language):
    wrong = [
        (m.id, m.string)
        for m in read_catalog(language)
        if m.id and m.string and set(PLACEHOLDER.findall(m.id)) != set(PLACEHOLDER.findall(m.string))
    ]
    assert wrong == [], f"placeholders differ in locales/{language}/LC_MESSAGES/hpportal.po: {wrong}"
