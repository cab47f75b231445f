"""Dịch vụ công trực tuyến: the procedures section of each portal, administrative procedures, their forms.

A procedure is what the national database of procedures records of it (Decree 63/2010 Art. 8(2)): its
code, name, field, implementing agency and level, online level, processing time, fees, the documents to
submit (with the forms as files, its children), the steps, how to submit, who may apply, the result,
the conditions and the legal basis. Filing happens on the public service portal, never here.
"""

from __future__ import annotations

from persistent.mapping import PersistentMapping
from zope.interface import implementer

from hpportal.core.content import FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.media import FILE_TYPES, File
from hpportal.core.security import ADD, MANAGE_PORTAL
from hpportal.services.interfaces import IProcedure
from hpportal.services.schemas import procedure_schema, section_schema
from hpportal.services.vocabularies import CITY, OFFLINE

FORM_TYPES = {
    mimetype: FILE_TYPES[mimetype]
    for mimetype in (
        "application/pdf",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    )
    if mimetype in FILE_TYPES
}


@content_type(
    "ProceduresSection",
    title=_("Online public services"),
    add_permission=MANAGE_PORTAL,
    schema=section_schema,
    addable_to=("Portal", "SubPortal"),
    icon="ui-checks",
    listed=False,  # every portal gets one
)
class ProceduresSection(FolderContent):
    """Dịch vụ công trực tuyến of one portal; ``filing_url`` overrides the setting for this portal."""

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("in_navigation", True)
        attrs.setdefault("filing_url", "")
        super().__init__(title, description, **attrs)


@content_type(
    "ProcedureForm",
    title=_("Form"),
    add_permission=ADD,
    addable_to=("Procedure",),
    icon="file-earmark-text",
    listed=False,  # uploaded on the procedure's form
)
class ProcedureForm(File):
    """Mẫu đơn, tờ khai: a form to fill in (PDF, DOC, DOCX, ODT), kept in a blob."""

    allowed_types = FORM_TYPES


@content_type(
    "Procedure",
    title=_("Administrative procedure"),
    add_permission=ADD,
    schema=procedure_schema,
    addable_to=("ProceduresSection",),
    icon="ui-checks",
    workflow="editorial",
    searchable=True,  # the site search finds the procedure for a building permit
)
@implementer(IProcedure)
class Procedure(FolderContent):
    """One thủ tục hành chính; its title is its name (tên thủ tục)."""

    def __init__(self, title="", description="", **attrs):
        defaults = {
            "code": "",
            "portal_id": "",  # the national portal's own id of the procedure, when known
            "decision": "",  # the decision that published it (quyết định công bố)
            "field": "",
            "agency": "",
            "level": CITY,
            "online": OFFLINE,
            "processing_time": "",
            "fees": "",
            "documents": (),  # ({"name", "copies", "form"}, ...): thành phần hồ sơ
            "steps": (),  # trình tự thực hiện, one step a line
            "channels": (),  # cách thức thực hiện
            "applicants": "",
            "result": "",
            "conditions": "",
            "legal_basis": (),  # căn cứ pháp lý, one document a line
            "featured": 0,  # the board's order among the most used (1 first); 0: not featured
            "in_navigation": False,
        }
        for key, value in defaults.items():
            attrs.setdefault(key, value)
        super().__init__(title, description, **attrs)
        self.legal_links = PersistentMapping()  # a line of the legal basis -> the uid of its document

    def forms(self) -> list[ProcedureForm]:
        return [f for f in self.values() if isinstance(f, ProcedureForm)]

    def form_named(self, filename: str) -> ProcedureForm | None:
        return next((f for f in self.forms() if f.filename == filename), None)

    def receive_upload(self, field: str, fp, filename: str, registry=None) -> None:
        if field != "form_file":
            raise KeyError(field)
        attach_form(self, fp, filename, names_of=registry)

    def searchable_text(self) -> str:
        # Not the agency: "xây dựng" would find every procedure of Sở Xây dựng; the agency is a facet.
        return " ".join(filter(None, [self.title, self.description, self.code, self.result]))


def attach_form(procedure, fp, filename: str, registry=None, *, names_of=None) -> ProcedureForm:
    """Keep a form as a child of ``procedure`` (a file of the same name is replaced); raise ``UploadRefused``."""
    upload = ProcedureForm()
    upload.upload(fp, filename)
    old = procedure.form_named(upload.filename)
    if old is not None:
        procedure.remove(old.__name__, registry=registry, send_events=registry is not None)
    names_of = names_of if names_of is not None else registry  # never named like a view of the app
    name = procedure.unique_name(upload.filename.rsplit(".", 1)[0], fallback="mau", registry=names_of)
    procedure.add(name, upload, registry=registry, send_events=registry is not None)
    return upload


def includeme(config):
    for cls in (ProceduresSection, Procedure, ProcedureForm):
        config.add_content_type(cls)
