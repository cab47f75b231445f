"""Inspection notes of one item, and the inspection dashboard of a portal (Art. 18.2)."""

from __future__ import annotations

import colander
import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config
from repoze.catalog.query import And, Any, Eq, Ge

from hpportal.core import audit
from hpportal.core.audit import record
from hpportal.core.catalog.catalog import ALLOWED, PORTAL, resolve
from hpportal.core.content import Content
from hpportal.core.forms import FormPage, form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.portal import Portal, PortalBase, find_portal, find_site
from hpportal.core.security import INSPECT, VIEW_INSPECTIONS
from hpportal.core.views.paging import Pager
from hpportal.inspection.models import INSPECTED, MAX_LENGTH, add_note, notes_of

PAGE_SIZE = 30


class NoteSchema(colander.MappingSchema):
    text = colander.SchemaNode(
        colander.String(),
        title=_("Inspection note"),
        validator=colander.Length(1, MAX_LENGTH),
        widget=deform.widget.TextAreaWidget(rows=6),
    )


def _note_form(request, context):
    form = make_form(
        request,
        NoteSchema(),
        action=request.resource_url(context, "inspection"),
        buttons=(deform.Button("save", _("Add note"), css_class="btn-primary"),),
    )
    form.formid = "inspection-form"
    return form


@view_config(
    context=Content,
    name="inspection",
    permission=VIEW_INSPECTIONS,
    renderer="hpportal:inspection/templates/inspection.pt",
)
def inspection(context, request):
    may_inspect = bool(request.has_permission(INSPECT, context))
    notes = list(reversed(notes_of(context)))
    if not may_inspect:
        if request.method == "POST":
            raise HTTPForbidden()
        return {"notes": notes, "form": None, "resources": {"js": [], "css": []}}
    form = _note_form(request, context)

    def submit(data):
        text = data["text"].strip()
        add_note(context, request.identity, text)
        record(request, audit.INSPECTION_NOTE, resource_path(context), text[:200])
        request.session.flash(request.localizer.translate(_("The inspection note was added.")))
        return HTTPSeeOther(request.resource_url(context, "inspection"))

    return FormPage(request, form, notes=notes, resources=form_resources(request, form))(submit)


@view_config(
    context=PortalBase,
    name="inspections",
    permission=VIEW_INSPECTIONS,
    renderer="hpportal:inspection/templates/inspections.pt",
)
def inspections(context, request):
    """Items with notes, latest note first: of every portal on the city portal, else of this portal."""
    site = find_site(context)
    terms = [Ge(INSPECTED, 0), Any(ALLOWED, request.allowed_tokens)]
    if not isinstance(context, Portal):
        terms.append(Eq(PORTAL, resource_path(context)))
    offset = (Pager.requested_page(request) - 1) * PAGE_SIZE
    total, docids = site.catalog.query(And(*terms), sort_index=INSPECTED, reverse=True, limit=offset + PAGE_SIZE)
    total = getattr(total, "total", int(total))
    pager = Pager(request, total, PAGE_SIZE)
    rows = []
    # The last page if asked beyond it.
    for item in resolve(site.catalog, site, list(docids)[pager.offset : pager.offset + PAGE_SIZE]):
        notes = notes_of(item)
        rows.append({"item": item, "portal": find_portal(item), "count": len(notes), "last": notes[-1]})
    return {"rows": rows, "pager": pager, "total": total}
