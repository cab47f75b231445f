"""The demo's procedures catalogue: some 200 administrative procedures across fields, in the city's section,
in the sections of the departments that carry them out, and the commune-level ones in each commune's, ward's and
the special zone's; the legal basis of some links the demo's documents, the most used have their forms."""

from __future__ import annotations

from hpportal.core.portal import SubPortal
from hpportal.demo import data_procedures as data
from hpportal.demo.pdf import text_pdf
from hpportal.services import SECTION_NAME, ensure_section
from hpportal.services.records import ProcedureRecord, save

COMMUNE_KINDS = ("ward", "commune", "special_zone")
KNOWN_AT_COMMUNE = {"1.001193", "1.000894", "2.000815"}
ONLINE_DECREE = "42/2022/NĐ-CP"
#: legaldocs' fields that are the same as the procedures' (for the decisions publishing procedures).
SAME_FIELDS = ("xay-dung", "dat-dai", "giao-thong", "dau-tu", "lao-dong", "y-te", "giao-duc", "van-hoa",
               "moi-truong", "nong-nghiep", "tu-phap")  # fmt: skip


def _catalogue() -> list[tuple]:
    """``(code, name, field, level, online, time, fee, result, featured)`` of every procedure, codes unique."""
    rows = [(code, name, field, "xa" if code in KNOWN_AT_COMMUNE else "thanh-pho", online, time, fee, result, order)
            for code, name, field, online, time, fee, result, order in data.KNOWN]  # fmt: skip
    taken = {row[0] for row in rows}
    counter = 0
    for position, (field, procedures) in enumerate(data.BY_FIELD.items()):
        for name, level, online, time, fee, result in procedures:
            code = ""
            while not code or code in taken:
                counter += 1
                code = f"{2 if counter % 4 == 0 else 1}.{(2100 + position * 613 + counter * 47) % 1_000_000:06d}"
            taken.add(code)
            rows.append((code, name, field, level, online, time, fee, result, 0))
    return rows


def _decisions(site) -> dict[tuple[str, str], object]:
    """(portal path, field) -> a decision publishing the procedures of that field, from the demo's documents."""
    found = {}
    for portal in [site, *[p for p in site.values() if isinstance(p, SubPortal)]]:
        for doc in portal["van-ban"].values() if "van-ban" in portal else ():
            if getattr(doc, "description", "").startswith("Về việc công bố danh mục thủ tục hành chính"):
                for field in doc.fields:
                    found.setdefault(("/" if portal is site else "/" + portal.__name__, field), doc)
    return found


def _record(row, agency: str, with_form: bool) -> ProcedureRecord:
    code, name, field, level, online, time, fee, result, featured = row
    form = f"mau-don-{code.replace('.', '-')}.pdf" if with_form else ""
    documents = [
        {"name": f"Đơn (tờ khai) đề nghị {name[0].lower() + name[1:]}", "copies": "01 bản chính", "form": form},
        {"name": "Căn cước hoặc giấy tờ chứng minh nhân thân của người nộp hồ sơ", "copies": "01 bản sao"},
    ]
    if field in ("xay-dung", "dat-dai"):
        documents.append({"name": "Giấy tờ chứng minh quyền sử dụng đất", "copies": "01 bản sao có chứng thực"})
    channels = ("truc-tiep", "buu-chinh") if online == data.OFFLINE else ("truc-tuyen", "truc-tiep", "buu-chinh")
    basis = [data.LAWS[field]]
    if online != data.OFFLINE:
        basis.append(f"Nghị định số {ONLINE_DECREE} của Chính phủ về cung cấp dịch vụ công trực tuyến")
    return ProcedureRecord(
        code=code,
        title=name,
        field=field,
        agency=agency,
        level=level,
        online=online,
        processing_time=time,
        fees=fee,
        result=result,
        documents=tuple(documents),
        steps=(
            "Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định và nộp trực tuyến trên Cổng Dịch vụ công, trực tiếp "
            "tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính",
            "Bộ phận Một cửa tiếp nhận, kiểm tra hồ sơ; hướng dẫn bổ sung một lần nếu hồ sơ chưa đầy đủ",
            f"{agency} thẩm định, giải quyết hồ sơ",
            "Trả kết quả tại Bộ phận Một cửa, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công",
        ),
        channels=channels,
        applicants="Công dân Việt Nam" if field == "ho-tich" else "Tổ chức, cá nhân",
        conditions="Không" if featured == 0 else "Hồ sơ đầy đủ, hợp lệ theo quy định",
        legal_basis=tuple(basis),
        featured=featured,
        forms=[
            (
                form,
                text_pdf(
                    f"MAU DON - {code}",
                    ["Kinh gui: " + agency, "", "Ho va ten: ..........", "Noi dung de nghi: .........."],
                ),
            )
        ]
        if form
        else [],  # fmt: skip
    )


def build_procedures(site, registry) -> int:
    """Fill every portal's Dịch vụ công trực tuyến; the number of procedures made."""
    ensure_section(site, registry)
    portals = {p.title: p for p in site.values() if isinstance(p, SubPortal)}
    communes = [p for p in portals.values() if getattr(p, "kind", "") in COMMUNE_KINDS]
    decisions = _decisions(site)
    central = {getattr(d, "number", ""): d for d in site["van-ban"].values()} if "van-ban" in site else {}
    made, seen = 0, {}
    for row in _catalogue():
        code, _name, field, level, *_rest, featured = row
        if level == "xa":
            places = [(p, p.title, featured if i == 0 else 0) for i, p in enumerate(communes)]
        else:
            agency = data.AGENCIES[field]
            places = [(portals.get(agency, site), agency, featured)]
        for portal, agency, order in places:
            if SECTION_NAME not in portal:
                continue
            record = _record((*row[:-1], order), agency, with_form=bool(featured))
            procedure, _created = save(portal[SECTION_NAME], record, registry, seen=seen.setdefault(portal.uid, set()))
            made += 1
            # One transaction: the catalog holds nothing of it yet, so the links are set from the objects.
            decree = central.get(ONLINE_DECREE)
            if decree is not None and len(record.legal_basis) > 1:
                procedure.legal_links[record.legal_basis[1]] = decree.uid
            path = "/" if portal is site else "/" + portal.__name__
            decision = decisions.get((path, field)) or decisions.get(("/", field))
            if decision is not None and field in SAME_FIELDS:
                line = (
                    f"{decision.form} số {decision.number} {decision.description[0].lower()}{decision.description[1:]}"
                )
                procedure.legal_basis = (*procedure.legal_basis, line)
                procedure.legal_links[line] = decision.uid
                procedure.decision = f"{decision.form} số {decision.number}"
    return made
