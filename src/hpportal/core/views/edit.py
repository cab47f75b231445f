"""Generic add, edit and delete views driven by the content-type declarations."""

from __future__ import annotations

from datetime import UTC, datetime

import colander
import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPNotFound, HTTPSeeOther
from pyramid.traversal import resource_path
from pyramid.view import view_config

from hpportal.core import audit, versions
from hpportal.core.audit import record
from hpportal.core.content import Content, UnknownContentType
from hpportal.core.events import ObjectModified
from hpportal.core.folder import Folder
from hpportal.core.forms import FormPage, UploadWidget, form_resources, make_form
from hpportal.core.i18n import _
from hpportal.core.media import UploadRefused
from hpportal.core.security import DELETE, EDIT, may_delete
from hpportal.core.timezone import LOCAL_TZ
from hpportal.core.versions import keep_version, versioned_fields


def upload_fields(schema) -> list[str]:
    """Names of the schema's file fields: they go to blobs, not to attributes."""
    return [node.name for node in schema.children if isinstance(node.typ, deform.FileData)]


def use_tmpstore(schema) -> None:
    for node in schema.children:
        if isinstance(node.typ, deform.FileData):
            node.widget = UploadWidget()


def apply_appstruct(obj, appstruct: dict, schema, *, only=None, registry=None) -> None:
    """Copy validated form data onto ``obj``; uploads go to the object's blobs.

    ``only`` limits the copy to those field names (an add form's extra questions are not attributes).
    Uploads are checked first, so a refused file (:class:`UploadRefused`) leaves ``obj`` untouched.
    """
    if only is not None:
        appstruct = {key: value for key, value in appstruct.items() if key in only}
    uploads = upload_fields(schema)
    for key in uploads:
        value = appstruct.get(key)
        if value:
            try:
                obj.receive_upload(key, value["fp"], value.get("filename", ""), registry=registry)
            except UploadRefused as refused:
                refused.field = key
                raise
    for key, value in appstruct.items():
        if key == "csrf_token" or key in uploads:
            continue
        if key == "subjects" and isinstance(value, str):
            value = tuple(s.strip() for s in value.split(",") if s.strip())
        if isinstance(value, datetime) and value.tzinfo is not None:
            # Stored in UTC: a ZoneInfo tzinfo cannot be pickled into the database.
            value = value.astimezone(UTC)
        setattr(obj, key, value)


def object_appstruct(obj, schema) -> dict:
    """The form's starting values from ``obj``'s attributes."""
    appstruct = {}
    uploads = upload_fields(schema)
    for node in schema.children:
        if node.name in uploads or not hasattr(obj, node.name):
            continue
        value = getattr(obj, node.name)
        if node.name == "subjects":
            value = ", ".join(value)
        if isinstance(value, datetime) and value.tzinfo is not None:
            # deform's date-time widget shows the wall-clock time and drops the offset, and the schema reads what
            # comes back as Vietnam time: hand it Vietnam time, or every save moves the date by 7 hours.
            value = value.astimezone(LOCAL_TZ)
        appstruct[node.name] = colander.null if value is None else value
    return appstruct


def _schema_for(info, request):
    if info.schema is None:
        raise HTTPNotFound()
    return info.schema()


@view_config(context=Folder, name="add", renderer="hpportal:core/templates/form.pt")
def add_view(context, request):
    registry = request.registry.content_types
    try:
        info = registry[request.params.get("type", "")]
    except UnknownContentType:
        raise HTTPNotFound() from None
    if not registry.may_contain(context, info.name):
        raise HTTPNotFound()
    if not request.has_permission(info.add_permission, context):
        raise HTTPForbidden()
    schema = info.add_schema() if info.add_schema is not None else _schema_for(info, request)
    attributes = {node.name for node in _schema_for(info, request).children}
    form = make_form(request, schema, action=request.resource_url(context, "add", query={"type": info.name}))
    form.formid = "add-form"
    use_tmpstore(form.schema)
    title = _("Add ${type}", mapping={"type": request.localizer.translate(info.title)})
    page = FormPage(request, form, title=title, resources=form_resources(request, form))

    def submit(appstruct):
        if "upload" in upload_fields(form.schema) and not appstruct["upload"]:
            return page.errors({"upload": _("Please choose a file.")})
        obj = registry.create(info.name)
        obj.creator = request.authenticated_userid
        try:
            apply_appstruct(obj, appstruct, form.schema, only=attributes, registry=request.registry)
        except UploadRefused as refused:
            return page.errors({refused.field: refused.message})
        name = context.unique_name(obj.title, fallback=info.name.lower(), registry=request.registry)
        context.add(name, obj, registry=request.registry)  # the workflow gives it its first state
        if info.workflow is not None:
            keep_version(obj, versioned_fields(_schema_for(info, request)), user=request.identity)
        if info.after_add is not None:
            info.after_add(obj, appstruct, request)
        request.session.flash(request.localizer.translate(_("“${title}” was added.", mapping={"title": obj.title})))
        return HTTPSeeOther(request.resource_url(obj))

    return page(submit)


def base_version_node():
    """The version the form was opened on: saving over a newer one is a conflict, not a silent overwrite."""
    return colander.SchemaNode(colander.Integer(), name="base_version", missing=0, widget=deform.widget.HiddenWidget())


@view_config(context=Content, name="edit", permission=EDIT, renderer="hpportal:core/templates/edit.pt")
def edit_view(context, request):
    schema = _schema_for(context.type_info, request)
    versioned = context.type_info.workflow is not None
    names = versioned_fields(schema)
    if versioned:
        schema.add(base_version_node())
    form = make_form(request, schema, action=request.resource_url(context, "edit"))
    form.formid = "edit-form"
    use_tmpstore(form.schema)
    title = _("Edit “${title}”", mapping={"title": context.title})
    stored = colander.null  # what the form shows on GET
    if request.method != "POST":
        stored = object_appstruct(context, form.schema)
        if versioned:
            stored["base_version"] = versions.latest_number(context)
    page = FormPage(
        request, form, appstruct=stored, title=title, resources=form_resources(request, form), conflict=None
    )

    def submit(appstruct):
        latest = versions.history(context).latest() if versioned and versions.history(context) else None
        if latest is not None and appstruct.get("base_version", 0) < latest.number:
            # Someone saved since this form was opened: show both, keep what was typed, save nothing.
            mine = {name: appstruct.get(name) for name in names}
            theirs = latest.fields
            if "subjects" in mine and isinstance(mine["subjects"], str):
                mine["subjects"] = tuple(s.strip() for s in mine["subjects"].split(",") if s.strip())
            conflict = {
                "who": latest.who or "—",
                "when": latest.when,
                "changes": versions.compare(theirs, mine, names),
                "titles": {node.name: node.title for node in schema.children},
                "theirs": {name: versions.as_text(theirs.get(name)) for name in names},
            }
            retry = {**{k: v for k, v in appstruct.items() if k not in upload_fields(form.schema)}}
            retry["base_version"] = latest.number
            return page.again(retry, conflict=conflict)
        if versioned:
            versions.keep_original(context, names, request.root.principals)
        try:
            only = set(names) | set(upload_fields(form.schema))
            apply_appstruct(context, appstruct, form.schema, only=only, registry=request.registry)
        except UploadRefused as refused:
            return page.errors({refused.field: refused.message})
        context.touch()
        if versioned:
            keep_version(context, names, user=request.identity)
        request.registry.notify(ObjectModified(context))
        request.session.flash(request.localizer.translate(_("Changes saved.")))
        return HTTPSeeOther(request.resource_url(context))

    return page(submit)


@view_config(context=Content, name="delete", permission=DELETE, renderer="hpportal:core/templates/delete.pt")
def delete_view(context, request):
    parent = context.__parent__
    if not may_delete(request, context):
        raise HTTPForbidden()
    if request.method == "POST":
        if "cancel" in request.POST:
            return HTTPSeeOther(request.resource_url(context))
        title = context.title
        record(request, audit.DELETED, resource_path(context), title)
        parent.remove(context.__name__, registry=request.registry)
        request.session.flash(request.localizer.translate(_("“${title}” was deleted.", mapping={"title": title})))
        return HTTPSeeOther(request.resource_url(parent))
    return {"items": [context], "count_children": len(context) if hasattr(context, "_data") else 0}
