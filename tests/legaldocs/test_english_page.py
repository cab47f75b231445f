"""The documents pages speak the reader's language (issue 15.8): a document translated into English is shown
with English labels, its validity, form and issuing body in English, while its content stays as written."""

from __future__ import annotations

import pytest

from hpportal import testing

DECISION = "/van-ban/quyet-dinh-204-2025-qd-ubnd/"


@pytest.fixture
def english(person):
    """The English version of Decision 204/2025, made from the original with Dịch sang…, published."""
    admin = person(testing.ADMIN_LOGIN)
    page = admin.get(DECISION + "translate")
    form = next(f for f in page.forms.values() if f.get("language", default=None) and f["language"].value == "en")
    edit = form.submit().follow()
    url = edit.request.path.removesuffix("edit")
    assert url.startswith("/en/")
    testing.publish_through_web(admin, url)
    return url


def properties(page) -> dict[str, str]:
    table = page.html.select_one("table.properties")
    return {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in table.select("tr")}


def test_the_english_document_page_labels_every_field_in_english(citizen, english):
    page = citizen.get(english)
    assert page.html.html["lang"] == "en"
    found = properties(page)
    assert found["Number and symbol"] == "204/2025/QĐ-UBND"
    assert found["Document form"] == "Decision"
    assert found["Issuing body"] == "Hai Phong City People's Committee"
    assert found["Effective date"] and found["Date of issue"]
    assert found["Validity"] == "In force"
    assert found["Signed by"] == "Lê Ngọc Châu, Chủ tịch"  # the content stays as written
    assert "Properties of the document" in page.text and "Recipients" in page.text
    assert "Hiệu lực" not in page.html.select_one("main").get_text()


def test_the_vietnamese_page_keeps_the_vietnamese_titles(citizen):
    found = properties(citizen.get(DECISION))
    assert found["Số, ký hiệu"] == "204/2025/QĐ-UBND"
    assert found["Loại văn bản"] == "Quyết định"
    assert found["Cơ quan ban hành"] == "Ủy ban nhân dân thành phố Hải Phòng"
    assert found["Tình trạng hiệu lực"] == "Còn hiệu lực"


def test_the_english_documents_page_lists_with_english_facets(citizen, english):
    section = english.rsplit("/", 2)[0] + "/"
    page = citizen.get(section)
    titles = [h.get_text(strip=True) for h in page.html.select(".facets h3")]
    assert titles == ["Document form", "Issuing body", "Field", "Year of issue", "Validity"]
    forms = [a.get_text(strip=True) for a in page.html.select(".facet-form a")]
    assert "Decision" in forms and "Quyết định" not in forms
    assert "In force" in [a.get_text(strip=True) for a in page.html.select(".facet-validity a")]
    headers = [th.get_text(strip=True) for th in page.html.select("table.documents-list th")]
    assert headers == ["Number and symbol", "Date of issue", "Summary", "Validity"]


def test_a_translated_document_is_listed_once_in_the_language_of_the_page(citizen, english):
    section = english.rsplit("/", 2)[0] + "/"
    page = citizen.get(section, params={"number": "204/2025/QĐ-UBND"})
    links = [a["href"] for a in page.html.select("table.documents-list tbody td:first-child a")]
    assert links == ["http://localhost" + english]  # the English version, once
    vietnamese = citizen.get("/van-ban/", params={"number": "204/2025/QĐ-UBND"})
    links = [a["href"] for a in vietnamese.html.select("table.documents-list tbody td:first-child a")]
    assert links == ["http://localhost" + DECISION]
    count = citizen.get(section).html.select_one("#documents-count").get_text()
    assert " ".join(count.split()) == "6 documents"  # each counted once, its translation with it
