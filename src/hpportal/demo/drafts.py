"""The demo's drafts for public comment (dự thảo lấy ý kiến) on the city's documents page: two open for
comment, with comments waiting, published and kept unpublished; one closed, with the summary of the
consultation and the decision it became.

The open drafts are dated from the clock when the demo is built (opened a few days before, closing months
after), so they are open whenever the demo is tried; the closed one is dated from the demo's newest day.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta

from hpportal.core import clock
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import force_state
from hpportal.demo import data_documents as data
from hpportal.demo.pdf import text_pdf
from hpportal.legaldocs.comments import PUBLISHED, UNPUBLISHED, add_comment, moderate
from hpportal.legaldocs.drafts import DRAFT, SUMMARY, DraftDocument
from hpportal.legaldocs.models import attach_file
from hpportal.legaldocs.records import Record, create

BECAME = "78/2026/QĐ-UBND"
#: (title, drafting agency, summary, days opened before the build, days open): the two open drafts.
OPEN_DRAFTS = (
    (
        "Dự thảo Quyết định ban hành Quy định quản lý, phát triển cây xanh đô thị trên địa bàn thành phố Hải Phòng",
        "Sở Xây dựng",
        "Quy định việc trồng, chăm sóc, bảo vệ, chặt hạ và dịch chuyển cây xanh đô thị; trách nhiệm của cơ quan, "
        "tổ chức, hộ gia đình trong quản lý cây xanh trên vỉa hè, trong công viên và khuôn viên công cộng.",
        4,
        120,
    ),
    (
        "Dự thảo Nghị quyết quy định mức hỗ trợ chuyển đổi số cho hợp tác xã, hộ kinh doanh giai đoạn 2027-2030",
        "Sở Khoa học và Công nghệ",
        "Quy định đối tượng, điều kiện, mức hỗ trợ kinh phí thuê nền tảng số, chữ ký số và đào tạo kỹ năng số cho "
        "hợp tác xã, hộ kinh doanh trên địa bàn thành phố.",
        2,
        90,
    ),
)
CLOSED_DRAFT = (
    "Dự thảo Quyết định ban hành Quy chế phối hợp cung cấp thông tin lên Cổng Thông tin điện tử thành phố",
    "Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
    "Quy định trách nhiệm, thời hạn và cách thức các sở, ngành, địa phương cung cấp thông tin cho Cổng Thông tin "
    "điện tử thành phố theo Quyết định số 204/2025/QĐ-UBND.",
)
#: What citizens and businesses said on each draft (the two open ones, then the closed one), and how the board
#: moderated it: published, waiting (``None``), or kept unpublished with the reason.
SPAM = (
    "Nhận thiết kế website, chạy quảng cáo giá rẻ, liên hệ ngay để được tư vấn miễn phí.",
    UNPUBLISHED,
    "Quảng cáo dịch vụ, không góp ý cho nội dung dự thảo.",
)
COMMENTS = (
    (
        ("Đề nghị bổ sung quy định cụ thể về khoảng cách tối thiểu giữa cây xanh và đường dây điện, tránh tình "
         "trạng cắt tỉa quá mức vào mùa mưa bão.", PUBLISHED, ""),
        ("Nên quy định rõ thời hạn cơ quan chức năng trả lời khi người dân đề nghị chặt hạ cây nguy hiểm trước nhà.",
         PUBLISHED, ""),
        ("Đề nghị cơ quan soạn thảo lấy thêm ý kiến của các tổ dân phố về danh mục cây cấm trồng trên vỉa hè.",
         None, ""),
        ("Điều 9 nên cho phép hộ gia đình tự trồng cây trên vỉa hè trước nhà nếu theo đúng danh mục cây được trồng.",
         None, ""),
        SPAM,
    ),
    (
        ("Mức hỗ trợ thuê nền tảng số tại Điều 5 còn thấp so với chi phí thực tế, đề nghị xem xét nâng lên.",
         PUBLISHED, ""),
        ("Đề nghị đơn giản hồ sơ đề nghị hỗ trợ, cho phép nộp trực tuyến trên Cổng dịch vụ công.", PUBLISHED, ""),
        ("Hộ kinh doanh mới thành lập dưới một năm có thuộc đối tượng được hỗ trợ không? Đề nghị làm rõ tại Điều 2.",
         None, ""),
        ("Đề nghị bổ sung hỗ trợ chi phí chứng thư chữ ký số trong ba năm đầu.", None, ""),
        SPAM,
    ),
    (
        ("Đề nghị rút ngắn thời hạn cung cấp thông tin về sự cố, thiên tai, dịch bệnh.", PUBLISHED, ""),
        ("Nên quy định đầu mối cung cấp thông tin tại mỗi xã, phường để tin bài kịp thời.", PUBLISHED, ""),
        ("Đề nghị cho phép gửi thông tin qua mạng xã hội của cơ quan.", PUBLISHED, ""),
        ("Cần quy định trách nhiệm khi cơ quan cung cấp thông tin chậm hoặc không chính xác.", PUBLISHED, ""),
        SPAM,
    ),
)  # fmt: skip
SENDERS = (
    ("individual", "Nguyễn Văn Hải", "031085004321", "Số 15 Lạch Tray, phường Gia Viên", "0912345671", ""),
    ("organisation", "Hợp tác xã Dịch vụ Nông nghiệp Tiên Lãng", "", "Thôn Đông, xã Tiên Lãng", "",
     "htx.tienlang@example.vn"),
    ("individual", "Trần Thị Mai", "031190006789", "Số 8 Điện Biên Phủ, phường Hồng Bàng", "0987001122",
     "tran.mai@example.vn"),
)  # fmt: skip
SUMMARY_HTML = (
    "<h3>Báo cáo tổng hợp, giải trình, tiếp thu ý kiến góp ý</h3>"
    "<p>Trong thời gian lấy ý kiến, Cổng Thông tin điện tử thành phố nhận được 14 ý kiến của tổ chức, cá nhân; "
    "cơ quan chủ trì soạn thảo đã tiếp thu 10 ý kiến, giải trình 4 ý kiến.</p>"
    "<table><thead><tr><th>Nội dung góp ý</th><th>Tiếp thu, giải trình</th></tr></thead><tbody>"
    "<tr><td>Rút ngắn thời hạn cung cấp thông tin về sự cố, thiên tai</td>"
    "<td>Tiếp thu: quy định cung cấp ngay trong ngày tại Điều 6.</td></tr>"
    "<tr><td>Bổ sung đầu mối cung cấp thông tin tại cấp xã</td><td>Tiếp thu tại Điều 4.</td></tr>"
    "<tr><td>Cho phép gửi thông tin qua mạng xã hội</td>"
    "<td>Giải trình: thông tin chính thức gửi bằng văn bản điện tử có chữ ký số theo quy định.</td></tr>"
    "</tbody></table>"
)


def _pdf(title: str, agency: str, summary: str) -> tuple[str, bytes]:
    return "du-thao.pdf", text_pdf(title.upper()[:60], [agency, "", summary])


def _draft(section, registry, title, agency, summary, opens: date, closes: date) -> DraftDocument:
    draft = DraftDocument(title=title, description=summary, agency=agency, opens=opens, closes=closes)
    filename, content = _pdf(title, agency, summary)
    attach_file(draft, DRAFT, io.BytesIO(content), filename)
    section.add(section.unique_name(title, fallback="du-thao"), draft, registry=registry)
    force_state(draft, "published", registry=registry)
    return draft


def _comments(draft, registry, first_day: date, said) -> None:
    """The comments ``said`` on ``draft`` (a part of :data:`COMMENTS`), from its first days on."""
    for number, (text, state, reason) in enumerate(said):
        sender_type, name, citizen_id, address, phone, email = SENDERS[number % len(SENDERS)]
        appstruct = {"sender_type": sender_type, "full_name": name, "citizen_id": citizen_id,
                     "address": address, "phone": phone, "email": email, "text": text}  # fmt: skip
        comment = add_comment(draft, appstruct, registry.comment_cipher)
        # Spread over the first days, never later than the demo's now (a draft opened two days ago).
        latest = clock.now() - timedelta(hours=len(said) - number)
        comment.received = min(_at(first_day + timedelta(days=number % 3), 9 + number), latest)
        if state is not None:
            moderate(draft, comment.id, state, reason=reason, moderator="demo")
            comment.moderated = min(comment.received + timedelta(hours=20), clock.now())


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour % 24, 0), LOCAL_TZ).astimezone(UTC)


def build_drafts(site, registry, newest) -> None:
    """Two drafts open on the city's documents page, and one closed with its summary and its decision."""
    section = site["van-ban"]
    today = max(newest, clock.now()).astimezone(LOCAL_TZ).date()
    for (title, agency, summary, before, days), said in zip(OPEN_DRAFTS, COMMENTS, strict=False):
        draft = _draft(section, registry, title, agency, summary, today - timedelta(days=before),
                       today - timedelta(days=before) + timedelta(days=days))  # fmt: skip
        _comments(draft, registry, today - timedelta(days=before), said)
    last_day = newest.astimezone(LOCAL_TZ).date()
    title, agency, summary = CLOSED_DRAFT
    opens, closes = last_day - timedelta(days=150), last_day - timedelta(days=90)
    closed = _draft(section, registry, title, agency, summary, opens, closes)
    _comments(closed, registry, opens + timedelta(days=3), COMMENTS[-1])
    closed.summary = SUMMARY_HTML
    closed.summary_published = _at(closes + timedelta(days=12), 10)
    report = text_pdf("BAO CAO TONG HOP Y KIEN", [agency, "", "Tong hop, giai trinh, tiep thu y kien gop y du thao."])
    attach_file(closed, SUMMARY, io.BytesIO(report), "bao-cao-tong-hop-y-kien.pdf", registry=registry)
    decision = Record(
        number=BECAME,
        form="Quyết định",
        issuer=data.CITY,
        description="Ban hành Quy chế phối hợp cung cấp thông tin lên Cổng Thông tin điện tử thành phố Hải Phòng",
        issued=closes + timedelta(days=30),
        in_force=closes + timedelta(days=40),
        fields=("thong-tin-truyen-thong",),
        signer_position="TM. Ủy ban nhân dân thành phố, Chủ tịch",
        recipients="Như Điều 3;\nCổng Thông tin điện tử thành phố;\nLưu: VT.",
        files=[("signed", "78-2026-QD-UBND.pdf", text_pdf("QUYET DINH 78/2026/QD-UBND", [data.CITY, "", summary]))],
    )
    create(section, decision, registry)
    closed.became = BECAME
