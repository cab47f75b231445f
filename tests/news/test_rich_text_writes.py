"""Rich text is sanitised on every write path, not only by forms: the demo, imports and mail intake make content
without a form, and the templates insert the body as HTML."""

from __future__ import annotations

from webtest import TestApp

from hpportal import testing
from hpportal.core.evolve import upgrade
from hpportal.core.portal import ROOT_KEY
from hpportal.news.models import NewsArticle, Page, Section

HOSTILE = (
    '<p>Tin <strong>chính</strong></p><script>alert("x")</script>'
    '<img src="/anh.png" alt="Ảnh" onerror="alert(1)"><a href="javascript:alert(2)">liên kết</a>'
)


def add_without_a_form(root, registry):
    site = root[ROOT_KEY]
    site.add("tin-tuc", Section(title="Tin tức"), registry=registry)
    site["tin-tuc"].add("nhap-khau", NewsArticle(title="Tin nhập khẩu", body=HOSTILE), registry=registry)
    testing.publish(site["tin-tuc"]["nhap-khau"], registry)
    page = Page(title="Giới thiệu")
    page.body = HOSTILE  # as an import or the mail intake would write it
    site.add("gioi-thieu", page, registry=registry)
    testing.publish(page, registry)


def assert_harmless(html: str) -> None:
    assert "alert" not in html and "onerror" not in html and "javascript:" not in html


def test_content_made_without_a_form_renders_without_its_script(app):
    testing.populate(app, add_without_a_form)
    browser = TestApp(app)
    for url in ("/tin-tuc/nhap-khau/", "/gioi-thieu/", "/tin-tuc/nhap-khau/save", "/gioi-thieu/save"):
        page = browser.get(url)
        assert_harmless(page.text)
        assert "Tin <strong>chính</strong>" in page.text and 'alt="Ảnh"' in page.text


def test_rich_text_stored_before_the_rule_is_sanitised_on_upgrade(app):
    testing.populate(app, add_without_a_form)

    def store_raw(root, registry):  # what an older version, or a bypass, left in the database
        article = root[ROOT_KEY]["tin-tuc"]["nhap-khau"]
        article._p_activate()
        article.__dict__["body"] = HOSTILE
        article._p_changed = True

    testing.populate(app, store_raw)
    done = []
    testing.populate(app, lambda root, registry: done.extend(upgrade(root[ROOT_KEY], registry)))
    assert "sanitised the rich text of 1 objects" in done
    assert_harmless(TestApp(app).get("/tin-tuc/nhap-khau/").text)
