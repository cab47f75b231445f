"""The top bar and the banner: today's date and the hotline, the neutral emblem or the portal's own logo."""

import io
from datetime import UTC, datetime

from PIL import Image as PILImage

from hpportal import testing
from hpportal.core.media import Image
from hpportal.core.portal import ROOT_KEY
from hpportal.core.views.banner import next_midnight


def png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (200, 200), (200, 20, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_banner_shows_the_neutral_emblem_and_the_top_bar_the_date_and_hotline(app, testapp):
    def hotline(root, registry):
        root[ROOT_KEY].contact = {"phone": "0225 3842 658", "hotline": "0225 3842 999"}

    testing.populate(app, hotline)
    home = testapp.get("/")
    assert "/static/emblem.svg" in home.html.select_one(".banner img.emblem")["src"]
    assert home.html.select_one(".topbar .today time")["datetime"].count("-") == 2
    hotline_link = home.html.select_one(".topbar .hotline a")
    assert hotline_link.get_text() == "0225 3842 999" and hotline_link["href"] == "tel:02253842999"
    assert "Đường dây nóng" in home.html.select_one(".topbar .hotline").get_text()


def test_an_image_named_logo_in_a_portal_is_its_emblem(app, testapp):
    def logo(root, registry):
        picture = Image(title="Logo")
        picture.upload(io.BytesIO(png()), "logo.png")
        root[ROOT_KEY].add("logo", picture, registry=registry)

    testing.populate(app, logo)
    src = testapp.get("/").html.select_one(".banner img.emblem")["src"]
    assert src.endswith("/logo/thumbnail/thumb")
    assert testapp.get(src).content_type.startswith("image/")


def test_a_cached_page_is_rendered_again_at_midnight_in_hai_phong():
    evening = datetime(2026, 12, 3, 16, 30, tzinfo=UTC)  # 23:30 in Hải Phòng (UTC+7)
    assert next_midnight(evening) == datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
