"""Every user-facing string is marked for translation, so that ``pot-create`` extracts it and the
catalogues (``tests/i18n/test_catalogs.py``) must translate it into every interface language.

* Templates (``*.pt``): a text with letters must sit in an element (itself or an ancestor) carrying
  ``i18n:translate`` (an ``i18n:name`` element in between cuts it off); a literal ``title``, ``alt``,
  ``placeholder`` or ``aria-label`` (or ``value`` of a submit, reset or button ``<input>``) must be listed in
  the element's ``i18n:attributes``. ``${…}`` interpolations are dynamic (TranslationStrings or data) and are
  left out; so are ``<script>``, ``<style>``, computer text in ``<code>``, ``<kbd>``, ``<samp>``, elements
  whose content ``tal:replace``/``tal:content`` replaces, and elements carrying ``i18n:ignore`` (attributes
  set by ``tal:attributes`` or listed in ``i18n:ignore-attributes`` too). Texts made only of the words of
  ``ALLOWED_WORDS`` pass. Plain-text mail templates (``*.txt``) are not scanned.
* Python (a heuristic over the ``ast``): a string literal (or f-string) given to ``….flash()``, to an HTTP
  error (``HTTPForbidden``, ``HTTPBadRequest``, …), to ``colander.Invalid(node, …)``, or as ``title=`` /
  ``description=`` of ``colander.SchemaNode(…)`` must be wrapped in ``_()``.
"""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pyramid.httpexceptions

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "hpportal"

#: Words that are the same in every interface language: a text made only of these (besides ``${…}``,
#: digits and punctuation) needs no translation.
ALLOWED_WORDS: set[str] = {
    # The name of the feed format, written so in every language: the feed link's title "RSS — ${title}"
    # (layout.pt).
    "RSS",
    # Units of size, written so in every language: "(${mimetype}, ${size} KB)" (file.pt),
    # "${size} B" (ops/database.pt).
    "KB",
    "B",
}

#: Findings in files another engineer is editing right now (layout, macros, search): to be marked there,
#: then removed from here. Each entry is ``"<path relative to the repository>:<text or attribute>"`` (no
#: line number, so that edits elsewhere in the file do not break the entry).
PENDING: set[str] = set()

#: Python files whose strings are not shown in the interface.
PY_EXCLUDED_DIRS = ("demo", "scripts")  # demo content; command-line output for administrators (English)
PY_EXCLUDED_FILES = ("testing.py",)  # test fixtures

TRANSLATABLE_ATTRIBUTES = ("title", "alt", "placeholder", "aria-label")
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
RAW_TEXT_ELEMENTS = {"script", "style"}
#: Elements whose text is computer text (commands, file names), the same in every language.
CODE_ELEMENTS = {"code", "kbd", "samp"}
WORD = re.compile(r"[^\W\d_]+")

#: The HTTP exceptions whose detail the error page could show: the 4xx and 5xx ones (not redirections, whose
#: first argument is a URL).
HTTP_ERRORS = {
    name
    for name, cls in vars(pyramid.httpexceptions).items()
    if isinstance(cls, type) and issubclass(cls, pyramid.httpexceptions.HTTPError)
}


def templates() -> list[Path]:
    return sorted(
        [
            *SRC.glob("**/templates/*.pt"),
            *SRC.glob("ops/*.pt"),
            *SRC.glob("core/deform_templates/*.pt"),
        ]
    )


def without_interpolations(text: str) -> str:
    """The text without its ``${…}`` (whose expressions may hold braces and quoted braces)."""
    out, i = [], 0
    while (start := text.find("${", i)) != -1:
        out.append(text[i:start])
        depth, quote, j = 0, "", start + 1
        while j < len(text):
            ch = text[j]
            if quote:
                quote = "" if ch == quote else quote
            elif ch in "'\"":
                quote = ch
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        i = j + 1
    out.append(text[i:])
    return "".join(out)


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in without_interpolations(text))


def normalise(text: str) -> str:
    return " ".join(without_interpolations(text).split())


def allowed(text: str) -> bool:
    return set(WORD.findall(without_interpolations(text))) <= ALLOWED_WORDS


class _Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]):
        self.tag = tag
        self.translate = "i18n:translate" in attrs
        self.named = "i18n:name" in attrs
        self.ignore = (
            "i18n:ignore" in attrs
            or "tal:replace" in attrs
            or "tal:content" in attrs
            or tag in RAW_TEXT_ELEMENTS
            or tag in CODE_ELEMENTS
        )


class TemplateScanner(HTMLParser):
    """Collects ``(line, text)`` for each unmarked text or translatable attribute of a template."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[_Element] = []
        self.findings: list[tuple[int, str]] = []

    # -- the element tree --------------------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        self._open(tag, dict(attrs))
        if tag in VOID_ELEMENTS:
            self.stack.pop()

    def handle_startendtag(self, tag, attrs):
        self._open(tag, dict(attrs))
        self.stack.pop()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def _open(self, tag, attrs):
        element = _Element(tag, attrs)
        self.stack.append(element)
        if self._ignored():
            return
        listed = {part.split()[0].lower() for part in (attrs.get("i18n:attributes") or "").split(";") if part.strip()}
        # Attributes that tal:attributes sets, or that i18n:ignore-attributes leaves alone.
        dynamic = {
            part.split()[0].lower()
            for key in ("tal:attributes", "i18n:ignore-attributes")
            for part in (attrs.get(key) or "").split(";")
            if part.strip()
        }
        names = list(TRANSLATABLE_ATTRIBUTES)
        if tag == "input" and (attrs.get("type") or "").lower() in ("submit", "button", "reset"):
            names.append("value")  # a button's label
        for name in names:
            value = attrs.get(name)
            if value and has_letters(value) and name not in listed and name not in dynamic:
                self._report(self.getpos()[0], f'{name}="{value}"', normalise(value))

    # -- the texts ---------------------------------------------------------------------------------------
    def handle_data(self, data):
        if not has_letters(data) or self._ignored() or self._translated():
            return
        line = self.getpos()[0] + data[: len(data) - len(data.lstrip())].count("\n")
        self._report(line, normalise(data), normalise(data))

    def _ignored(self) -> bool:
        return any(e.ignore for e in self.stack)

    def _translated(self) -> bool:
        # Chameleon translates an element's text when the nearest i18n:translate is not cut off by an
        # i18n:name element (whose content is inserted as it is, unless it is translated itself).
        for element in reversed(self.stack):
            if element.translate:
                return True
            if element.named:
                return False
        return False

    def _report(self, line: int, shown: str, text: str):
        if not allowed(text):
            self.findings.append((line, shown))


def template_findings() -> list[tuple[str, int, str]]:
    found = []
    for path in templates():
        scanner = TemplateScanner()
        scanner.feed(path.read_text(encoding="utf-8"))
        scanner.close()
        relative = str(path.relative_to(REPO))
        found += [(relative, line, text) for line, text in scanner.findings]
    return found


def python_files() -> list[Path]:
    return sorted(
        path
        for path in SRC.glob("**/*.py")
        if not any(part in PY_EXCLUDED_DIRS for part in path.relative_to(SRC).parts[:-1])
        and path.name not in PY_EXCLUDED_FILES
    )


def _literal(node: ast.AST | None) -> bool:
    """A string literal or an f-string with letters: a text that is not wrapped in ``_()``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return has_letters(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and isinstance(v.value, str) and has_letters(v.value) for v in node.values
        )
    if isinstance(node, ast.BinOp):  # "…" + x, "…" % x
        return _literal(node.left) or _literal(node.right)
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _argument(call: ast.Call, position: int, keyword: str) -> ast.AST | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def unmarked_in_call(call: ast.Call) -> list[ast.AST]:
    name = _name(call.func)
    if name == "flash" and isinstance(call.func, ast.Attribute):  # request.session.flash(…)
        candidates = [_argument(call, 0, "msg")]
    elif name in HTTP_ERRORS:
        candidates = [_argument(call, 0, "detail"), _argument(call, 99, "explanation")]
    elif name == "Invalid":
        candidates = [_argument(call, 1, "msg")]
    elif name == "SchemaNode":
        candidates = [_argument(call, 99, "title"), _argument(call, 99, "description")]
    else:
        return []
    return [node for node in candidates if _literal(node)]


def python_findings() -> list[tuple[str, int, str]]:
    found = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        relative = str(path.relative_to(REPO))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                found += [(relative, n.lineno, ast.unparse(n)) for n in unmarked_in_call(node)]
    return sorted(found)


def _pending(path: str, text: str) -> bool:
    return f"{path}:{text}" in PENDING


def test_every_template_text_is_marked_for_translation():
    unmarked = [f"{path}:{line}: {text}" for path, line, text in template_findings() if not _pending(path, text)]
    assert unmarked == [], "texts not marked with i18n:translate / i18n:attributes:\n" + "\n".join(unmarked)


def test_every_interface_string_in_python_is_marked_for_translation():
    unmarked = [f"{path}:{line}: {text}" for path, line, text in python_findings() if not _pending(path, text)]
    assert unmarked == [], "strings not wrapped in _():\n" + "\n".join(unmarked)


def test_the_scanners_find_what_they_should():
    scanner = TemplateScanner()
    scanner.feed(
        """<div i18n:domain="hpportal">
  <p>Hello ${name}</p>
  <p i18n:translate="">Marked <a href="#">link</a> <b i18n:name="who">${who} unmarked</b></p>
  <p tal:content="x">Replaced</p><p i18n:ignore="">Ignored</p><script>var a = "b";</script>
  <p>→ ${a} — 12 … ★ © •</p><p>RSS</p><p>${'{:,}'.format(size)} B</p><p>Run <code>make serve</code></p>
  <img alt="A picture"><img alt="Marked" i18n:attributes="alt"><img alt="${dynamic}">
  <a title="Set" tal:attributes="title t">x</a><input type="submit" value="Send"><input value="data">
</div>"""
    )
    assert scanner.findings == [
        (2, "Hello"),
        (3, "unmarked"),
        (5, "Run"),
        (6, 'alt="A picture"'),
        (7, "x"),
        (7, 'value="Send"'),
    ]
    tree = ast.parse(
        'request.session.flash("x")\nrequest.session.flash(_("y"))\nraise HTTPForbidden("No")\n'
        'HTTPSeeOther("/here")\ncolander.Invalid(node, f"Bad {x}")\ncolander.SchemaNode(colander.String(), '
        'title="Name", description=_("Marked"))\n'
    )
    found = [n.lineno for c in ast.walk(tree) if isinstance(c, ast.Call) for n in unmarked_in_call(c)]
    assert sorted(found) == [1, 3, 5, 6]
