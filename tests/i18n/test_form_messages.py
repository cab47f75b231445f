"""The form library's own messages (colander's validation errors, deform's widget texts) come out in every
interface language.

colander ships no ``zh`` (only ``zh_Hans``/``zh_Hant``, which Pyramid never tries for ``zh``) and no ``ko``;
deform ships no ``ko``, and its ``ja`` and ``zh`` catalogs leave messages out. ``locales/<lang>/LC_MESSAGES/
{colander,deform}.po`` fill the gaps; the app lists ``locales`` last among its translation directories, so
they win over the shipped catalogs.
"""

from pathlib import Path

import colander
import deform
import pytest
from babel.messages.pofile import read_po
from pyramid.i18n import TranslationString, make_localizer
from pyramid.interfaces import ITranslationDirectories
from pyramid.request import Request
from pyramid.threadlocal import manager

from hpportal import testing
from hpportal.core.forms import UploadWidget

LANGUAGES = ("vi", "en", "zh", "ko", "ja")
#: The languages that fall back on neither colander's nor deform's English.
OTHER_SCRIPTS = ("zh", "ko", "ja")
POTS = {
    "colander": Path(colander.__file__).parent / "locale" / "colander.pot",
    "deform": Path(deform.__file__).parent / "locale" / "deform.pot",
}
REPO = Path(__file__).resolve().parents[2]
TINYMCE_LANGS = Path(deform.__file__).parent / "static" / "tinymce" / "langs"

#: (domain, msgid) -> the text per language, as the portal's forms show it.
EXPECTED = {
    ("colander", "Required"): {
        "vi": "Bắt buộc",
        "en": "Required",
        "zh": "此项为必填项",
        "ko": "필수 입력 항목입니다",
        "ja": "必須項目です",
    },
    # The two labels of the date-and-time input (the dates of news articles, questions received on paper).
    ("deform", "Date"): {"vi": "Ngày", "en": "Date", "zh": "日期", "ko": "날짜", "ja": "日付"},
    ("deform", "Time"): {"vi": "Giờ", "en": "Time", "zh": "时间", "ko": "시간", "ja": "時刻"},
    ("deform", "Incomplete date"): {
        "vi": "Ngày chưa đầy đủ",
        "en": "Incomplete date",
        "zh": "日期不完整",
        "ko": "날짜를 모두 입력해 주십시오",
        "ja": "日付の入力が不完全です",
    },
    # The head of a form sent back with errors.
    ("deform", "There was a problem with your submission"): {
        "vi": "Biểu mẫu có lỗi",
        "en": "There was a problem with your submission",
        "zh": "您提交的内容有误",
        "ko": "제출하신 내용에 문제가 있습니다",
        "ja": "送信内容に問題があります",
    },
    ("deform", "Errors have been highlighted below"): {
        "vi": "Các lỗi được đánh dấu bên dưới",
        "en": "Errors have been highlighted below",
        "zh": "错误已在下方标出",
        "ko": "아래에 오류 항목을 표시했습니다",
        "ja": "問題のある箇所を下に示しています",
    },
    # The remove button of each attachment of a question (a sequence of file uploads).
    ("deform", "Remove"): {"vi": "Xoá", "en": "Remove", "zh": "删除", "ko": "삭제", "ja": "削除"},
}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = testing.make_app(testing.settings_for(tmp_path_factory.mktemp("form-messages") / "var"))
    yield app
    testing.database(app).close()


@pytest.fixture(scope="module")
def localizers(app):
    directories = app.registry.queryUtility(ITranslationDirectories)
    return {language: make_localizer(language, directories) for language in LANGUAGES}


def pot_messages(domain: str) -> list[str]:
    with POTS[domain].open("rb") as f:
        return [m.id for m in read_po(f) if m.id]


def test_the_portal_catalogs_come_after_the_shipped_ones(app):
    directories = [Path(d).resolve() for d in app.registry.queryUtility(ITranslationDirectories)]
    assert directories[-1] == REPO / "locales"
    assert POTS["colander"].parent.resolve() in directories[:-1]
    assert POTS["deform"].parent.resolve() in directories[:-1]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("domain", "msgid"), list(EXPECTED))
def test_form_messages_are_translated(localizers, language, domain, msgid):
    assert localizers[language].translate(TranslationString(msgid, domain=domain)) == EXPECTED[domain, msgid][language]


@pytest.mark.parametrize("language", OTHER_SCRIPTS)
@pytest.mark.parametrize("domain", list(POTS))
def test_every_message_of_colander_and_deform_is_translated(localizers, language, domain):
    localizer = localizers[language]
    untranslated = [
        msgid
        for msgid in pot_messages(domain)
        if localizer.translate(TranslationString(msgid, domain=domain, default="")) in ("", msgid)
    ]
    assert untranslated == [], f"{domain} messages left in English for {language}: {untranslated}"


@pytest.mark.parametrize("language", OTHER_SCRIPTS)
def test_validation_errors_keep_their_values(localizers, language):
    with pytest.raises(colander.Invalid) as raised:
        colander.SchemaNode(colander.String(), name="title", validator=colander.Length(5, 300)).deserialize("Hỏi")
    text = localizers[language].translate(raised.value.msg)
    assert "5" in text
    assert "${" not in text
    assert text != "Shorter than minimum length 5"


@pytest.mark.parametrize("language", OTHER_SCRIPTS)
def test_the_rich_text_editor_has_a_language_file(localizers, language):
    code = localizers[language].translate(TranslationString("language-code", domain="deform", default="en"))
    assert code != "en"
    assert (TINYMCE_LANGS / f"{code}.js").is_file()


def question_schema() -> colander.SchemaNode:
    """A form like the portal's (a question with attachments, an article with its dates)."""
    schema = colander.SchemaNode(colander.Mapping())
    schema.add(colander.SchemaNode(colander.String(), name="full_name"))
    schema.add(colander.SchemaNode(colander.String(), name="title", validator=colander.Length(5, 300)))
    schema.add(
        colander.SchemaNode(
            colander.DateTime(), name="received", widget=deform.widget.DateTimeInputWidget(), missing=None
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.Sequence(),
            colander.SchemaNode(deform.FileData(), name="attachment", widget=UploadWidget()),
            name="attachments",
            missing=[],
        )
    )
    return schema


def render_in(app, language: str, render):
    """``render()`` with the portal's deform renderer, as a request in ``language`` would see it."""
    request = Request.blank("/")
    request.registry = app.registry
    request.localizer = make_localizer(language, app.registry.queryUtility(ITranslationDirectories))
    manager.push({"request": request, "registry": app.registry})
    try:
        return render()
    finally:
        manager.pop()


def sent_back(form: deform.Form, controls) -> str:
    with pytest.raises(deform.ValidationFailure) as raised:
        form.validate(controls)
    return raised.value.render()


@pytest.mark.parametrize("language", ["vi", *OTHER_SCRIPTS])
def test_a_form_sent_back_with_errors_speaks_the_language(app, language):
    controls = [
        ("title", "Hỏi"),
        ("__start__", "attachments:sequence"),
        ("__start__", "attachment:mapping"),
        ("__end__", "attachment:mapping"),
        ("__end__", "attachments:sequence"),
    ]
    html = render_in(app, language, lambda: sent_back(deform.Form(question_schema()), controls))
    for key in (
        ("colander", "Required"),
        ("deform", "There was a problem with your submission"),
        ("deform", "Errors have been highlighted below"),
        ("deform", "Remove"),
    ):
        assert EXPECTED[key][language] in html
    for english in ("Required", "There was a problem", "highlighted", "Shorter than minimum length", 'title="Remove"'):
        assert english not in html


@pytest.mark.parametrize("language", OTHER_SCRIPTS)
def test_the_date_and_time_input_speaks_the_language(app, language):
    html = render_in(app, language, deform.Form(question_schema()).render)
    # The words are the labels of the two inputs (their accessible names).
    assert f">{EXPECTED['deform', 'Date'][language]}</label>" in html
    assert f">{EXPECTED['deform', 'Time'][language]}</label>" in html
