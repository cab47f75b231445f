"""The workflow only announces a step; mail about it subscribes to the announcement (issue 13.13).

``core/workflow.py`` fires :class:`ObjectTransitioned` and knows nothing of who is told: no import of
notifications or mail, at the top of the module or inside a function. The mail itself is checked in
test_editorial.py (``test_mail_tells_the_approvers_then_the_author``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import hpportal.core.workflow as workflow


def imported_modules(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_workflow_imports_neither_notifications_nor_mail():
    imported = imported_modules(workflow)
    assert not {name for name in imported if name.startswith(("hpportal.core.notifications", "hpportal.core.mail"))}

