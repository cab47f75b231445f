"""Names of things: slugs from Vietnamese titles and the rules a name follows."""

import pytest

from hpportal.core.names import InvalidName, ReservedName, check_name, fold, slugify


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


def test_slug_of_a_title_without_latin_letters_is_empty():
    assert slugify("海防市") == ""


def test_slug_is_cut_at_the_maximum_length():
    assert len(slugify("Hải Phòng " * 30)) <= 100


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
