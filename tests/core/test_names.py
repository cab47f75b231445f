"""Names of things: slugs from Vietnamese titles and the rules a name follows."""

import pytest

from hpportal.core.folder import Folder
from hpportal.core.names import MAX_NAME_LENGTH, InvalidName, ReservedName, check_name, fold, slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Sở Xây dựng", "so-xay-dung"),
        ("Đặc khu Cát Hải", "dac-khu-cat-hai"),
        ("Hải Phòng", "hai-phong"),
        ("Đà Nẵng", "da-nang"),
        ("  Tin tức -- Sự kiện!  ", "tin-tuc-su-kien"),
        ("Sở Văn hóa, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich"),
        ("Kế hoạch số 12/KH-UBND năm 2026", "ke-hoach-so-12-kh-ubnd-nam-2026"),
    ],
)
def test_slug_from_vietnamese_title(title, slug):
    assert slugify(title) == slug


def test_fold_removes_marks_and_case():
    assert fold("HẢI PHÒNG") == "hai phong"
    assert fold("đường Đinh Tiên Hoàng") == "duong dinh tien hoang"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("海防市", "hai-fang-shi"),  # zh
        ("하이퐁 시", "haipong-si"),  # ko
        ("ハイフォン", "haihuon"),  # ja
        ("Hải Phòng 海防", "hai-phong-hai-fang"),  # the Vietnamese fold first: no "Hai Phong" from unidecode's guesses
        ("Đồ Sơn — Москва", "do-son-moskva"),
    ],
)
def test_slug_of_a_title_in_another_script_is_transliterated(title, slug):
    assert slugify(title) == slug


def test_slug_of_a_title_with_nothing_to_transliterate_is_empty():
    assert slugify("😀 !!! ☺") == ""


def test_slug_is_cut_at_the_maximum_length():
    assert len(slugify("Hải Phòng " * 30)) <= 100


def test_unique_names_of_long_titles_stay_within_the_maximum_and_are_accepted():
    folder = Folder()
    title = "Kiến nghị về việc cấp phép xây dựng " * 10  # a citizen's question, pasted whole
    names = []
    for _ in range(12):
        name = folder.unique_name(title)
        assert len(name) <= MAX_NAME_LENGTH
        folder.add(name, Folder(), registry=None)  # refused (InvalidName, a 500) when over 100 characters
        names.append(name)
    assert len(set(names)) == 12
    assert names[1].endswith("-2") and names[11].endswith("-12")


def test_unique_name_of_a_chinese_title_is_its_transliteration_not_the_fallback():
    folder = Folder()
    assert folder.unique_name("海防市新闻", fallback="newsarticle") == "hai-fang-shi-xin-wen"
    assert folder.unique_name("😀", fallback="newsarticle") == "newsarticle"


@pytest.mark.parametrize("name", ["edit", "contents", "login", "search", "static"])
def test_reserved_names_are_refused(name):
    with pytest.raises(ReservedName):
        check_name(name)


@pytest.mark.parametrize("name", ["", "Hai-Phong", "hải-phòng", "a--b", "-a", "a-", "a/b", "..", "x" * 101, None])
def test_malformed_names_are_refused_with_a_message(name):
    with pytest.raises(InvalidName) as info:
        check_name(name)
    assert info.value.message


def test_good_name_passes():
    assert check_name("so-xay-dung-2") == "so-xay-dung-2"
