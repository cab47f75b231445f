"""The vocabularies of the documents database: forms, validity, fields, issuing bodies.

Forms and issuing bodies are preloaded here; each portal's documents section may add its own lines
(its board edits them on the section's form), and the city's additions hold on every portal.
"""

from __future__ import annotations

from hpportal.core.i18n import _
from hpportal.core.names import fold, slugify

#: Loại văn bản: slug -> (title, the abbreviation of its symbol, Decree 30/2020 Appendix III).
FORMS: dict[str, tuple[str, str]] = {
    "luat": ("Luật", "QH"),
    "nghi-quyet": ("Nghị quyết", "NQ"),
    "nghi-dinh": ("Nghị định", "NĐ"),
    "quyet-dinh": ("Quyết định", "QĐ"),
    "chi-thi": ("Chỉ thị", "CT"),
    "thong-tu": ("Thông tư", "TT"),
    "ke-hoach": ("Kế hoạch", "KH"),
    "thong-bao": ("Thông báo", "TB"),
    "cong-van": ("Công văn", ""),
    "huong-dan": ("Hướng dẫn", "HD"),
    "bao-cao": ("Báo cáo", "BC"),
    "to-trinh": ("Tờ trình", "TTr"),
    "quy-che": ("Quy chế", "QC"),
    "chuong-trinh": ("Chương trình", "CTr"),
}

#: Tình trạng hiệu lực, in the order the facet lists them.
NOT_YET = "chua-co-hieu-luc"
IN_FORCE = "con-hieu-luc"
PARTLY_EXPIRED = "het-hieu-luc-mot-phan"
EXPIRED = "het-hieu-luc-toan-bo"
VALIDITY = {
    NOT_YET: _("Not yet in force"),
    IN_FORCE: _("In force"),
    PARTLY_EXPIRED: _("Partly expired"),
    EXPIRED: _("Expired"),
}

#: What the board may set by hand; the rest follows the dates and relations.
AUTOMATIC = "auto"
MANUAL_VALIDITY = {
    AUTOMATIC: _("From the dates and relations"),
    PARTLY_EXPIRED: _("Partly expired"),
    EXPIRED: _("Expired"),
}

#: Lĩnh vực: slug -> title.
FIELDS = {
    "hanh-chinh": _("Administration and organisation"),
    "thong-tin-truyen-thong": _("Information and communications"),
    "dat-dai": _("Land and housing"),
    "xay-dung": _("Construction and planning"),
    "giao-thong": _("Transport"),
    "dau-tu": _("Investment and business"),
    "tai-chinh": _("Finance and budget"),
    "lao-dong": _("Labour, jobs and social insurance"),
    "y-te": _("Health"),
    "giao-duc": _("Education"),
    "van-hoa": _("Culture, sports and tourism"),
    "moi-truong": _("Natural resources and environment"),
    "nong-nghiep": _("Agriculture and fisheries"),
    "khoa-hoc": _("Science and technology"),
    "tu-phap": _("Justice"),
}

#: Cơ quan ban hành preloaded for every portal; the component portals' own titles are added to them.
ISSUERS = (
    "Quốc hội",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Bộ Thông tin và Truyền thông",
    "Bộ Khoa học và Công nghệ",
    "Bộ Tư pháp",
    "Hội đồng nhân dân thành phố Hải Phòng",
    "Ủy ban nhân dân thành phố Hải Phòng",
    "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng",
    "Văn phòng Ủy ban nhân dân thành phố Hải Phòng",
)


def lines(text: str) -> list[str]:
    """The non-empty lines of a textarea, stripped, without repeats."""
    return list(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))


def issuer_key(title: str) -> str:
    """How an issuing body is indexed and compared: folded, so ``UBND`` spelt with or without marks is one."""
    return fold(" ".join(title.split()))


def document_forms(*sections) -> dict[str, str]:
    """slug -> title: the preloaded forms plus those the given sections' boards added."""
    found = {slug: title for slug, (title, _abbr) in FORMS.items()}
    for section in sections:
        for title in lines(getattr(section, "extra_forms", "")):
            found.setdefault(slugify(title) or title, title)
    return found


def issuing_bodies(site, *sections) -> list[str]:
    """Every issuing body a document may name: preloaded, the component portals, the sections' additions."""
    found = list(ISSUERS)
    found += [p.title for p in site.values() if getattr(p, "is_portal", False)]
    for section in sections:
        found += lines(getattr(section, "extra_issuers", ""))
    return list(dict.fromkeys(found))
