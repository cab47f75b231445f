"""Filling a document's add/edit form as its user would (deform names its date and file inputs alike)."""

from __future__ import annotations

from webtest import Upload

DATES = ("issued", "in_force", "expiry")
UPLOADS = ("signed_file", "attachment")


def fill(web_form, **values):
    form = web_form
    for name in DATES:
        if name in values:
            form.set("date", values.pop(name), index=DATES.index(name))
    for name in UPLOADS:
        if name in values:
            filename, content = values.pop(name)
            form.set("upload", Upload(filename, content), index=UPLOADS.index(name))
    if "fields" in values:
        chosen = values.pop("fields")
        for box in form.fields["checkbox"]:
            box.checked = box._value in chosen
    for name, value in values.items():
        form[name] = value
    return form


def add_document(browser, section_url: str, status=303, **values):
    page = browser.get(section_url + "add?type=LegalDocument")
    return fill(page.forms["add-form"], **values).submit("save", status=status)


def edit_document(browser, url: str, status=303, **values):
    page = browser.get(url + "edit")
    return fill(page.forms["edit-form"], **values).submit("save", status=status)


def numbers_listed(page) -> list[str]:
    return [a.get_text() for a in page.html.select("table.documents-list tbody tr td:first-child a")]
