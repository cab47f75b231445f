"""Forms work under the Content-Security-Policy: TinyMCE starts from forms.js and nothing is refused."""

import re

import pyotp
import pytest
from playwright.sync_api import expect

from hpportal import testing

pytestmark = pytest.mark.browser

CSP_VIOLATION = re.compile(r"Content Security Policy|Refused to (execute|load|apply|evaluate|connect|frame)", re.I)

# Run by Playwright before any page script (and outside the page's CSP): report every violation,
# including those the browser does not print, on the console.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", function (event) {
  console.error("Content Security Policy violation: " + event.violatedDirective + " " + event.blockedURI);
}, true);
"""


@pytest.fixture
def console(page):
    """Everything the pages print on the console, and their uncaught errors."""
    messages = []
    page.add_init_script(REPORT_VIOLATIONS)
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: messages.append(f"pageerror: {error}"))
    return messages


def log_in_as_admin(page, live_server):
    page.goto(live_server + "/login")
    page.get_by_label("Tên đăng nhập").fill(testing.ADMIN_LOGIN)
    page.get_by_label("Mật khẩu").fill(testing.ADMIN_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.locator("input[name=code]").fill(pyotp.TOTP(testing.ADMIN_TOTP).now())
    page.locator("button[name=verify]").click()
    expect(page.locator(".user-name")).to_have_text("Quản trị hệ thống")


def test_an_editor_writes_an_article_in_tinymce_under_the_csp(page, live_server, console):
    log_in_as_admin(page, live_server)

    response = page.goto(live_server + "/tin-tuc/add?type=NewsArticle")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    editor = page.locator(".tox-tinymce")
    expect(editor).to_be_visible()
    expect(editor.locator(".tox-toolbar__primary, .tox-toolbar").first).to_be_visible()
    expect(editor.locator("iframe")).to_be_attached()
    assert page.locator("textarea[name=body]").get_attribute("data-deform-ready") is not None
    # The editing buttons of the loaded plugins, labelled in Vietnamese.
    for label in ("In đậm", "Danh sách đánh số", "Chèn/sửa liên kết", "Bảng"):
        expect(editor.get_by_role("button", name=label)).to_be_visible()

    title = "Hải Phòng mở lối đi bộ ven sông Tam Bạc"
    text = "Lối đi bộ dài hai cây số, có ghế đá và cây xanh dọc bờ sông."
    page.get_by_label("Tiêu đề").fill(title)
    body = page.frame_locator(".tox-edit-area iframe").locator("body")
    body.click()
    page.keyboard.type(text)
    expect(body).to_contain_text(text)
    page.get_by_role("button", name="Lưu").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("status")).to_contain_text("Đã thêm")
    expect(page.locator("main")).to_contain_text(text)

    violations = [m for m in console if CSP_VIOLATION.search(m)]
    assert violations == [], violations
    errors = [m for m in console if m.startswith("pageerror")]
    assert errors == [], errors
