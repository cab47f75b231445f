"""Language versions on the web: a portal's languages, "Translate into…", the list of an item's translations."""

from __future__ import annotations

from pyramid.httpexceptions import HTTPBadRequest, HTTPForbidden, HTTPNotFound, HTTPSeeOther
from pyramid.view import view_config

from hpportal.core.content import Content
from hpportal.core.i18n import DEFAULT_LOCALE, LOCALES, _
from hpportal.core.languages import (
    FOREIGN,
    NATIVE_NAMES,
    NoLanguageRoot,
    add_language_root,
    home_in,
    language_of,
    link,
    place_for_translation,
    translations,
)
from hpportal.core.portal import PortalBase, find_portal, find_site
from hpportal.core.security import ADD, EDIT, MANAGE_PORTAL
from hpportal.core.versions import keep_version, versioned_fields

MAX_TITLE = 200


@view_config(
    context=PortalBase, name="languages", permission=MANAGE_PORTAL, renderer="hpportal:core/templates/languages.pt"
)
def languages_view(context, request):
    """Ngôn ngữ: which language versions this portal has; enabling one makes its root (``/so-x/en``)."""
    errors = {}
    if request.method == "POST":
        code = request.POST.get("language", "")
        if code not in FOREIGN:
            raise HTTPBadRequest()
        title = request.POST.get("title", "").strip()[:MAX_TITLE]
        if home_in(context, code) is not None:
            request.session.flash(request.localizer.translate(_("That language version exists already.")))
            return HTTPSeeOther(request.resource_url(context, "languages"))
        if not title:
            errors[code] = _("Please give the portal's name in that language.")
        elif code in context:
            errors[code] = _("Something else is already named “${name}” here: rename it first.", mapping={"name": code})
        else:
            root = add_language_root(context, code, title, registry=request.registry)
            request.session.flash(
                request.localizer.translate(
                    _("The ${language} version was created.", mapping={"language": NATIVE_NAMES[code]})
                )
            )
            return HTTPSeeOther(request.resource_url(root))
    rows = [
        {"code": code, "name": NATIVE_NAMES[code], "root": home_in(context, code), "error": errors.get(code)}
        for code in FOREIGN
    ]
    return {"rows": rows, "typed": request.POST if request.method == "POST" else {}}


@view_config(context=Content, name="translate", permission=EDIT, renderer="hpportal:core/templates/translate.pt")
def translate_view(context, request):
    """Dịch sang…: make the translation of this item in the matching place of another language's root."""
    if getattr(context, "is_portal", False) or getattr(context, "is_language_root", False):
        raise HTTPNotFound()  # a portal's language versions are made on its Languages page
    site = find_site(context)
    existing = translations(site, context, request.allowed_tokens)
    portal = find_portal(context)
    here = language_of(context)
    if request.method == "POST":
        code = request.POST.get("language", "")
        if code not in LOCALES or code == here:
            raise HTTPBadRequest()
        if code in existing:
            return HTTPSeeOther(request.resource_url(existing[code]))
        home = home_in(portal, code)
        if home is None or not request.has_permission(ADD, home):
            raise HTTPForbidden()
        try:
            parent = place_for_translation(
                site, context, code, registry=request.registry, user_id=request.authenticated_userid
            )
        except NoLanguageRoot:
            raise HTTPForbidden() from None
        info = context.type_info
        names = versioned_fields(info.schema()) if info.schema is not None else ["title", "description"]
        # The new item starts with the original's text, to be translated in its edit form.
        copy = request.registry.content_types.create(info.name)
        for name in names:
            if name not in ("effective", "expires") and hasattr(context, name):
                setattr(copy, name, getattr(context, name))
        copy.creator = request.authenticated_userid
        link(context, copy, registry=request.registry)
        name = parent.unique_name(context.title, fallback=context.__name__, registry=request.registry)
        parent.add(name, copy, registry=request.registry)
        if info.workflow is not None:
            keep_version(copy, names, user=request.identity)
        request.session.flash(
            request.localizer.translate(
                _(
                    "The ${language} version was made from the original: translate it here, then send it for approval.",
                    mapping={"language": NATIVE_NAMES[code]},
                )
            )
        )
        return HTTPSeeOther(request.resource_url(copy, "edit"))
    choices = [
        {
            "code": code,
            "name": NATIVE_NAMES[code],
            "item": existing.get(code),
            "enabled": code == DEFAULT_LOCALE or home_in(portal, code) is not None,
        }
        for code in LOCALES
        if code != here
    ]
    return {"choices": choices}
