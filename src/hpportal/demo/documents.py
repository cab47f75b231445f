"""The demo's documents database: Decision 204/2025/QĐ-UBND and the decisions it replaced, central
documents, and some 320 documents of the city and every component portal, each with a generated PDF.

Numbers follow Decree 30/2020 (``12/KH-UBND``; regulations carry their year: ``15/2024/QĐ-UBND``);
some documents replace or amend earlier ones, some expire, some are not yet in force.
"""

from __future__ import annotations

from datetime import date, timedelta

from hpportal.core.portal import SubPortal
from hpportal.demo import data_documents as data
from hpportal.demo.pdf import text_pdf
from hpportal.legaldocs.records import Record, create
from hpportal.legaldocs.relations import link
from hpportal.legaldocs.vocabularies import PARTLY_EXPIRED

CITY_COUNT = 110
PORTAL_COUNT = 30
FIRST_DAY = date(2021, 1, 4)
ABBREVIATIONS = {"Quyết định": "QĐ", "Nghị quyết": "NQ", "Chỉ thị": "CT", "Kế hoạch": "KH", "Thông báo": "TB",
                 "Báo cáo": "BC"}  # fmt: skip
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi")
GIVEN = ("Văn Hùng", "Thị Lan", "Minh Tuấn", "Đức Thắng", "Thanh Hà", "Quang Vinh", "Ngọc Anh")


def _pdf(record: Record) -> tuple[str, str, bytes]:
    lines = [record.issuer, f"So: {record.number}", f"Ngay ban hanh: {record.issued:%d/%m/%Y}", "", record.description]
    name = record.number.replace("/", "-").replace("Đ", "D").replace("đ", "d") + ".pdf"
    return ("signed", name, text_pdf(f"{record.form.upper()} {record.number}", lines))


def _add(section, record: Record, registry, seen):
    record.files = [_pdf(record)]
    return create(section, record, registry, seen=seen)


class Numbering:
    """Số văn bản: each issuer numbers each form from 1 every year."""

    def __init__(self):
        self.last: dict[tuple, int] = {}

    def next(self, issuer: str, form: str, year: int) -> int:
        key = (issuer, form, year)
        self.last[key] = self.last.get(key, 0) + 1
        return self.last[key]


def build_documents(site, registry, rng, newest) -> None:
    """Fill the city's and every component portal's documents section."""
    seen: set = set()
    made = _city_core(site["van-ban"], registry, seen)
    _generate(site["van-ban"], "city", registry, rng, newest.date(), CITY_COUNT, seen, made)
    for portal in site.values():
        if isinstance(portal, SubPortal) and portal.title in data.PORTAL_FIELDS and "van-ban" in portal:
            _generate(portal["van-ban"], portal.title, registry, rng, newest.date(), PORTAL_COUNT, seen, {})


def _city_core(section, registry, seen) -> dict:
    """Central documents, Decision 204/2025/QĐ-UBND and the two decisions its Article 2 replaces."""
    made = {}
    for number, form, issuer, summary, issued, in_force, field in data.CENTRAL:
        record = Record(
            number=number,
            form=form,
            issuer=issuer,
            description=summary,
            fields=(field,),
            issued=date.fromisoformat(issued),
            in_force=date.fromisoformat(in_force),
            place="Hà Nội",
        )
        made[number] = _add(section, record, registry, seen)
    old = {
        "29/2020/QĐ-UBND": ("Ban hành Quy chế tổ chức đối thoại trực tuyến trên Cổng Thông tin điện tử thành phố "
                            "Hải Phòng", date(2020, 11, 11)),
        "40/2024/QĐ-UBND": ("Ban hành Quy chế quản lý, vận hành và khai thác hệ thống Cổng Thông tin điện tử thành "
                            "phố Hải Phòng", date(2024, 11, 1)),
    }  # fmt: skip
    for number, (summary, issued) in old.items():
        record = Record(
            number=number,
            form="Quyết định",
            issuer=data.CITY,
            description=summary,
            issued=issued,
            in_force=issued + timedelta(days=10),
            fields=("thong-tin-truyen-thong",),
            signer_position="Chủ tịch",
            recipients="Như Điều 3;\nCổng Thông tin điện tử thành phố;\nLưu: VT.",
        )
        made[number] = _add(section, record, registry, seen)
    decision = Record(
        number="204/2025/QĐ-UBND",
        form="Quyết định",
        issuer=data.CITY,
        description=data.DECISION_204_SUMMARY,
        issued=date(2025, 11, 6),
        in_force=date(2025, 11, 20),
        fields=("thong-tin-truyen-thong", "hanh-chinh"),
        signer_position="TM. Ủy ban nhân dân thành phố, Chủ tịch",
        body=data.DECISION_204_BODY,
        recipients=data.DECISION_204_RECIPIENTS,
    )
    made["204"] = _add(section, decision, registry, seen)
    for number in old:
        link(made["204"], "replaces", made[number], registry)
    link(made["204"], "related", made["42/2022/NĐ-CP"], registry)
    link(made["224/2026/NĐ-CP"], "replaces", made["42/2022/NĐ-CP"], registry)
    link(made["13/2018/NĐ-CP"], "guides", made["104/2016/QH13"], registry)
    return made


def _issuers(owner: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(issuer, symbol, forms) of a portal's documents."""
    if owner == "city":
        return [
            (data.CITY, "UBND", ("Quyết định", "Kế hoạch", "Chỉ thị", "Thông báo", "Công văn", "Báo cáo")),
            (data.CHAIR, "UBND", ("Quyết định",)),
            (data.COUNCIL, "HĐND", ("Nghị quyết",)),
        ]
    _fields, symbol = data.PORTAL_FIELDS[owner]
    return [(owner, symbol, ("Quyết định", "Kế hoạch", "Thông báo", "Công văn", "Báo cáo"))]


def _number(numbering, issuer, symbol, form, issued, regulation: bool) -> str:
    n = numbering.next(issuer, form, issued.year)
    if form == "Công văn":
        return f"{n}/{symbol}-VP"
    if regulation:
        return f"{n}/{issued.year}/{ABBREVIATIONS[form]}-{symbol}"
    return f"{n}/{ABBREVIATIONS[form]}-{symbol}"


def _generate(section, owner, registry, rng, newest: date, count: int, seen, made) -> None:
    fields = tuple(data.TOPICS) if owner == "city" else data.PORTAL_FIELDS[owner][0]
    span = (newest - FIRST_DAY).days
    days = sorted(FIRST_DAY + timedelta(days=rng.randrange(span)) for _ in range(count))
    days[-3:] = [newest - timedelta(days=d) for d in (9, 5, 2)]  # the newest: not yet in force
    numbering, regulations = Numbering(), {}
    where = "thành phố" if owner == "city" else section.__parent__.title
    positions = data.SIGNER_POSITIONS["department" if owner.startswith("Sở") else "local"]
    for position, issued in enumerate(days):
        issuer, symbol, forms = rng.choice(_issuers(owner)[:1] if position >= count - 3 else _issuers(owner))
        form = "Quyết định" if position >= count - 3 else rng.choice(forms)
        field = rng.choice(fields)
        topic = rng.choice(data.TOPICS[field])
        regulation = form in ("Quyết định", "Nghị quyết") and issuer != data.CHAIR
        regulation = regulation and (rng.random() < 0.6 or position >= count - 3)
        summary = rng.choice(data.SUMMARIES[form]).format(topic=topic, year=issued.year)
        record = Record(
            number=_number(numbering, issuer, symbol, form, issued, regulation),
            form=form,
            issuer=issuer,
            description=summary[0].upper() + summary[1:],
            issued=issued,
            fields=(field,),
            signer=f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
            signer_position=rng.choice(positions),
            place="Hải Phòng",
            recipients=f"Như trên;\nCổng Thông tin điện tử {where};\nLưu: VT.",
        )
        if regulation:
            record.in_force = issued + timedelta(days=10 if position < count - 3 else 45)
        if form == "Kế hoạch" and rng.random() < 0.5:
            record.expiry = date(issued.year, 12, 31) if issued.month < 12 else date(issued.year + 1, 12, 31)
        doc = _add(section, record, registry, seen)
        _relate(doc, regulation, topic, regulations, rng, made, registry)


def _relate(doc, regulation: bool, topic: str, regulations: dict, rng, made, registry) -> None:
    """A new regulation on a topic replaces the previous one; some amend or guide an earlier one."""
    if not regulation:
        if regulations and doc.form == "Kế hoạch" and rng.random() < 0.3:
            link(doc, "guides", rng.choice(list(regulations.values())), registry)
        return
    previous = regulations.get(topic)
    if previous is not None and rng.random() < 0.6:
        doc.description += f" (thay thế {previous.form} số {previous.number})"
        link(doc, "replaces", previous, registry)
    elif regulations and rng.random() < 0.5:
        amended = rng.choice(list(regulations.values()))
        doc.description = f"Sửa đổi, bổ sung một số điều của {amended.form} số {amended.number}"
        if rng.random() < 0.5:
            amended.manual_validity = PARTLY_EXPIRED
            amended.expiry_reason = f"Một số điều được sửa đổi, bổ sung bởi {doc.form} số {doc.number}"
        link(doc, "amends", amended, registry)
    elif made and rng.random() < 0.2:
        link(doc, "related", made["204"], registry)
    regulations[topic] = doc
