"""Drafts for public comment in the tests: Sở A's draft open from 1 to 30 December 2026, a commenter's details,
the clock at a local moment, and the form a citizen fills in."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hpportal import testing
from hpportal.core import clock
from hpportal.core.portal import ROOT_KEY
from hpportal.core.timezone import LOCAL_TZ
from hpportal.legaldocs.drafts import DraftDocument

DRAFT_URL = "/so-a/van-ban/du-thao-quy-dinh-cay-xanh/"
SENDER = {
    "full_name": "Trần Thị Bích Ngọc",
    "citizen_id": "031190004567",
    "address": "Số 12 Điện Biên Phủ, phường Hồng Bàng",
    "phone": "0987654321",
    "email": "bich.ngoc.tran@example.vn",
}
COMMENT = "Đề nghị bổ sung quy định về trồng cây xanh trên vỉa hè dưới ba mét và trách nhiệm chăm sóc của hộ dân."


def add_draft(root, registry):
    """Sở A's draft, published, taking comments from 1 to 30 December 2026."""
    section = root[ROOT_KEY]["so-a"]["van-ban"]
    draft = DraftDocument(
        title="Dự thảo Quy định về quản lý cây xanh đô thị",
        description="Quy định việc trồng, chăm sóc, bảo vệ và chặt hạ cây xanh đô thị trên địa bàn.",
        agency="Sở A",
        opens=date(2026, 12, 1),
        closes=date(2026, 12, 30),
    )
    section.add("du-thao-quy-dinh-cay-xanh", draft, registry=registry)
    testing.publish(draft, registry)


def at(*when) -> None:
    """The portal's clock at that local moment (put the real clock back with ``clock.set_clock(None)``)."""
    moment = datetime(*when, tzinfo=LOCAL_TZ).astimezone(UTC)
    clock.set_clock(lambda: moment)


def comment(browser, status=None, **fields):
    """A citizen fills in the comment form of the draft's page and sends it."""
    form = browser.get(DRAFT_URL).forms["comment-form"]
    sender_type = fields.pop("sender_type", None)
    if sender_type is not None:  # deform's radio buttons are named by their position
        next(f for f in form.fields.values() if f[0].tag == "input" and f[0].attrs.get("type") == "radio")[
            0
        ].value = sender_type
    for key, value in {**SENDER, "text": COMMENT, "consent": True, **fields}.items():
        form[key] = value
    return form.submit("send", status=status)


FIELDS = ("id", "text", "state", "reason", "full_name", "citizen_id_token", "address", "phone", "email")


def stored_comments(app) -> list[dict]:
    """The draft's comments as stored (their attributes), oldest first."""

    def read(site):
        draft = site["so-a"]["van-ban"]["du-thao-quy-dinh-cay-xanh"]
        found = sorted(draft.comments.values(), key=lambda c: c.received)
        return [{name: getattr(c, name) for name in FIELDS} for c in found]

    return testing.read_site(app, read)
