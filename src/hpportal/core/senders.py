"""The sender of what the public sends (a question, Art. 9.5; a comment on a draft): the checks of a sender's
citizen ID, phone and email and of the sender as a whole, the form's fields, consent and honeypot, and the values kept.

Pure functions return a translatable message, or ``None`` when the value is right; the colander validators wrap them.
Hỏi - Đáp and the drafts for public comment use these same checks, so a sender is checked the same way everywhere.
"""

from __future__ import annotations

import re
from datetime import date

import colander
import deform
from pyramid.i18n import TranslationString

from hpportal.core import clock
from hpportal.core.i18n import _
from hpportal.core.timezone import LOCAL_TZ

SENDER_INDIVIDUAL = "individual"
SENDER_ORGANISATION = "organisation"
SENDER_TYPES = (SENDER_INDIVIDUAL, SENDER_ORGANISATION)

# Digits 1-3 of a citizen ID: the province where the birth was registered. These are the 63 codes listed in
# Circular 07/2016/TT-BCA (Art. 7 and its appendix; kept by Circular 59/2021/TT-BCA, Decision 384/QĐ-BCA), i.e. the
# province codes of Decision 124/2004/QĐ-TTg with a leading zero. Provinces merged in 2025 keep their old codes.
PROVINCE_CODES = frozenset(
    {
        "001",  # Hà Nội
        "002",  # Hà Giang
        "004",  # Cao Bằng
        "006",  # Bắc Kạn
        "008",  # Tuyên Quang
        "010",  # Lào Cai
        "011",  # Điện Biên
        "012",  # Lai Châu
        "014",  # Sơn La
        "015",  # Yên Bái
        "017",  # Hòa Bình
        "019",  # Thái Nguyên
        "020",  # Lạng Sơn
        "022",  # Quảng Ninh
        "024",  # Bắc Giang
        "025",  # Phú Thọ
        "026",  # Vĩnh Phúc
        "027",  # Bắc Ninh
        "030",  # Hải Dương
        "031",  # Hải Phòng
        "033",  # Hưng Yên
        "034",  # Thái Bình
        "035",  # Hà Nam
        "036",  # Nam Định
        "037",  # Ninh Bình
        "038",  # Thanh Hóa
        "040",  # Nghệ An
        "042",  # Hà Tĩnh
        "044",  # Quảng Bình
        "045",  # Quảng Trị
        "046",  # Thừa Thiên Huế
        "048",  # Đà Nẵng
        "049",  # Quảng Nam
        "051",  # Quảng Ngãi
        "052",  # Bình Định
        "054",  # Phú Yên
        "056",  # Khánh Hòa
        "058",  # Ninh Thuận
        "060",  # Bình Thuận
        "062",  # Kon Tum
        "064",  # Gia Lai
        "066",  # Đắk Lắk
        "067",  # Đắk Nông
        "068",  # Lâm Đồng
        "070",  # Bình Phước
        "072",  # Tây Ninh
        "074",  # Bình Dương
        "075",  # Đồng Nai
        "077",  # Bà Rịa - Vũng Tàu
        "079",  # Hồ Chí Minh
        "080",  # Long An
        "082",  # Tiền Giang
        "083",  # Bến Tre
        "084",  # Trà Vinh
        "086",  # Vĩnh Long
        "087",  # Đồng Tháp
        "089",  # An Giang
        "091",  # Kiên Giang
        "092",  # Cần Thơ
        "093",  # Hậu Giang
        "094",  # Sóc Trăng
        "095",  # Bạc Liêu
        "096",  # Cà Mau
    }
)

# Digit 4 of a citizen ID: century and sex (even = male, odd = female).
CENTURY_OF_DIGIT = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}
MAX_AGE = 120

MOBILE = re.compile(r"^0[35789]\d{8}$")
LANDLINE = re.compile(r"^02\d{9}$")  # 0 + area code (2xx) + subscriber number: 11 digits
EMAIL = re.compile(colander.EMAIL_RE)

_ID_SEPARATORS = re.compile(r"[\s.]+")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]+")


def normalise_citizen_id(value: str) -> str:
    """The citizen ID as typed, without the spaces and dots people put between groups of digits."""
    return _ID_SEPARATORS.sub("", value)


def citizen_id_problem(value: str, *, today: date | None = None) -> TranslationString | None:
    """What is wrong with a citizen ID (CCCD / personal identification number), or ``None``."""
    number = normalise_citizen_id(value)
    if len(number) != 12 or not number.isascii() or not number.isdigit():
        return _("A citizen ID number has exactly 12 digits.")
    if number[:3] not in PROVINCE_CODES:
        return _(
            "The first three digits of the citizen ID number (${code}) are not the code of a province.",
            mapping={"code": number[:3]},
        )
    year = birth_year(number)
    today = today or clock.now().astimezone(LOCAL_TZ).date()
    if year > today.year or year < today.year - MAX_AGE:
        return _(
            "The citizen ID number gives ${year} as the year of birth, which is not possible.",
            mapping={"year": str(year)},
        )
    return None


def birth_year(number: str) -> int:
    """The year of birth written in digits 4-6 of a (normalised, 12-digit) citizen ID."""
    return CENTURY_OF_DIGIT[int(number[3])] + int(number[4:6])


def normalise_phone(value: str) -> str:
    """The phone number in its national form: separators dropped, ``+84`` / ``0084`` / ``84`` turned into ``0``."""
    number = _PHONE_SEPARATORS.sub("", value)
    for prefix in ("+84", "0084", "84"):
        if number.startswith(prefix):
            national = number[len(prefix) :]
            return national if national.startswith("0") else "0" + national
    return number


def phone_problem(value: str) -> TranslationString | None:
    """What is wrong with a Vietnamese mobile (10 digits) or landline (11 digits) number, or ``None``."""
    number = normalise_phone(value)
    if MOBILE.match(number) or LANDLINE.match(number):
        return None
    return _(
        "Enter a mobile number of 10 digits (for example 0912 345 678) "
        "or a landline number of 11 digits with its area code (for example 0225 3842 658)."
    )


def email_problem(value: str) -> TranslationString | None:
    value = value.strip()
    if len(value) <= 254 and EMAIL.match(value):
        return None
    return _("This is not a valid email address.")


def citizen_id_validator(node, value):
    problem = citizen_id_problem(value)
    if problem is not None:
        raise colander.Invalid(node, problem)


def phone_validator(node, value):
    problem = phone_problem(value)
    if problem is not None:
        raise colander.Invalid(node, problem)


def email_validator(node, value):
    problem = email_problem(value)
    if problem is not None:
        raise colander.Invalid(node, problem)


#: What a sender is told when the kind of sender, the citizen ID or a way to reach them is missing, in the words
#: of what they send: a question unless a form says otherwise (the checks are the same).
QUESTION_WORDS = {
    "sender_type": _("Choose whether you ask as an individual or on behalf of an organisation."),
    "citizen_id": _("A question from an individual needs the citizen ID number."),
    "reachable": _("Give a phone number or an email address, so that the answer can reach you."),
}


def sender_problems(value, words=QUESTION_WORDS) -> dict[str, TranslationString]:
    """The problems of a sender (a mapping of ``sender_type``, ``full_name``, ``citizen_id``, ``address``, ``phone``,
    ``email``) by field: Art. 9.5 asks an individual for full name, citizen ID, address and phone or email, and an
    organisation for full name, address and phone or email."""
    sender_type = value.get("sender_type")
    if sender_type not in SENDER_TYPES:
        return {"sender_type": words["sender_type"]}
    full_name, citizen_id, address, phone, email = (
        _text(value, field) for field in ("full_name", "citizen_id", "address", "phone", "email")
    )
    problems = {}
    if not full_name:
        problems["full_name"] = _("Enter the full name.")
    if sender_type == SENDER_INDIVIDUAL:
        if not citizen_id:
            problems["citizen_id"] = words["citizen_id"]
        elif problem := citizen_id_problem(citizen_id):
            problems["citizen_id"] = problem
    if not address:
        problems["address"] = _("Enter the address.")
    if not phone and not email:
        problems["phone"] = problems["email"] = words["reachable"]
    if phone and (problem := phone_problem(phone)):
        problems["phone"] = problem
    if email and (problem := email_problem(email)):
        problems["email"] = problem
    return problems


def sender_validator(form, value, words=QUESTION_WORDS):
    """Colander validator of the sender's mapping: one ``Invalid`` with a message next to each field at fault."""
    problems = sender_problems(value, words)
    if not problems:
        return
    exc = colander.Invalid(form, "")
    fields = {child.name for child in form.children}
    for field, message in problems.items():
        if field in fields:
            exc[field] = message
        else:  # a form without that field: say it at the top rather than lose it
            exc.msg = message
    raise exc


def sender_validator_for(words):
    """:func:`sender_validator` telling the sender its problems in ``words`` (see :data:`QUESTION_WORDS`)."""

    def validate(form, value):
        sender_validator(form, value, words)

    return validate


def _text(value, field: str) -> str:
    text = value.get(field)
    return text.strip() if isinstance(text, str) else ""


def sender_nodes(schema: colander.SchemaNode) -> None:
    """Add the sender's fields to ``schema`` (validate it with :func:`sender_validator`): who they are, full name,
    citizen ID, address, phone, email."""
    add = schema.add
    add(
        colander.SchemaNode(
            colander.String(),
            name="sender_type",
            title=_("You are"),
            default=SENDER_INDIVIDUAL,
            validator=colander.OneOf([SENDER_INDIVIDUAL, SENDER_ORGANISATION]),
            widget=deform.widget.RadioChoiceWidget(
                values=[(SENDER_INDIVIDUAL, _("An individual")), (SENDER_ORGANISATION, _("An organisation"))],
                inline=True,
            ),
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="full_name",
            title=_("Full name"),
            validator=colander.Length(1, 200),
            widget=deform.widget.TextInputWidget(attributes={"autocomplete": "name"}),
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="citizen_id",
            title=_("Citizen ID number"),
            description=_("12 digits (individuals only). It is kept encrypted and never shown publicly."),
            missing="",
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="address",
            title=_("Address"),
            missing="",
            validator=colander.Length(0, 300),
            widget=deform.widget.TextAreaWidget(rows=2, attributes={"autocomplete": "street-address"}),
        )
    )
    # Input types and autocomplete tokens: the right keyboard on a phone, the browser fills them in (WCAG 1.3.5).
    add(
        colander.SchemaNode(
            colander.String(),
            name="phone",
            title=_("Telephone"),
            missing="",
            widget=deform.widget.TextInputWidget(attributes={"type": "tel", "autocomplete": "tel"}),
        )
    )
    add(
        colander.SchemaNode(
            colander.String(),
            name="email",
            title=_("Email"),
            missing="",
            validator=email_validator,
            widget=deform.widget.TextInputWidget(attributes={"type": "email", "autocomplete": "email"}),
        )
    )


def consent_nodes(schema: colander.SchemaNode, *, consent, refused, trapped) -> None:
    """Add the explicit consent to the use of the personal data (``consent``: what it is used for; ``refused``:
    what is said when the box is not ticked) and the honeypot robots fill in (``trapped``: what they are told)."""

    def ticked(node, value):
        if not value:
            raise colander.Invalid(node, refused)

    def empty(node, value):
        if value:
            raise colander.Invalid(node, trapped)

    schema.add(
        colander.SchemaNode(
            colander.Boolean(), name="consent", title=consent, validator=ticked, missing=False, default=False
        )
    )
    schema.add(
        colander.SchemaNode(
            colander.String(),
            name="website",  # a field name robots like
            title=_("Leave this field empty"),
            missing="",
            validator=empty,
            # Hidden by portal.css, out of the tab order, never filled in by the browser.
            widget=deform.widget.TextInputWidget(
                item_css_class="hp-trap", attributes={"tabindex": "-1", "autocomplete": "off"}
            ),
        )
    )


def sender_values(appstruct, cipher) -> dict:
    """What is kept of a validated sender: normalised, the citizen ID encrypted with ``cipher`` (an organisation
    has none)."""
    citizen_id = appstruct.get("citizen_id") or ""
    keep_id = appstruct["sender_type"] != SENDER_ORGANISATION and citizen_id
    return {
        "sender_type": appstruct["sender_type"],
        "full_name": appstruct["full_name"].strip(),
        "address": appstruct["address"].strip(),
        "phone": normalise_phone(appstruct["phone"]) if appstruct["phone"] else "",
        "email": appstruct["email"].strip(),
        "citizen_id_token": cipher.encrypt(normalise_citizen_id(citizen_id)) if keep_id else b"",
    }
