"""A developer reads the portal's public information as JSON: lists, items, filters, pages, and nothing private."""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hpportal import testing
from hpportal.core.workflow import state_of

API = "/api/v1/"


@pytest.fixture(scope="module")
def openapi(demo_app):
    from webtest import TestApp

    return TestApp(demo_app).get(API + "openapi.json").json


def check(openapi, body, schema_name: str) -> None:
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": openapi["components"]}
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(body)


def test_the_index_names_every_collection_and_the_openapi_document(demo_testapp, openapi):
    index = demo_testapp.get(API)
    assert index.content_type == "application/json" and index.charset == "utf-8"
    assert set(index.json["collections"]) == {"news", "pages", "documents", "questions", "portals", "procedures",
                                              "dialogues"}  # fmt: skip
    assert openapi["openapi"] == "3.1.0"
    assert {"/news", "/documents/{id}", "/questions"} <= set(openapi["paths"])
    jsonschema.Draft202012Validator.check_schema({"components": openapi["components"]})


def test_news_pages_follow_next_to_the_end_without_repeating_and_match_the_schema(demo_testapp, openapi):
    url, seen, total = API + "news?limit=7", [], None
    while url:
        page = demo_testapp.get(url.removeprefix("http://localhost"))
        check(openapi, page.json, "NewsPage")
        total = page.json["total"] if total is None else total
        seen += [item["id"] for item in page.json["items"]]
        url = page.json["next"]
    assert len(seen) == len(set(seen)) == total > 7
    published = [item["published"] for item in demo_testapp.get(API + "news?limit=100").json["items"]]
    assert published == sorted(published, reverse=True) and "+00:00" in published[0]


def test_every_answer_cites_the_source_and_allows_other_sites(demo_testapp):
    page = demo_testapp.get(API + "news?limit=1")
    assert page.json["source"]["name"] == "Cổng Thông tin điện tử thành phố Hải Phòng"
    assert "haiphong.gov.vn" in page.json["source"]["notice"]
    assert page.headers["Access-Control-Allow-Origin"] == "*"
    assert page.headers["Link"] == '<http://localhost/>; rel="author"'
    assert "Hải Phòng" in page.text, "Vietnamese is not escaped"
    assert "max-age" in page.headers["Cache-Control"]


def test_asking_again_with_the_etag_answers_304(demo_testapp):
    page = demo_testapp.get(API + "documents?limit=3")
    assert page.headers["ETag"] and page.headers["Last-Modified"]
    demo_testapp.get(API + "documents?limit=3", headers={"If-None-Match": page.headers["ETag"]}, status=304)


def test_documents_in_force_about_one_field_with_relations_and_files(demo_testapp, openapi):
    found = demo_testapp.get(API + "documents", params={"field": "thong-tin-truyen-thong", "validity": "con-hieu-luc",
                                                       "limit": "100"}).json  # fmt: skip
    check(openapi, found, "DocumentsPage")
    assert found["total"] == len(found["items"]) > 0
    assert all("thong-tin-truyen-thong" in d["fields"] and d["validity"] == "con-hieu-luc" for d in found["items"])
    decision = next(d for d in found["items"] if d["number"] == "204/2025/QĐ-UBND")
    replaced = {r["number"] for r in decision["relations"] if r["kind"] == "replaces"}
    assert {"29/2020/QĐ-UBND", "40/2024/QĐ-UBND"} <= replaced
    assert decision["files"] and decision["files"][0]["type"] == "application/pdf"
    one = demo_testapp.get(API + "documents/" + decision["id"]).json
    check(openapi, one, "DocumentsItem")
    assert one["number"] == "204/2025/QĐ-UBND"


def test_a_component_portals_api_lists_only_its_own(demo_testapp):
    items = demo_testapp.get("/so-xay-dung" + API + "news?limit=100").json["items"]
    assert items and all(item["portal"] == "http://localhost/so-xay-dung/" for item in items)
    city = demo_testapp.get(API + "news", params={"portal": "so-xay-dung", "limit": "100"}).json
    assert {i["id"] for i in city["items"]} == {i["id"] for i in items}


def test_questions_never_carry_the_sender(demo_testapp, openapi):
    found = demo_testapp.get(API + "questions?limit=100").json
    check(openapi, found, "QuestionsPage")
    assert found["items"]
    for item in found["items"]:
        assert not {"full_name", "citizen_id", "phone", "email", "address", "code"} & set(item)


def unpublished(site):
    for portal in (site, *(p for p in site.values() if getattr(p, "is_portal", False))):
        for item in (portal.get("tin-tuc") or {}).values():
            if state_of(item) != "published":
                return item.uid
    raise AssertionError("the demo has an unpublished article")


def test_a_draft_is_never_listed_nor_shown(demo_testapp, demo_app):
    uid = testing.read_site(demo_app, unpublished)
    url = API + "news?limit=100"
    while url:
        page = demo_testapp.get(url.removeprefix("http://localhost")).json
        assert uid not in {item["id"] for item in page["items"]}
        url = page["next"]
    missing = demo_testapp.get(API + "news/" + uid, status=404)
    assert missing.json["error"]["status"] == 404


def test_errors_are_json_in_the_language_asked(demo_testapp):
    bad = demo_testapp.get(API + "documents?field=khong-co&lang=en", status=400)
    assert bad.json["error"]["message"] == "The filter field has a value that cannot be used."
    vi = demo_testapp.get(API + "news?limit=0", status=400)
    assert vi.json["error"]["message"] == "limit là một số từ 1 đến 100."
    demo_testapp.get(API + "news", headers={"Accept": "text/html"}, status=406)
    demo_testapp.get(API + "news?cursor=%%%", status=400)
    demo_testapp.get(API + "nothing", status=404)
    demo_testapp.get(API + 'news?q="hai', status=400)


def test_the_api_page_documents_it_for_people(demo_testapp):
    page = demo_testapp.get("/api")
    assert page.html.select_one("h1").get_text(strip=True) == "Dữ liệu mở (API)"
    assert "http://localhost/api/v1/openapi.json" in page.text
    assert "GET http://localhost/api/v1/documents" in page.text
    assert demo_testapp.get("/en/api").html.select_one("h1").get_text(strip=True) == "Open data API"


COLLECTIONS = ["news", "pages", "documents", "questions", "portals", "procedures", "dialogues"]
VALUES = st.one_of(st.sampled_from(["", "vi", "en", "xx", "2026-01-01", "2026-13-40", "-1", "0", "5", "1000",
                                    "hai phong", '"', "thong-tin-truyen-thong", "con-hieu-luc", "so-xay-dung",
                                    "-published", "modified", "Quyết định"]),
                   st.text(max_size=12))  # fmt: skip
NAMES = ["portal", "language", "q", "from", "to", "sort", "limit", "cursor", "field", "code", "online", "level",
         "issuer", "form", "validity"]  # fmt: skip
PARAMS = st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=4)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(collection=st.sampled_from(COLLECTIONS), params=PARAMS)
def test_any_query_answers_a_page_or_a_400_and_never_a_server_error(demo_testapp, openapi, collection, params):
    answer = demo_testapp.get(API + collection, params=params, status="*")
    assert answer.status_int in (200, 400), (params, answer.status)
    name = collection.capitalize()  # the schema of /procedures is ProceduresPage
    check(openapi, answer.json, name + "Page" if answer.status_int == 200 else "Error")


def test_a_language_versions_api_lists_that_language_and_answers_in_it(demo_testapp):
    items = demo_testapp.get("/en" + API + "news?limit=100").json["items"]
    assert items and {item["language"] for item in items} == {"en"}
    bad = demo_testapp.get("/en" + API + "news?limit=x", status=400)
    assert bad.json["error"]["message"] == "limit is a number from 1 to 100."


def test_a_procedure_gives_the_address_to_file_it_online(demo_testapp, openapi):
    found = demo_testapp.get(API + "procedures", params={"code": "1004227"}).json
    check(openapi, found, "ProceduresPage")
    [permit] = found["items"]
    assert permit["code"] == "1.004227" and permit["filing_url"] and "1.004227" in permit["filing_url"]
    offline = demo_testapp.get(API + "procedures", params={"online": "khong", "limit": "1"}).json["items"]
    assert offline and offline[0]["filing_url"] is None


def test_dialogues_carry_their_published_script_and_never_a_sender(demo_testapp, openapi):
    found = demo_testapp.get(API + "dialogues?limit=100").json
    check(openapi, found, "DialoguesPage")
    scripts = [d["script"] for d in found["items"] if d["script"]]
    assert scripts and all(line["answer"] for script in scripts for line in script)
    assert not {"full_name", "citizen_id", "phone", "email"} & {k for s in scripts for line in s for k in line}
