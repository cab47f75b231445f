"""Skins: a file in skins/<skin>/ overrides the package file with the same relative path."""

import pytest
from pyramid.exceptions import ConfigurationError
from webtest import TestApp

from hpportal import testing

HOME = """<html metal:use-macro="layout" i18n:domain="hpportal">
<metal:content fill-slot="content">
  <p class="skin-marker">Giao diện Hoa Phượng Đỏ: ${len(portals)} cổng thành phần</p>
</metal:content>
</html>
"""


@pytest.fixture
def skinned_app(app_settings, tmp_path):
    skin = tmp_path / "skins" / "hoa-phuong"
    (skin / "news" / "templates").mkdir(parents=True)
    (skin / "news" / "templates" / "portal_home.pt").write_text(HOME, encoding="utf-8")
    (skin / "core" / "static").mkdir(parents=True)
    (skin / "core" / "static" / "portal.css").write_text("body { background: #fff5f5; }\n")
    settings = {**app_settings, "hpportal.skin": "hoa-phuong", "hpportal.skins_dir": str(tmp_path / "skins")}
    app = testing.make_app(settings)
    yield TestApp(app)
    testing.database(app).close()


def test_skin_template_replaces_the_package_template(skinned_app):
    page = skinned_app.get("/")
    assert "Giao diện Hoa Phượng Đỏ: 0 cổng thành phần" in page.text
    assert "Cổng Thông tin điện tử thành phố Hải Phòng" in page.text  # the package layout still frames it


def test_files_the_skin_lacks_come_from_the_package(skinned_app):
    assert "Tìm kiếm" in skinned_app.get("/search").text
    assert skinned_app.get("/static/portal.css").text == "body { background: #fff5f5; }\n"
    assert "window.print" in skinned_app.get("/static/portal.js").text


def test_without_a_skin_the_package_template_is_used(testapp):
    assert "Giao diện Hoa Phượng Đỏ" not in testapp.get("/").text


def test_an_unknown_skin_stops_start_up(app_settings, tmp_path):
    with pytest.raises(ConfigurationError, match="not found"):
        testing.make_app({**app_settings, "hpportal.skin": "khong-co", "hpportal.skins_dir": str(tmp_path)})
