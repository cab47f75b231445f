"""The portal's face in a real browser: at 1366 px and on a phone, by keyboard, for axe, in every language.

Screenshots of each page type at 1366 px and 390 px are kept under ``var/screenshots/`` for a reviewer.
"""

from __future__ import annotations

import re

import pytest
from page_types import (
    AXE_JS,
    LANGUAGE_TYPES,
    MANAGER,
    PUBLIC_TYPES,
    SCREENSHOTS,
    VIETNAMESE_TYPES,
    add_manager,
    management_pages,
    manager_browser,
    public_pages,
    tool,
)
from playwright.sync_api import expect

from hpportal import testing

pytestmark = pytest.mark.browser

#: The page types a citizen opens, in every language, checked by each test below.
CHECKED = PUBLIC_TYPES
#: Tabbed through: each page type once, and the English home (the keyboard order does not depend on the language).
TABBED = (*LANGUAGE_TYPES, *VIETNAMESE_TYPES, "home-en")

CONTRAST = """(el) => {
  const rgb = (c) => { const m = c.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; };
  const lum = ([r, g, b]) => [r, g, b]
      .map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  let node = el, bg = null;
  while (node && node.nodeType === 1) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) { bg = c; break; }
    node = node.parentElement;
  }
  bg = bg || [255, 255, 255];
  const style = getComputedStyle(el);
  const rings = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) rings.push(rgb(style.outlineColor));
  const shadow = style.boxShadow.match(/rgba?\\([^)]*\\)/);
  if (shadow && style.boxShadow !== 'none') rings.push(rgb(shadow[0]));
  return Math.max(0, ...rings.map(c => ratio(c, bg)));
}"""


@pytest.fixture(scope="module")
def pages(shipped):
    return public_pages(shipped)


def new_context(browser, width, **kw):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN", **kw)
    context.set_default_timeout(120_000)
    context.set_default_navigation_timeout(120_000)
    expect.set_options(timeout=30_000)
    return context


@pytest.mark.parametrize("width", [1366, 390])
def test_each_page_type_looks_finished_and_reflows_without_sideways_scrolling(browser, pages, width):
    """Screenshots for the reviewer; nothing wider than the window at 1366, 390 and 320 px (WCAG 1.4.10)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = new_context(browser, width)
    page = context.new_page()
    for name in CHECKED:
        page.goto(pages[name])
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} overflows at {width} px"
        if width == 390:
            page.set_viewport_size({"width": 320, "height": 900})
            assert page.evaluate("document.documentElement.scrollWidth") <= 320, f"{name} overflows at 320 px"
            page.set_viewport_size({"width": 390, "height": 900})
    context.close()


def test_the_refused_question_form_announces_its_errors_and_links_each_field(browser, pages):
    context = new_context(browser, 390)
    page = context.new_page()
    page.goto(pages["ask"])
    page.evaluate("document.querySelector('form.deform').noValidate = true")
    page.locator("form.deform button[type=submit]").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    page.screenshot(path=str(SCREENSHOTS / "ask-refused-390.png"), full_page=True)
    link = summary.get_by_role("link").first
    target = link.get_attribute("href").removeprefix("#")
    field = page.locator(f"[id='{target}']")
    expect(field).to_have_attribute("aria-invalid", "true")
    described = field.get_attribute("aria-describedby").split()
    assert any(page.locator(f"[id='{i}']").inner_text().strip() for i in described)
    link.click()
    expect(field).to_be_focused()
    legend = page.locator("fieldset legend", has_text="Bạn là")
    expect(legend).to_be_visible()
    trap = page.locator(".hp-trap input, .hp-trap textarea").first
    if trap.count():
        assert trap.get_attribute("tabindex") == "-1"
    for control in ("input[type=radio]", "input[type=checkbox]"):
        box = page.locator(f"form.deform {control}").first.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24, control
    context.close()


@pytest.mark.parametrize("name", TABBED)
def test_tabbing_starts_with_the_skip_link_and_every_focus_is_visible(browser, pages, name):
    context = new_context(browser, 1366)
    page = context.new_page()
    page.goto(pages[name])
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, "the skip link is shown when it has the focus"
    order = []
    for _ in range(14):
        page.keyboard.press("Tab")
        focused = page.evaluate_handle("document.activeElement")
        assert page.evaluate(CONTRAST, focused) >= 3, "focus indicator below 3:1 on " + page.evaluate(
            "(el) => el.outerHTML.slice(0, 120)", focused
        )
        order.append(page.evaluate("(el) => el.closest('header, nav, main, footer')?.tagName", focused))
    # The order follows the page: the header (top bar, banner, menu) before the content.
    assert order.index("MAIN") > order.index("HEADER") if "MAIN" in order else "HEADER" in order
    page.goto(pages[name])
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main, footer') !== null"), "skip link leads to content"
    context.close()


def test_on_a_phone_the_header_is_compact_and_the_menu_button_opens_the_menu(browser, pages):
    context = new_context(browser, 390)
    page = context.new_page()
    page.goto(pages["home"])
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] <= 0.2 * 844, "the header takes at most a fifth of a phone's first screen"
    menu = page.locator("#site-menu")
    expect(menu).to_be_hidden()
    button = page.get_by_role("button", name="Danh mục")
    expect(button).to_have_attribute("aria-expanded", "false")
    assert button.bounding_box()["height"] >= 44
    button.click()
    expect(menu).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    for link in page.locator(".main-nav a").all():
        assert link.bounding_box()["height"] >= 44
    for link in page.locator(".languages a").all():
        assert link.bounding_box()["height"] >= 24
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    context.close()


def test_the_menu_button_works_without_javascript(browser, pages):
    context = new_context(browser, 390, java_script_enabled=False)
    page = context.new_page()
    page.goto(pages["home"])
    expect(page.locator("#site-menu")).to_be_hidden()
    page.get_by_role("link", name="Danh mục").click()
    expect(page.locator(".main-nav").get_by_role("link", name="Tin tức")).to_be_visible()
    context.close()


def test_axe_finds_no_violation_on_any_page_type(browser, pages):
    axe = tool(AXE_JS).read_text()
    context = new_context(browser, 1366, bypass_csp=True)
    page = context.new_page()
    found = {}
    for name in CHECKED:
        page.goto(pages[name])
        page.add_script_tag(content=axe)
        result = page.evaluate("async () => (await axe.run(document)).violations.map(v => v.id + ': ' + "
                               "v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))")  # fmt: skip
        if result:
            found[name] = result
    context.close()
    assert not found, found


def test_parts_in_another_language_say_which(browser, pages):
    context = new_context(browser, 1366)
    page = context.new_page()
    page.goto(pages["home-en"])
    assert page.get_attribute("html", "lang") == "en"
    footer_link = page.locator("footer a", has_text=re.compile("Hải Phòng"))
    expect(footer_link).to_have_attribute("lang", "vi")
    for link in page.locator(".languages a").all():
        assert link.get_attribute("lang") == link.get_attribute("hreflang")
    context.close()


def test_the_home_page_weighs_under_60_kb_compressed_with_its_images(browser, pages):
    context = new_context(browser, 1366)
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda request: sizes.append((request.url, request.sizes()["responseBodySize"])))
    page.goto(pages["home"], wait_until="networkidle")
    total = sum(size for _url, size in sizes)
    assert any("thumbnail" in url for url, _size in sizes), "the home shows pictures"
    assert total < 60 * 1024, sorted(sizes, key=lambda item: -item[1])[:5]
    context.close()


def manager_page(browser, shipped, width):
    """A page logged in as this module's city Site Manager (password, then the authenticator's code)."""
    add_manager(shipped)
    context = new_context(browser, width, bypass_csp=True)
    page = context.new_page()
    page.goto(shipped.url + "/login")
    page.locator("input[name=login]").fill(MANAGER)
    page.locator("input[name=password]").fill(testing.BOARD_PASSWORD)
    page.locator("form.deform button[type=submit]").click()
    page.locator("input[name=code]").fill(testing.totp_code(shipped.app, MANAGER, testing.BOARD_TOTP))
    page.locator("form.deform button[type=submit]").click()
    expect(page.locator(".user-name")).to_be_visible()
    return context, page


@pytest.mark.parametrize("width", [1366, 390])
def test_the_editors_add_form_and_the_sharing_page_look_finished_and_pass_axe(browser, shipped, width):
    context, page = manager_page(browser, shipped, width)
    axe = tool(AXE_JS).read_text()
    found = {}
    for name, path in (("add-article", "/tin-tuc/add?type=NewsArticle"), ("sharing", "/tin-tuc/sharing")):
        page.goto(shipped.url + path)
        if name == "add-article":
            expect(page.locator(".tox-tinymce")).to_be_visible(timeout=90_000)  # the editor loads last
            body = page.locator(".tox-tinymce").bounding_box()
            main = page.locator("main").bounding_box()
            assert body["width"] >= main["width"] - 40, "the article body uses the whole width"
        page.screenshot(path=str(SCREENSHOTS / f"manage-{name}-{width}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} overflows at {width} px"
        page.add_script_tag(content=axe)
        result = page.evaluate("async () => (await axe.run(document)).violations.map(v => v.id + ': ' + "
                               "v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))")  # fmt: skip
        if result:
            found[name] = result
    context.close()
    assert not found, found


def test_axe_finds_no_violation_on_any_management_page(browser, shipped):
    paths = management_pages(shipped, manager_browser(shipped))
    context, page = manager_page(browser, shipped, 1366)
    axe = tool(AXE_JS).read_text()
    found = {}
    for name, path in paths.items():
        page.goto(shipped.url + path)
        page.add_script_tag(content=axe)
        result = page.evaluate("async () => (await axe.run(document)).violations.map(v => v.id + ': ' + "
                               "v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))")  # fmt: skip
        if result:
            found[name] = result
    context.close()
    assert not found, found
