"""The vocabularies of the documents database: forms, validity, fields, issuing bodies.

Forms and issuing bodies are preloaded here; each portal's documents section may add its own lines
(its board edits them on the section's form), and the city's additions hold on every portal.
"""

from __future__ import annotations

from hpportal.core.i18n import _
from hpportal.core.names import fold, slugify

#: Loại văn bản: slug -> (title, the abbreviation of its symbol, Decree 30/2020 Appendix III). The titles
#: (and the issuing bodies' below) are messages whose id is the Vietnamese title: a document keeps that
#: title (a plain string), a page in another language shows it translated (:func:`term`).
FORMS: dict[str, tuple[str, str]] = {
    "luat": (_("Luật"), "QH"),
    "nghi-quyet": (_("Nghị quyết"), "NQ"),
    "nghi-dinh": (_("Nghị định"), "NĐ"),
    "quyet-dinh": (_("Quyết định"), "QĐ"),
    "chi-thi": (_("Chỉ thị"), "CT"),
    "thong-tu": (_("Thông tư"), "TT"),
    "ke-hoach": (_("Kế hoạch"), "KH"),
    "thong-bao": (_("Thông báo"), "TB"),
    "cong-van": (_("Công văn"), ""),
    "huong-dan": (_("Hướng dẫn"), "HD"),
    "bao-cao": (_("Báo cáo"), "BC"),
    "to-trinh": (_("Tờ trình"), "TTr"),
    "quy-che": (_("Quy chế"), "QC"),
    "chuong-trinh": (_("Chương trình"), "CTr"),
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
    _("Quốc hội"),
    _("Chính phủ"),
    _("Thủ tướng Chính phủ"),
    _("Bộ Thông tin và Truyền thông"),
    _("Bộ Khoa học và Công nghệ"),
    _("Bộ Tư pháp"),
    _("Hội đồng nhân dân thành phố Hải Phòng"),
    _("Ủy ban nhân dân thành phố Hải Phòng"),
    _("Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"),
    _("Văn phòng Ủy ban nhân dân thành phố Hải Phòng"),
)


def lines(text: str) -> list[str]:
    """The non-empty lines of a textarea, stripped, without repeats."""
    return list(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))


def issuer_key(title: str) -> str:
    """How an issuing body is indexed and compared: folded, so ``UBND`` spelt with or without marks is one."""
    return fold(" ".join(title.split()))


def document_forms(*sections) -> dict[str, str]:
    """slug -> title: the preloaded forms plus those the given sections' boards added."""
    found = {slug: str(title) for slug, (title, _abbr) in FORMS.items()}
    for section in sections:
        for title in lines(getattr(section, "extra_forms", "")):
            found.setdefault(slugify(title) or title, title)
    return found


def issuing_bodies(site, *sections) -> list[str]:
    """Every issuing body a document may name: preloaded, the component portals, the sections' additions."""
    found = [str(title) for title in ISSUERS]
    found += [p.title for p in site.values() if getattr(p, "is_portal", False)]
    for section in sections:
        found += lines(getattr(section, "extra_issuers", ""))
    return list(dict.fromkeys(found))


def term(request, value: str) -> str:
    """A form's or an issuing body's title in the page's language (as it is when no translation has it)."""
    return request.localizer.translate(_(value)) if value else value
