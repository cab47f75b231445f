"""A citizen's question is valid only with the sender's details of REGULATION Art. 9.5, in the right form."""

from datetime import date

import colander
import pytest

from hpportal.core.senders import (
    PROVINCE_CODES,
    citizen_id_problem,
    citizen_id_validator,
    email_problem,
    normalise_citizen_id,
    normalise_phone,
    phone_problem,
    phone_validator,
    sender_problems,
    sender_validator,
)

TODAY = date(2026, 3, 1)


def id_problem(value):
    problem = citizen_id_problem(value, today=TODAY)
    return None if problem is None else problem.interpolate()


# Citizen ID numbers


@pytest.mark.parametrize(
    "value",
    [
        "031085001234",  # a man registered in Hải Phòng, born 1985
        "031303004567",  # a woman registered in Hải Phòng, born 2003
        "001090123456",  # Hà Nội, 1990
        "079206000001",  # Hồ Chí Minh, a boy born 2006
        "096326000001",  # Cà Mau, a girl born this year
        "031 085 001 234",
        "031.085.001.234",
        "031006000001",  # born 1906: 120 years old this year
    ],
)
def test_a_well_formed_citizen_id_passes(value):
    assert citizen_id_problem(value, today=TODAY) is None


def test_the_citizen_id_is_read_without_its_spaces_and_dots():
    assert normalise_citizen_id(" 031 085.001 234 ") == "031085001234"


def test_there_are_63_province_codes():
    assert len(PROVINCE_CODES) == 63
    assert {"001", "031", "079", "096"} <= PROVINCE_CODES
    assert not {"000", "003", "029", "085", "088", "090", "097"} & PROVINCE_CODES


@pytest.mark.parametrize("province", ["000", "003", "097", "085", "099"])
def test_an_unknown_province_code_is_refused(province):
    assert id_problem(province + "085001234") == (
        f"The first three digits of the citizen ID number ({province}) are not the code of a province."
    )


@pytest.mark.parametrize(
    ("value", "year"),
    [
        ("031499001234", 2199),  # century digit 4: the 2100s
        ("031627001234", 2227),
        ("031327001234", 2027),  # next year
        ("031850001234", 1850),  # century digit 8: the 1800s, too old
        ("031005001234", 1905),  # 121 years old
    ],
)
def test_an_impossible_year_of_birth_is_refused(value, year):
    assert id_problem(value) == f"The citizen ID number gives {year} as the year of birth, which is not possible."


@pytest.mark.parametrize(
    "value", ["03108500123", "0310850012345", "", "03108500123A", "O31085001234", "031085\uff10\uff101234"]
)
def test_a_citizen_id_without_exactly_12_digits_is_refused(value):
    assert id_problem(value) == "A citizen ID number has exactly 12 digits."


def test_the_citizen_id_validator_raises_on_its_node():
    node = colander.SchemaNode(colander.String(), name="citizen_id")
    citizen_id_validator(node, "031085001234")
    with pytest.raises(colander.Invalid) as raised:
        citizen_id_validator(node, "097085001234")
    assert raised.value.node is node


# Phone numbers and email


@pytest.mark.parametrize(
    ("value", "national"),
    [
        ("0912345678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("+84 (0) 912.345.678", "0912345678"),
        ("0225 3842 658", "02253842658"),
        ("(0225) 3842-658", "02253842658"),
        ("+84 225 3842 658", "02253842658"),
    ],
)
def test_a_phone_number_is_read_in_its_national_form_and_passes(value, national):
    assert normalise_phone(value) == national
    assert phone_problem(value) is None


@pytest.mark.parametrize(
    "value", ["0123456789", "091234567", "09123456789", "0212345678", "1900 1234", "09123456ab", ""]
)
def test_a_number_that_is_neither_mobile_nor_landline_is_refused(value):
    assert phone_problem(value).interpolate().startswith("Enter a mobile number of 10 digits")


def test_the_phone_validator_raises_on_its_node():
    node = colander.SchemaNode(colander.String(), name="phone")
    phone_validator(node, "0912 345 678")
    with pytest.raises(colander.Invalid):
        phone_validator(node, "091234567")


def test_email_addresses():
    assert email_problem("nguyen.van.a@haiphong.gov.vn") is None
    assert email_problem("nguyen van a@gmail") is not None
    assert email_problem("a@") is not None


# The sender as a whole


class SenderSchema(colander.MappingSchema):
    sender_type = colander.SchemaNode(colander.String())
    full_name = colander.SchemaNode(colander.String(), missing="")
    citizen_id = colander.SchemaNode(colander.String(), missing="")
    address = colander.SchemaNode(colander.String(), missing="")
    phone = colander.SchemaNode(colander.String(), missing="")
    email = colander.SchemaNode(colander.String(), missing="")


def individual(**changes):
    sender = {
        "sender_type": "individual",
        "full_name": "Nguyễn Văn An",
        "citizen_id": "031085001234",
        "address": "15 Lạch Tray, Ngô Quyền, Hải Phòng",
        "phone": "0912 345 678",
        "email": "",
    }
    return {**sender, **changes}


def organisation(**changes):
    sender = {
        "sender_type": "organisation",
        "full_name": "Công ty TNHH Cảng Xanh",
        "citizen_id": "",
        "address": "8A Trần Phú, Ngô Quyền, Hải Phòng",
        "phone": "",
        "email": "lienhe@cangxanh.vn",
    }
    return {**sender, **changes}


def errors_of(cstruct):
    """The messages a deform form would show next to each field, or {} when the sender is accepted."""
    schema = SenderSchema(validator=sender_validator)
    try:
        schema.deserialize(cstruct)
    except colander.Invalid as exc:
        return {field.split(".")[-1]: message for field, message in exc.asdict().items() if message}
    return {}


def test_an_individual_with_every_detail_is_accepted():
    assert errors_of(individual()) == {}
    assert errors_of(individual(phone="", email="an@gmail.com")) == {}


def test_an_individual_must_give_the_citizen_id():
    assert errors_of(individual(citizen_id="")) == {
        "citizen_id": "A question from an individual needs the citizen ID number."
    }


def test_an_individual_citizen_id_must_be_well_formed():
    assert errors_of(individual(citizen_id="097085001234")) == {
        "citizen_id": "The first three digits of the citizen ID number (097) are not the code of a province."
    }


def test_a_sender_with_neither_phone_nor_email_cannot_be_answered():
    message = "Give a phone number or an email address, so that the answer can reach you."
    assert errors_of(individual(phone="", email="  ")) == {"phone": message, "email": message}


def test_every_missing_detail_is_shown_next_to_its_field():
    errors = errors_of(individual(full_name="", citizen_id="", address=""))
    assert errors == {
        "full_name": "Enter the full name.",
        "citizen_id": "A question from an individual needs the citizen ID number.",
        "address": "Enter the address.",
    }


def test_a_wrong_phone_or_email_is_shown_next_to_its_field():
    errors = errors_of(individual(phone="091234567", email="an at gmail"))
    assert set(errors) == {"phone", "email"}


def test_an_organisation_needs_no_citizen_id():
    assert errors_of(organisation()) == {}
    assert errors_of(organisation(citizen_id="not a number")) == {}  # ignored


def test_an_organisation_must_give_its_address():
    assert errors_of(organisation(address="")) == {"address": "Enter the address."}


def test_the_sender_must_say_whether_an_individual_or_an_organisation():
    assert set(errors_of(individual(sender_type="company"))) == {"sender_type"}


def test_the_problems_are_also_available_without_a_form():
    assert sender_problems(organisation(full_name="", phone="0225 3842 658")) == {"full_name": "Enter the full name."}
