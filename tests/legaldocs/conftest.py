"""Fixtures of the documents database: the boards portal (``/so-a``, ``/so-b``) with a few documents.

``documents_app`` ─ the boards database plus :data:`DOCUMENTS` published in the city's and Sở A's sections.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from webtest import TestApp

from hpportal import testing
from hpportal.core.portal import ROOT_KEY
from hpportal.legaldocs.records import Record, create
from hpportal.legaldocs.relations import link

CITY = "Ủy ban nhân dân thành phố Hải Phòng"
PDF = testing.PDF

#: Documents of the city: Decision 204/2025 replaces 29/2020 and 40/2024 (its Article 2).
DOCUMENTS = (
    Record(
        number="29/2020/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Ban hành Quy chế tổ chức đối thoại trực tuyến trên Cổng Thông tin điện tử thành phố",
        issued=date(2020, 11, 11),
        fields=("thong-tin-truyen-thong",),
    ),
    Record(
        number="40/2024/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Ban hành Quy chế quản lý, vận hành và khai thác hệ thống Cổng Thông tin điện tử thành phố",
        issued=date(2024, 11, 1),
        fields=("thong-tin-truyen-thong",),
    ),
    Record(
        number="204/2025/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Ban hành Quy chế quản lý, vận hành, khai thác Hệ thống Cổng Thông tin điện tử thành phố Hải Phòng",
        issued=date(2025, 11, 6),
        in_force=date(2025, 11, 20),
        fields=("thong-tin-truyen-thong", "hanh-chinh"),
        signer="Lê Ngọc Châu",
        signer_position="Chủ tịch",
        body="<p>Quy chế về thiết lập, quản lý, vận hành, cung cấp thông tin và khai thác Hệ thống Cổng.</p>",
        recipients="Như Điều 3;\nCổng Thông tin điện tử thành phố;\nLưu: VT.",
        files=[("signed", "204-2025-QD-UBND.pdf", PDF)],
    ),
    Record(
        number="204/2024/QĐ-UBND",
        form="Quyết định",
        issuer=CITY,
        description="Về việc phê duyệt kế hoạch phát triển giao thông nông thôn",
        issued=date(2024, 6, 3),
        fields=("giao-thong",),
    ),
    Record(
        number="12/KH-UBND",
        form="Kế hoạch",
        issuer=CITY,
        description="Kế hoạch chuyển đổi số năm 2026 của thành phố",
        issued=date(2026, 1, 15),
        fields=("khoa-hoc",),
    ),
)


def add_city_documents(root, registry):
    site = root[ROOT_KEY]
    made = {record.number: create(site["van-ban"], record, registry) for record in DOCUMENTS}
    for old in ("29/2020/QĐ-UBND", "40/2024/QĐ-UBND"):
        link(made["204/2025/QĐ-UBND"], "replaces", made[old])
    create(
        site["so-a"]["van-ban"],
        Record(
            number="5/2026/QĐ-UBND",
            form="Quyết định",
            issuer="Sở A",
            description="Quy định về thủ tục cấp phép của Sở A",
            issued=date(2026, 3, 2),
            fields=("xay-dung",),
        ),
        registry,
    )


@pytest.fixture
def documents_app(tmp_path, boards_database):
    directory = tmp_path / "var"
    shutil.copytree(boards_database, directory, ignore=shutil.ignore_patterns("*.lock", "*.tmp"))
    app = testing.make_app(testing.settings_for(directory))
    testing.populate(app, add_city_documents)
    yield app
    testing.database(app).close()


@pytest.fixture
def citizen(documents_app):
    return TestApp(documents_app)


@pytest.fixture
def person(documents_app):
    def make(login: str) -> TestApp:
        browser = TestApp(documents_app)
        if login == testing.ADMIN_LOGIN:
            testing.login(browser)
        else:
            testing.login(browser, login, testing.BOARD_PASSWORD)
        return browser

    return make
