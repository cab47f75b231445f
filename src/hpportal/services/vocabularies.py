"""The vocabularies of the procedures catalogue: fields, levels, online levels, how to submit."""

from __future__ import annotations

from hpportal.core.i18n import _

#: Lĩnh vực of the national database of procedures: slug -> title.
FIELDS = {
    "xay-dung": _("Construction"),
    "dang-ky-doanh-nghiep": _("Business registration"),
    "ho-tich": _("Civil status"),
    "dat-dai": _("Land"),
    "giao-thong": _("Road transport"),
    "dau-tu": _("Investment"),
    "lao-dong": _("Labour and employment"),
    "bao-tro-xa-hoi": _("Social protection"),
    "y-te": _("Health"),
    "giao-duc": _("Education and training"),
    "van-hoa": _("Culture and tourism"),
    "moi-truong": _("Environment"),
    "nong-nghiep": _("Agriculture"),
    "tu-phap": _("Justice and judicial records"),
    "thong-tin-truyen-thong": _("Press and publishing"),
    "cong-thuong": _("Industry and trade"),
}

#: Cấp thực hiện.
CITY, COMMUNE = "thanh-pho", "xa"
LEVELS = {CITY: _("City level"), COMMUNE: _("Commune level")}

#: Mức độ dịch vụ công trực tuyến (Decree 224/2026 Art. 14: toàn trình is the default).
FULL, PARTIAL, OFFLINE = "toan-trinh", "mot-phan", "khong"
ONLINE = {FULL: _("Fully online"), PARTIAL: _("Partly online"), OFFLINE: _("Not online")}

#: Cách thức thực hiện.
CHANNELS = {"truc-tuyen": _("Online"), "truc-tiep": _("At the one-stop office"), "buu-chinh": _("By post")}

#: The fields as the national database names them (folded), for an import: name -> slug.
FIELD_WORDS = {
    "hoat dong xay dung": "xay-dung", "xay dung": "xay-dung", "quy hoach xay dung": "xay-dung",
    "thanh lap va hoat dong cua doanh nghiep": "dang-ky-doanh-nghiep", "dang ky doanh nghiep": "dang-ky-doanh-nghiep",
    "ho tich": "ho-tich", "dat dai": "dat-dai", "duong bo": "giao-thong", "giao thong van tai": "giao-thong",
    "dau tu": "dau-tu", "dau tu tai viet nam": "dau-tu", "lao dong": "lao-dong", "viec lam": "lao-dong",
    "lao dong, viec lam": "lao-dong", "bao tro xa hoi": "bao-tro-xa-hoi", "y te": "y-te",
    "kham benh, chua benh": "y-te",
    "giao duc va dao tao": "giao-duc", "giao duc": "giao-duc", "van hoa": "van-hoa", "du lich": "van-hoa",
    "van hoa, du lich": "van-hoa", "moi truong": "moi-truong", "nong nghiep": "nong-nghiep",
    "thuy san": "nong-nghiep",
    "chung thuc": "tu-phap", "ly lich tu phap": "tu-phap", "chung thuc, ly lich tu phap": "tu-phap",
    "bao chi": "thong-tin-truyen-thong", "xuat ban": "thong-tin-truyen-thong",
    "bao chi, xuat ban": "thong-tin-truyen-thong", "cong thuong": "cong-thuong", "thuong mai": "cong-thuong",
}  # fmt: skip

#: Words an import may use for a level or an online level (folded): the national database's labels.
LEVEL_WORDS = {"thanh pho": CITY, "tinh": CITY, "cap tinh": CITY, "cap thanh pho": CITY, "xa": COMMUNE,
               "cap xa": COMMUNE, "city": CITY, "commune": COMMUNE}  # fmt: skip
ONLINE_WORDS = {"toan trinh": FULL, "muc do 4": FULL, "4": FULL, "mot phan": PARTIAL, "muc do 3": PARTIAL,
                "3": PARTIAL, "khong": OFFLINE, "chua cung cap": OFFLINE, "khong cung cap": OFFLINE, "": OFFLINE,
                "full": FULL, "partial": PARTIAL, "none": OFFLINE}  # fmt: skip
CHANNEL_WORDS = {"truc tuyen": "truc-tuyen", "online": "truc-tuyen", "truc tiep": "truc-tiep", "mot cua": "truc-tiep",
                 "buu chinh": "buu-chinh", "post": "buu-chinh", "dich vu buu chinh": "buu-chinh"}  # fmt: skip


def lines(text) -> list[str]:
    return [line.strip() for line in str(text or "").splitlines() if line.strip()]
