"""Relations: setting one side sets the other, both are shown with their validity; deleting cleans up."""

from __future__ import annotations

from ld_helpers import add_document, edit_document

from hpportal import testing
from hpportal.core.portal import ROOT_KEY


def relations(page) -> dict[str, list[str]]:
    found, current = {}, None
    for node in page.html.select(".document-relations dt, .document-relations dd"):
        if node.name == "dt":
            current = found.setdefault(node.get_text(), [])
        else:
            current.append(node.a.get_text())
    return found


def test_the_city_decision_shows_what_it_replaced_and_they_show_it_back(citizen):
    page = citizen.get("/van-ban/quyet-dinh-204-2025-qd-ubnd/")
    assert sorted(relations(page)["Thay thế văn bản"]) == ["Quyết định 29/2020/QĐ-UBND", "Quyết định 40/2024/QĐ-UBND"]
    old = citizen.get("/van-ban/quyet-dinh-29-2020-qd-ubnd/")
    assert relations(old) == {"Bị thay thế bởi": ["Quyết định 204/2025/QĐ-UBND"]}
    assert "(Còn hiệu lực)" in old.html.select_one(".document-relations").get_text()


def test_setting_a_relation_on_the_form_sets_the_other_side_and_removing_it_too(person):
    editor = person("so-a-btv")
    url = add_document(
        editor, "/so-a/van-ban/", number="11/2026/QĐ-UBND", form="Quyết định", issuer="Sở A",
        description="Sửa đổi quy định về thủ tục cấp phép", issued="2026-05-04",
        rel_amends="5/2026/QĐ-UBND", rel_related="12/KH-UBND",
    ).follow().request.path_url  # fmt: skip
    amended = "/so-a/van-ban/quyet-dinh-5-2026-qd-ubnd/"
    assert relations(editor.get(amended)) == {"Được sửa đổi, bổ sung bởi": ["Quyết định 11/2026/QĐ-UBND"]}
    assert relations(editor.get("/van-ban/ke-hoach-12-kh-ubnd/")) == {
        "Văn bản liên quan": ["Quyết định 11/2026/QĐ-UBND"]
    }
    form = editor.get(url + "edit").forms["edit-form"]
    assert form["rel_amends"].value.strip() == "5/2026/QĐ-UBND"  # the form shows what is linked
    edit_document(editor, url, rel_amends="")
    assert relations(editor.get(amended)) == {}
    assert relations(editor.get(url)) == {"Văn bản liên quan": ["Kế hoạch 12/KH-UBND"]}


def test_a_deleted_document_leaves_its_partners(documents_app, person):
    admin = person(testing.ADMIN_LOGIN)
    page = admin.get("/van-ban/quyet-dinh-204-2025-qd-ubnd/delete")
    page.forms["confirm-form"].submit("confirm", status=303)

    def partners(root, registry):
        docs = root[ROOT_KEY]["van-ban"]
        return {
            name: dict(docs[name].relations) for name in ("quyet-dinh-29-2020-qd-ubnd", "quyet-dinh-40-2024-qd-ubnd")
        }

    found = {}
    testing.populate(documents_app, lambda root, registry: found.update(partners(root, registry)))
    assert found == {"quyet-dinh-29-2020-qd-ubnd": {}, "quyet-dinh-40-2024-qd-ubnd": {}}
    assert "Còn hiệu lực" in admin.get("/van-ban/quyet-dinh-29-2020-qd-ubnd/").text
