"""The demo's Hỏi - Đáp: a few hundred questions in every state, across the component portals.

Senders are invented (names, valid-looking citizen IDs of Hai Phong, mobile numbers); every
step a question went through is in its history, as if the board and the agencies had worked.
"""

from __future__ import annotations

from datetime import timedelta

from hpportal.core.portal import SubPortal
from hpportal.core.workflow import HistoryEntry, force_state, record_history
from hpportal.qa.models import FIELDS, Question, question_name

QUESTIONS_PER_PORTAL = 40

ASKED = [
    (
        "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ",
        "xay-dung",
        "Gia đình tôi muốn xây nhà ba tầng trên đất ở đã có sổ đỏ. Xin hỏi cần chuẩn bị hồ sơ gì và nộp ở đâu?",
    ),
    (
        "Thời hạn cấp đổi giấy phép lái xe",
        "giao-thong",
        "Giấy phép lái xe hạng B2 của tôi sắp hết hạn. Tôi có thể làm thủ tục cấp đổi trực tuyến không?",
    ),
    (
        "Hỗ trợ học phí cho con hộ cận nghèo",
        "giao-duc",
        "Con tôi học lớp 10, gia đình thuộc hộ cận nghèo. Chính sách hỗ trợ học phí năm học này như thế nào?",
    ),
    (
        "Đăng ký thường trú cho con mới sinh",
        "hanh-chinh",
        "Tôi vừa sinh con, xin hỏi thủ tục đăng ký khai sinh và thường trú cho cháu có làm cùng lúc được không?",
    ),
    (
        "Điều kiện hưởng trợ cấp thất nghiệp",
        "lao-dong",
        "Tôi nghỉ việc sau sáu năm đóng bảo hiểm xã hội. Tôi cần nộp hồ sơ hưởng trợ cấp thất nghiệp trong bao lâu?",
    ),
    (
        "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "dat-dai",
        "Thửa đất gia đình tôi sử dụng ổn định từ năm 1995 nhưng chưa có giấy chứng nhận. Thủ tục cấp lần đầu ra sao?",
    ),
    (
        "Ưu đãi đầu tư cho doanh nghiệp công nghệ cao",
        "dau-tu",
        "Doanh nghiệp chúng tôi dự định đầu tư nhà máy linh kiện điện tử. Thành phố có chính sách ưu đãi nào?",
    ),
    (
        "Tiêm chủng mở rộng cho trẻ dưới một tuổi",
        "y-te",
        "Lịch tiêm chủng mở rộng tại trạm y tế phường cho trẻ dưới một tuổi được tổ chức vào những ngày nào?",
    ),
    (
        "Thu gom rác thải sinh hoạt tại khu dân cư mới",
        "moi-truong",
        "Khu dân cư mới của chúng tôi chưa có điểm tập kết rác. Cơ quan nào chịu trách nhiệm bố trí?",
    ),
    (
        "Cấp phép tổ chức biểu diễn nghệ thuật",
        "van-hoa",
        "Câu lạc bộ chúng tôi muốn tổ chức đêm văn nghệ gây quỹ từ thiện. Có cần xin phép không?",
    ),
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
GIVEN = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Huy", "Ngọc Lan", "Hải Nam", "Thanh Tâm"]
#: (state, share of the questions): every state of the lifecycle is present.
STATES = [
    ("received", 6), ("accepted", 3), ("rejected", 2), ("invalid", 2), ("assigned", 6), ("returned", 2),
    ("in_progress", 4), ("answered", 3), ("published", 8), ("closed", 4),
]  # fmt: skip
ANSWER = (
    "Căn cứ quy định hiện hành, ông/bà chuẩn bị hồ sơ theo hướng dẫn trên Cổng dịch vụ công và nộp tại "
    "Bộ phận tiếp nhận và trả kết quả. Thời hạn giải quyết theo quy định là 15 ngày làm việc."
)


def build_questions(site, registry, rng, now) -> int:
    """Questions on every component portal's Q&A, in every state; returns how many were made."""
    cipher = registry.qa_cipher
    portals = [p for p in site.values() if isinstance(p, SubPortal) and "hoi-dap" in p]
    states = [state for state, share in STATES for _ in range(share)]
    made = 0
    for portal in portals:
        section = portal["hoi-dap"]
        others = [p for p in portals if p is not portal]
        for number in range(QUESTIONS_PER_PORTAL):
            title, field, text = ASKED[(number + made) % len(ASKED)]
            state = states[number % len(states)]
            received = now - timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 23))
            question = Question(
                title=title,
                text=text,
                field=field if field in FIELDS else "khac",
                full_name=f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
                address=f"Số {rng.randint(1, 200)} đường Lạch Tray, thành phố Hải Phòng",
                phone=f"09{rng.randint(10_000_000, 99_999_999)}",
                email=f"nguoidan{made}@example.vn" if number % 3 else "",
                channel=rng.choice(["portal", "portal", "portal", "email", "facebook", "office"]),
                received=received,
            )
            question.set_citizen_id(
                cipher, f"031{rng.choice('0123')}{rng.randint(50, 99) % 100:02d}{rng.randint(0, 999999):06d}"
            )
            question.created = question.modified = received
            if state in ("assigned", "returned", "in_progress", "answered", "published", "closed"):
                agency = rng.choice(others or [portal])
                question.agency, question.agency_title = agency.uid, agency.title
                question.grant_agency(agency)  # its Responders, and only they, answer it
                question.assigned = received + timedelta(days=1)
                question.due = question.assigned + timedelta(days=rng.choice([3, 7, 10]))
            if state == "in_progress":
                question.promised = question.due + timedelta(days=5)
            if state in ("answered", "published", "closed"):
                question.answer, question.answer_kind = ANSWER, "direct" if state == "closed" else "public"
                question.answered = question.assigned + timedelta(days=rng.randint(1, 9))
            section.add(question_name(section), question, registry=registry)
            if state != "received":
                force_state(question, state, registry=registry)
                record_history(
                    question,
                    HistoryEntry(question.assigned or received, None, "Ban Biên tập", "", "received", state, ""),
                )
            made += 1
    return made
