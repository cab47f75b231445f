"""A procedure's page: every field the national database records, its forms to download, its legal basis linked to
the documents database, and the link to file it online — built from the setting, the city's or the portal's own
address — or, when it cannot be filed online, a plain sentence saying so."""

from __future__ import annotations

import pytest
from pyramid.exceptions import ConfigurationError
from sv_helpers import BUILDING_PERMIT
from webtest import TestApp

from hpportal import testing
from hpportal.services.filing import NATIONAL

CITY_DVC = "https://dichvucong.haiphong.gov.vn/dich-vu-cong/tthc/{code}"
NOT_ONLINE = "Thủ tục này không thể nộp hồ sơ trực tuyến"


def procedure_url(browser, code: str, portal: str = "") -> str:
    page = browser.get(f"{portal}/dich-vu-cong/", params={"q": code})
    return page.html.select_one("table.procedures-list tbody a")["href"]


def filing_href(browser, url: str):
    link = browser.get(url).html.select_one("a.filing-link")
    return link["href"] if link is not None else None


def test_the_page_shows_what_the_national_database_records(citizen):
    page = citizen.get(procedure_url(citizen, "1.004227"))
    assert page.html.h1.get_text() == BUILDING_PERMIT
    properties = {tr.th.get_text(): tr.td.get_text() for tr in page.html.select("table.properties tr")}
    assert properties["Mã thủ tục"] == "1.004227"
    assert properties["Cơ quan thực hiện"] == "Sở Xây dựng"
    assert properties["Cấp thực hiện"] == "Cấp thành phố"
    assert properties["Mức độ trực tuyến"] == "Toàn trình"
    assert properties["Phí, lệ phí"] == "Lệ phí 75.000 đồng/giấy phép"
    assert properties["Cách thức thực hiện"] == ("Trực tuyến, Trực tiếp tại Bộ phận một cửa, Qua dịch vụ bưu chính")
    steps = [li.get_text() for li in page.html.select(".procedure-steps li")]
    assert steps == ["Nộp hồ sơ trực tuyến hoặc tại Bộ phận một cửa", "Thẩm định hồ sơ", "Trả kết quả"]
    form = page.html.select_one(".procedure-documents a")
    assert form.get_text() == "mau-01.pdf"
    download = citizen.get(form["href"])
    assert download.body.startswith(b"%PDF") and download.content_type == "application/pdf"


def test_the_legal_basis_links_the_documents_the_database_holds(citizen):
    page = citizen.get(procedure_url(citizen, "1.004227"))
    lines = page.html.select(".procedure-basis li")
    assert [li.get_text(" ", strip=True) for li in lines] == [
        "Luật Xây dựng số 50/2014/QH13",
        "Quyết định số 5/2026/QĐ-UBND của Ủy ban nhân dân thành phố",
    ]
    assert lines[0].a is None  # not in the database
    document = citizen.get(lines[1].a["href"])
    assert document.html.h1.get_text() == "Quyết định 5/2026/QĐ-UBND"


def test_by_default_the_link_files_it_on_the_national_portal(citizen):
    url = procedure_url(citizen, "1004227")
    assert filing_href(citizen, url) == NATIONAL.format(code="1.004227")
    assert NOT_ONLINE not in citizen.get(url).text


def test_the_setting_and_a_portals_own_address_choose_where_it_is_filed(make_services_app):
    browser = TestApp(make_services_app(**{"hpportal.services.filing_url": CITY_DVC}))
    assert filing_href(browser, procedure_url(browser, "1.004227")) == CITY_DVC.format(code="1.004227")
    so_a = procedure_url(browser, "1.009994", "/so-a")
    assert filing_href(browser, so_a) == CITY_DVC.format(code="1.009994")

    own = "https://dvc.so-a.haiphong.gov.vn/thu-tuc?ma={code}&nguon=cong-so-a"
    testing.populate(browser.app, lambda root, registry: setattr(root["hpportal"]["so-a"]["dich-vu-cong"],
                                                                 "filing_url", own))  # fmt: skip
    assert filing_href(browser, so_a) == "https://dvc.so-a.haiphong.gov.vn/thu-tuc?ma=1.009994&nguon=cong-so-a"
    assert filing_href(browser, procedure_url(browser, "1.004227")) == CITY_DVC.format(code="1.004227")


def test_a_procedure_not_online_says_so_plainly_and_links_nowhere(citizen):
    page = citizen.get(procedure_url(citizen, "2.000889"))
    assert page.html.select_one("a.filing-link") is None
    assert NOT_ONLINE in page.html.select_one(".filing .not-online").get_text()


def test_the_board_sets_the_portals_address_on_the_sections_form_and_a_bad_one_is_refused(services_app):
    manager = TestApp(services_app)
    testing.login(manager, "so-a-qt", testing.BOARD_PASSWORD)
    form = manager.get("/so-a/dich-vu-cong/edit").forms["edit-form"]
    form["filing_url"] = "dvc.so-a.haiphong.gov.vn/thu-tuc"
    page = form.submit("save", status=200)
    assert "Địa chỉ phải bắt đầu bằng https:// hoặc http://." in page.text
    page.forms["edit-form"]["filing_url"] = "https://dvc.so-a.haiphong.gov.vn/thu-tuc/{ma}"
    page = page.forms["edit-form"].submit("save", status=200)
    assert "Địa chỉ phải chứa {code} (hoặc {id})" in page.text
    page.forms["edit-form"]["filing_url"] = "https://dvc.so-a.haiphong.gov.vn/thu-tuc/{code}"
    page.forms["edit-form"].submit("save", status=303)
    url = procedure_url(manager, "1.009994", "/so-a")
    assert filing_href(TestApp(services_app), url) == "https://dvc.so-a.haiphong.gov.vn/thu-tuc/1.009994"


def test_a_bad_address_in_the_settings_stops_the_start(services_var):
    with pytest.raises(ConfigurationError, match="hpportal.services.filing_url"):
        testing.make_app(testing.settings_for(services_var, **{"hpportal.services.filing_url": "ftp://x/{code}"}))


def test_an_address_with_the_portals_own_id_uses_it_and_falls_back_to_the_code(make_services_app):
    template = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={id}"
    browser = TestApp(make_services_app(**{"hpportal.services.filing_url": template}))

    def give_id(root, registry):
        permit = next(p for p in root["hpportal"]["dich-vu-cong"].values() if p.code == "1.004227")
        permit.portal_id = "373812"

    testing.populate(browser.app, give_id)
    assert filing_href(browser, procedure_url(browser, "1.004227")) == template.format(id="373812")
    assert filing_href(browser, procedure_url(browser, "1.001612")) == template.format(id="1.001612")
