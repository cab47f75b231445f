"""What deform's templates leave out for people using assistive technology (WCAG 1.3.1, 3.3.1, 4.1.2).

A wrapper round deform's template renderer gives every input of a field in error
``aria-invalid`` and ``aria-describedby`` (its error message and its help text), never
prints ``autofocus="False"``, and gives the form's error summary the list of the fields in
error, each linked to its control. deform's own templates read these values from the names
they already look up first (``attributes``, ``autofocus``), so no widget template is copied.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Widget templates whose controls take ``attributes`` (deform's names, and the read-only ones).
INPUT_TEMPLATES = frozenset(
    {
        "textinput",
        "textarea",
        "select",
        "password",
        "checkbox",
        "file_upload",
        "richtext",
        "dateinput",
        "timeinput",
        "radio_choice",
        "checkbox_choice",
        "autocomplete_input",
        "moneyinput",
        "checked_input",
        "checked_password",
    }
)
#: Widgets whose controls are several, shown in a fieldset with a legend instead of under one label.
GROUP_TEMPLATES = frozenset(
    {"radio_choice", "checkbox_choice", "datetimeinput", "sequence", "mapping", "checked_password", "dateparts"}
)
#: The id of the control an error link goes to, from the field's oid, per widget template.
FIRST_CONTROL = {"radio_choice": "{oid}-0", "checkbox_choice": "{oid}-0", "datetimeinput": "{oid}-date"}


@dataclass(frozen=True)
class FieldError:
    target: str  # the id of the control to go to
    title: str
    message: str


def described_by(field) -> str | None:
    """The ids of the error message and the help text under ``field``, for ``aria-describedby``."""
    ids = []
    if field.error is not None:
        ids.append(f"error-{field.oid}")
    if field.description:
        ids.append(f"help-{field.oid}")
    return " ".join(ids) or None


def aria_attributes(field) -> dict:
    """``attributes`` for the controls of ``field``: the widget's own plus the ARIA state."""
    attributes = dict(getattr(field.widget, "attributes", None) or {})
    if field.error is not None:
        attributes["aria-invalid"] = "true"
    ids = described_by(field)
    if ids:
        attributes["aria-describedby"] = " ".join(filter(None, (attributes.get("aria-describedby"), ids)))
    return attributes


def field_errors(form, translate=str) -> list[FieldError]:
    """Every field in error under ``form``, in the order of the form, with the message to show."""
    found = []
    for field in form.children:
        if field.error is None or getattr(field.widget, "hidden", False):
            continue
        inner = [child for child in field.children if child.error is not None]
        if inner and field.widget.template == "mapping":
            found.extend(field_errors(field, translate))
            continue
        template = field.widget.template
        target = FIRST_CONTROL.get(template, "{oid}").format(oid=field.oid)
        message = " ".join(translate(m) for m in field.error.messages())
        found.append(FieldError(target, translate(field.title), message))
    return found


class AccessibleRenderer:
    """deform's renderer, passing each widget template the values above."""

    def __init__(self, renderer, translate):
        self.renderer = renderer
        self.translate = translate

    def __call__(self, template, **kw):
        field = kw.get("field")
        name = template.rsplit("/", 1)[-1].removesuffix(".pt")
        if field is not None:
            if name in INPUT_TEMPLATES and "attributes" not in kw:
                kw["attributes"] = aria_attributes(field)
            if not kw.get("autofocus", getattr(field, "autofocus", None)):
                kw["autofocus"] = None  # never autofocus="False"
            if name == "form":
                errors = field_errors(field, self.translate) if field.error is not None else []
                kw.setdefault("field_errors", errors)
            if name == "mapping_item":
                kw.setdefault("grouped", field.widget.template in GROUP_TEMPLATES)
        return self.renderer(template, **kw)
