"""A file that follows its document's state gets fresh ``allowed`` catalog values when the document
changes state (issue 13, point 4): the public finds it once the document is published, not after."""

from __future__ import annotations

import io

import transaction
from repoze.catalog.query import Any

from hpportal import testing
from hpportal.core.catalog.catalog import ALLOWED
from hpportal.core.media import File
from hpportal.core.portal import ROOT_KEY
from hpportal.core.workflow import force_state
from hpportal.legaldocs.models import ATTACHMENT, LegalDocument, LegalDocumentsSection, attach_file
from hpportal.qa.models import Question
from hpportal.testing import ANONYMOUS_TOKENS

URL = "/van-ban/quyet-dinh-7/"


def _document_with_file(root, registry):
    site = root[ROOT_KEY]
    if "van-ban" not in site:
        site.add("van-ban", LegalDocumentsSection(title="Văn bản"), registry=registry)
    document = LegalDocument(title="Quyết định 7/2026/QĐ-UBND", number="7/2026/QĐ-UBND")
    attach_file(document, ATTACHMENT, io.BytesIO(testing.PDF), "phu-luc.pdf")
    site["van-ban"].add("quyet-dinh-7", document, registry=registry)


def _public_paths(app, under: str = URL) -> set[str]:
    """Paths under the document whose catalog entry anonymous visitors are allowed to see."""
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    try:
        catalog = conn.root()[ROOT_KEY].catalog
        _, docids = catalog.query(Any(ALLOWED, list(ANONYMOUS_TOKENS)))
        return {p for p in map(catalog.path_for, docids) if p.startswith(under.rstrip("/"))}
    finally:
        conn.close()


def test_a_documents_file_follows_its_state_in_the_catalog(app, admin_app):
    testing.populate(app, _document_with_file)
    file_path = URL + "phu-luc"
    assert _public_paths(app) == set()  # a draft: neither the document nor its file

    testing.publish_through_web(admin_app, URL)
    assert _public_paths(app) == {URL.rstrip("/"), file_path}

    testing.take_step(admin_app, URL, "retract", comment="Sai số hiệu")
    assert _public_paths(app) == set()


QUESTIONS = "/hoi-dap"


def _published_question(root, registry):
    site = root[ROOT_KEY]
    section = site["hoi-dap"]
    question = Question(title="Thủ tục cấp phép xây dựng", text="Cần giấy tờ gì?", full_name="Nguyễn Văn An")
    section.add("cau-hoi-1", question, registry=registry)
    drawing = File(title="Bản vẽ")
    drawing.upload(io.BytesIO(testing.PDF), "ban-ve.pdf")
    name = question.attach(drawing, registry=registry)
    drawing.private = False  # the board made it public when it published the question
    force_state(question, "published", registry=registry)
    return name


def test_a_questions_public_attachment_follows_its_state_in_the_catalog(app, admin_app):
    """Published without a form (the demo, an upgrade) and taken off the portal with a plain step."""
    tm = transaction.TransactionManager()
    conn = testing.database(app).open(transaction_manager=tm)
    with tm:
        name = _published_question(conn.root(), app.registry)
    conn.close()
    url = QUESTIONS + "/cau-hoi-1"
    assert _public_paths(app, url) == {url, f"{url}/{name}"}

    done = testing.take_step(admin_app, url + "/", "unpublish", comment="Người hỏi xin rút").follow()
    assert not done.html.select(".flash-error")
    assert _public_paths(app, url) == set()

    def republish(root, registry):  # an upgrade or a change of procedure puts it back, without a step
        force_state(root[ROOT_KEY]["hoi-dap"]["cau-hoi-1"], "published", registry=registry)

    testing.populate(app, republish)
    assert _public_paths(app, url) == {url, f"{url}/{name}"}
