"""The demo's Đối thoại trực tuyến: one dialogue announced, one live, two past ones with their scripts.

Times are counted from the portal's clock when the demo is built: the announced one starts in a week, the
live one started an hour ago and lasts eight hours, the past ones took place in the autumn. Each portal's
Approver is named Head of its board, who approved the plans.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, time, timedelta

from PIL import Image as PILImage
from PIL import ImageDraw

from hpportal.core import clock
from hpportal.core.boards import board_of
from hpportal.core.portal import SubPortal
from hpportal.core.security import APPROVER
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.workflow import force_state
from hpportal.dialogue import SECTION_NAME
from hpportal.dialogue.head import set_head
from hpportal.dialogue.models import Dialogue, DialogueQuestion
from hpportal.dialogue.vocabularies import ACCEPTED

CITY_LEADERS = [
    {"full_name": "Nguyễn Văn Tùng", "position": "Phó Chủ tịch UBND thành phố", "agency": "UBND thành phố Hải Phòng"},
    {"full_name": "Phạm Thị Hồng", "position": "Chánh Văn phòng", "agency": "Văn phòng UBND thành phố"},
]
BUILDING_LEADERS = [
    {"full_name": "Đỗ Mạnh Hiến", "position": "Giám đốc", "agency": "Sở Xây dựng"},
    {"full_name": "Vũ Thị Lan", "position": "Phó Giám đốc", "agency": "Sở Xây dựng"},
]
UNITS = [
    {"unit": "Văn phòng Ban Biên tập", "responsibility": "Tiếp nhận, tổng hợp và phân loại câu hỏi; tường thuật"},
    {"unit": "Trung tâm Thông tin", "responsibility": "Bảo đảm kỹ thuật, truyền hình trực tiếp"},
]

PLANS = [
    # (portal, slug, title, hot issue, leaders, days from now, start hour, minutes, state, questions and answers)
    (
        "so-xay-dung",
        "cap-phep-xay-dung-nha-o",
        "Cấp phép xây dựng nhà ở riêng lẻ: thủ tục và thời gian",
        "Người dân phản ánh thời gian cấp phép xây dựng nhà ở riêng lẻ còn kéo dài",
        BUILDING_LEADERS,
        7,
        9,
        120,
        "announced",
        [],
    ),
    (
        None,
        "chuyen-doi-so-dich-vu-cong",
        "Chuyển đổi số trong giải quyết thủ tục hành chính",
        "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp ở một số lĩnh vực",
        CITY_LEADERS,
        0,
        None,
        480,
        "live",
        [
            (
                "Khi nào người dân có thể nộp toàn bộ hồ sơ đất đai trực tuyến?",
                0,
                "Từ quý I năm 2027, các thủ tục đăng ký biến động đất đai được cung cấp trực tuyến toàn trình.",
            ),
            ("Người cao tuổi không dùng điện thoại thông minh được hỗ trợ thế nào?", 1, ""),
        ],
    ),
    (
        "so-xay-dung",
        "nha-o-xa-hoi-2026",
        "Chính sách nhà ở xã hội năm 2026",
        "Điều kiện mua nhà ở xã hội và tiến độ các dự án",
        BUILDING_LEADERS,
        -40,
        14,
        90,
        "published",
        [
            (
                "Điều kiện về thu nhập để được mua nhà ở xã hội là gì?",
                0,
                "Người có thu nhập không thuộc diện phải nộp thuế thu nhập cá nhân thường xuyên theo quy định.",
            ),
            (
                "Dự án nhà ở xã hội nào ở Hải Phòng sẽ mở bán trong năm nay?",
                1,
                "Sở Xây dựng công bố danh sách dự án đủ điều kiện bán trên Cổng thông tin của Sở.",
            ),
            (
                "Hồ sơ đăng ký mua nhà ở xã hội nộp ở đâu?",
                1,
                "Người dân nộp hồ sơ trực tiếp cho chủ đầu tư dự án theo mẫu của Bộ Xây dựng.",
            ),
        ],
    ),
    (
        None,
        "moi-truong-dau-tu-2026",
        "Cải thiện môi trường đầu tư, kinh doanh",
        "Doanh nghiệp kiến nghị rút ngắn thời gian giải quyết thủ tục đầu tư",
        CITY_LEADERS,
        -75,
        8,
        120,
        "published",
        [
            (
                "Thời gian cấp quyết định chủ trương đầu tư có được rút ngắn không?",
                0,
                "Thành phố cam kết giải quyết trong 15 ngày làm việc, ngắn hơn quy định của Luật Đầu tư.",
            ),
            (
                "Doanh nghiệp nhỏ được hỗ trợ chuyển đổi số thế nào?",
                1,
                "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số chi trả một phần chi phí tư vấn.",
            ),
        ],
    ),
]


def _poster(title: str) -> bytes:
    image = PILImage.new("RGB", (800, 450), (0, 84, 147))
    draw = ImageDraw.Draw(image)
    draw.rectangle((30, 30, 770, 420), outline=(255, 204, 0), width=6)
    draw.text((60, 200), "DOI THOAI TRUC TUYEN", fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _name_heads(site) -> None:
    """Each portal's Approver is the Head of its board (the demo's boards have one Approver each)."""
    for portal in [site, *(p for p in site.values() if isinstance(p, SubPortal))]:
        group = board_of(portal, site.principals).get(APPROVER)
        members = site.principals.members_of(group) if group is not None else []
        if members:
            set_head(portal, members[0].id)


def build_dialogues(site, registry) -> None:
    _name_heads(site)
    now = clock.now()
    for portal_name, slug, title, hot, leaders, days, hour, minutes, state, script in PLANS:
        portal = site if portal_name is None else site[portal_name]
        if hour is None:  # the live one: started an hour ago
            start = (now - timedelta(hours=1)).astimezone(LOCAL_TZ).replace(second=0, microsecond=0)
        else:
            day = (now + timedelta(days=days)).astimezone(LOCAL_TZ).date()
            start = datetime.combine(day, time(hour, 0), LOCAL_TZ)
        dialogue = Dialogue(
            title=title,
            description=f"Lãnh đạo trả lời trực tuyến câu hỏi của người dân và doanh nghiệp về: {title.lower()}.",
            hot_issue=hot,
            purpose="Lắng nghe ý kiến, giải đáp vướng mắc; tiếp thu kiến nghị để hoàn thiện chính sách.",
            day=start.date(),
            start_time=start.time().replace(tzinfo=None),
            duration=minutes,
            venue="Hội trường Trung tâm Hội nghị thành phố, số 18 Hoàng Diệu",
            mode="livestream",
            leaders=[dict(leader) for leader in leaders],
            units=[dict(unit) for unit in UNITS],
        )
        dialogue.receive_upload("poster", io.BytesIO(_poster(title)), f"{slug}.jpg")
        portal[SECTION_NAME].add(slug, dialogue, registry=registry)
        for number, (text, leader, answer) in enumerate(script):
            asked = start - timedelta(days=3, hours=number)
            question = DialogueQuestion(text=text, received=asked.astimezone(UTC), status=ACCEPTED, leader=leader)
            question.answer = answer
            question.answered = (start + timedelta(minutes=10 * (number + 1))).astimezone(UTC) if answer else None
            dialogue.script.append(dialogue.add_question(question))
        if state == "published" and script:
            dialogue.video_url = f"https://video.haiphong.gov.vn/doi-thoai/{slug}"
        for step in ("submitted", "approved", "announced", "live", "closed", "published"):
            force_state(dialogue, step, registry=registry)
            if step == state:
                break
