"""The Portal (Level I, the root of the tree) and SubPortals (Level II component portals)."""

from __future__ import annotations

import colander
import deform
from pyramid.traversal import resource_path

from hpportal.core import audit
from hpportal.core.audit import AuditLog
from hpportal.core.boards import create_board
from hpportal.core.content import FolderContent, content_type
from hpportal.core.i18n import _
from hpportal.core.location import find_portal as find_portal  # where the walk lives, for the portal's users
from hpportal.core.principals import Principals
from hpportal.core.security import MANAGE_PORTAL
from hpportal.core.starter import add_language_versions, add_starter_sections

ROOT_KEY = "hpportal"


class ContactSchema(colander.MappingSchema):
    address = colander.SchemaNode(colander.String(), title=_("Address"), missing="")
    phone = colander.SchemaNode(colander.String(), title=_("Telephone"), missing="")
    hotline = colander.SchemaNode(
        colander.String(), title=_("Hotline"), missing="", description=_("Shown at the top of every page.")
    )
    fax = colander.SchemaNode(colander.String(), title=_("Fax"), missing="")
    email = colander.SchemaNode(colander.String(), title=_("Email"), validator=colander.Email(), missing="")
    hours = colander.SchemaNode(colander.String(), title=_("Office hours"), missing="")


class PortalSchema(colander.MappingSchema):
    title = colander.SchemaNode(colander.String(), title=_("Title"), validator=colander.Length(1, 200))
    description = colander.SchemaNode(
        colander.String(), title=_("Description"), missing="", widget=deform.widget.TextAreaWidget(rows=3)
    )
    contact = ContactSchema(title=_("Contact"))


#: What a component portal is; the city's home groups their links by it.
KIND_TITLES = {
    "department": _("Department or agency"),
    "ward": _("Ward"),
    "commune": _("Commune"),
    "special_zone": _("Special zone"),
}
#: kind -> (group, the group's title on the city's home); "" is a portal of no stated kind.
PORTAL_KINDS = {
    "department": ("departments", _("Departments and agencies")),
    "ward": ("localities", _("Communes and wards")),
    "commune": ("localities", _("Communes and wards")),
    "special_zone": ("special_zones", _("Special zone")),
    "": ("other", _("Other component portals")),
}


def portal_schema():
    return PortalSchema()


def kind_node() -> colander.SchemaNode:
    return colander.SchemaNode(
        colander.String(),
        name="kind",
        title=_("Kind of portal"),
        missing="",
        validator=colander.OneOf(["", *KIND_TITLES]),
        widget=deform.widget.SelectWidget(values=[("", "—"), *KIND_TITLES.items()]),
    )


def subportal_schema():
    schema = PortalSchema()
    schema.insert(1, kind_node())
    return schema


def subportal_add_schema():
    schema = subportal_schema()
    schema.add(
        colander.SchemaNode(
            colander.Boolean(),
            name="board",
            title=_("Create its editorial board"),
            description=_(
                "Groups of Approvers, Editors, Collaborators, Site managers and Responders, with their roles on it."
            ),
            default=True,
            missing=False,
        )
    )
    return schema


def subportal_added(portal, appstruct: dict, request) -> None:
    """After a component portal is created through the web: its language versions, its starter sections,
    its board groups when asked (filled on its Groups page). It stays unlisted, seen only by its board,
    until its Site Manager opens it."""
    registry = request.registry
    portal.opened = False
    add_language_versions(portal, registry)
    add_starter_sections(portal, registry)
    audit.record(request, audit.PORTAL_ADDED, resource_path(portal), portal.title)
    if not appstruct.get("board"):
        return
    site = find_site(portal)
    for group in create_board(portal, site.principals, registry=registry).values():
        audit.record(request, audit.GROUP_ADDED, group.title, portal.title)


class PortalBase(FolderContent):
    """What the city portal and a component portal share: a title, a contact block, sections."""

    is_portal = True

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("contact", {})
        super().__init__(title, description, **attrs)


@content_type(
    "Portal",
    title=_("City portal"),
    add_permission=MANAGE_PORTAL,
    schema=portal_schema,
    icon="building",
    listed=False,
)
class Portal(PortalBase):
    """Cổng cấp I: the city portal, root of the tree. Holds the principals and the catalog."""

    def __init__(self, title="", description="", **attrs):
        super().__init__(title, description, **attrs)
        self.principals = Principals()
        self.audit = AuditLog()
        self.catalog = None  # set up by hpportal.core.catalog when the portal is created


@content_type(
    "SubPortal",
    title=_("Component portal"),
    add_permission=MANAGE_PORTAL,
    schema=subportal_schema,
    addable_to=("Portal",),
    icon="bank",
    add_schema=subportal_add_schema,
    after_add=subportal_added,
    searchable=True,
    landing=True,
)
class SubPortal(PortalBase):
    """Cổng cấp II: a component portal of a department, commune, ward or the special zone.

    It blocks the inheritance of local roles: the city's own board has no say here; its
    board is given local roles on it (global roles, such as the city Site Manager's, still hold).

    One created through the web is not open (``opened`` false): only its board and the global roles
    see it, it is not listed on the city portal nor offered as an agency, until its Site Manager
    opens it. Portals made before this existed are open (the class default).
    """

    opened = True

    def __init__(self, title="", description="", **attrs):
        attrs.setdefault("block_local_roles", True)
        super().__init__(title, description, **attrs)


def find_site(context) -> Portal:
    """The city portal: the root of the tree."""
    node = context
    while node.__parent__ is not None:
        node = node.__parent__
    return node


def includeme(config):
    config.add_content_type(Portal)
    config.add_content_type(SubPortal)
