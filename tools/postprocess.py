"""Post-process the generated client (run by `make generate` after the generator).

Usage: python tools/postprocess.py PACKAGE_DIR

Changes, each derived from the generated code itself so they follow the spec:

1. Lazy models. The generator's ``models/__init__.py`` imports all ~400 models,
   so importing any endpoint module loads every one of them (~530 ms). It is
   rewritten to resolve names on first use (PEP 562 ``__getattr__``); type
   checkers still see the eager imports under ``TYPE_CHECKING``.
2. Open response enums. An enum reachable from an operation's response models
   gets ``_missing_`` from ``firecrawl_api/_hooks.py``: a value the server
   adds later parses as a pseudo-member instead of raising ``ValueError``.
   Enums reachable only from request bodies and parameters stay strict, and so
   do one-value enums: they tag a ``oneOf`` member (an action's ``type``), and
   the generated union parser relies on their ``ValueError`` to try the next member.
3. Secret URLs. ``cdpUrl`` (and the live-view URLs, which grant control of the
   browser) may carry a token in the query string: those model fields (required
   or not) are shown in ``repr`` with the query string replaced by ``***``. Every
   model's ``repr`` also redacts any secret-looking query value (``token=``,
   ``signature=``, ``apiKey=``...: the SDK's own pattern, ``firecrawl_sdk._logging``)
   and URL password, in any field, unknown fields (``additional_properties``)
   included. The bearer ``token`` of ``AuthenticatedClient`` is left out of its ``repr``.
4. No spec defaults in models. The generator bakes each optional field's spec
   default into the model (``limit: int | Unset = 10000``), so a model built
   without that field sends it anyway and overrides the server. Every optional
   field defaults to ``UNSET`` instead: nothing is sent that the caller did not
   set. (The docstrings still name the server's default.)
5. Required strings never raise. A response string the spec (or the overlay) requires is
   typed ``str``; when a server leaves it out it parses as ``""`` (falsy) instead of
   raising ``KeyError``: a field the server leaves out never makes parsing fail.
6. ``py.typed``: the package ships its inline types (PEP 561).
7. Model imports once per module. The generator imports referenced models inside
   ``to_dict``/``from_dict`` (models refer to each other), so every call runs those
   ``import`` statements again (~0.5 us each, 25 for a scrape request). They move to
   one ``_import_models()`` per module, run on the first call of any of its methods:
   still nothing imported at import time, and no import statement per call after that.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "wrapper"))
# One pattern for the SDK's logs and the models' reprs:
from firecrawl_sdk._logging import SECRET_QUERY, URL_PASSWORD

SECRET_URL_FIELDS = ("cdp_url", "live_view_url", "interactive_live_view_url")

HOOKS_MODULE = '''"""Helpers the generated models use (written by tools/postprocess.py)."""

import re
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

T = TypeVar("T")

#: Query values that carry a credential, and URL passwords (the pattern of ``firecrawl_sdk._logging``).
SECRET_QUERY = re.compile(SECRET_QUERY_PATTERN)
URL_PASSWORD = re.compile(URL_PASSWORD_PATTERN)


def redact_secrets(text: str) -> str:
    """``text`` with secret-looking query values and URL passwords replaced by ``***``."""
    return URL_PASSWORD.sub(r"\\1***@", SECRET_QUERY.sub(r"\\1***", text))


def redacted_repr(cls: type[T]) -> type[T]:
    """Class decorator: the model's ``repr`` with :func:`redact_secrets` applied, so a token in
    any string (an unknown field's URL included) never shows."""
    plain = cls.__repr__

    def __repr__(self: object) -> str:
        return redact_secrets(plain(self))

    cls.__repr__ = __repr__  # type: ignore[method-assign,assignment]
    return cls


def redact_url(value: object) -> str:
    """``repr`` of a URL that may carry a token: the query string becomes ``***``."""
    if not isinstance(value, str):
        return repr(value)
    parts = urlsplit(value)
    if parts.query or parts.username or parts.password:
        netloc = parts.hostname or ""
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        value = urlunsplit((parts.scheme, netloc, parts.path, "***" if parts.query else "", ""))
    return repr(value)


def keep_unknown_value(cls: type[Enum], value: object) -> Any:
    """``Enum._missing_`` for response enums: keep a value the spec does not list yet.

    The pseudo-member compares equal to its string, its ``.value`` is the string
    the server sent, and ``to_dict()`` round-trips it unchanged.
    """
    if not isinstance(value, str):
        return None
    member = str.__new__(cls, value)  # type: ignore[call-overload]
    member._name_ = value.upper()
    member._value_ = value
    return member
'''


def model_imports(tree: ast.AST) -> set[str]:
    """Class names a module imports from ``models`` (top level or inside functions)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and (node.module.startswith("models.") or (node.level == 1 and node.module))
        ):
            names.update(alias.name for alias in node.names)
    return names


def response_roots(package: Path) -> set[str]:
    """Model classes named in the ``_parse_response`` of every endpoint module."""
    roots: set[str] = set()
    for module in (package / "api").rglob("*.py"):
        tree = ast.parse(module.read_text())
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_parse_response":
                roots.update(n.id for n in ast.walk(node) if isinstance(n, ast.Name))
    return roots


def model_graph(models: Path) -> tuple[dict[str, set[str]], dict[str, Path], set[str]]:
    edges: dict[str, set[str]] = {}
    files: dict[str, Path] = {}
    enums: set[str] = set()
    for path in models.glob("*.py"):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text())
        imported = model_imports(tree)
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                files[node.name] = path
                edges[node.name] = imported
                if any(isinstance(b, ast.Name) and b.id == "StrEnum" for b in node.bases):
                    enums.add(node.name)
    return edges, files, enums


def reachable(roots: set[str], edges: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    stack = [r for r in roots if r in edges]
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(n for n in edges.get(name, ()) if n in edges)
    return seen


def union_members(package: Path) -> set[str]:
    """Models that a generated union parser (``_parse_*`` with a top-level ``try:``) tries."""
    members: set[str] = set()
    for module in package.rglob("*.py"):
        for func in ast.walk(ast.parse(module.read_text())):
            if not (
                isinstance(func, ast.FunctionDef)
                and func.name.startswith("_parse_")
                and any(isinstance(stmt, ast.Try) for stmt in func.body)
            ):
                continue
            for stmt in func.body:
                members.update(
                    call.func.value.id
                    for call in ast.walk(stmt)
                    if isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "from_dict"
                    and isinstance(call.func.value, ast.Name)
                )
    return members


def union_tags(package: Path, edges: dict[str, set[str]], files: dict[str, Path]) -> set[str]:
    """One-value enums of union members: their ``ValueError`` makes the parser try the next member."""
    tags = set()
    for name in {enum for member in union_members(package) for enum in edges.get(member, ())}:
        tree = ast.parse(files[name].read_text()) if name in files else ast.Module(body=[], type_ignores=[])
        for node in tree.body:
            if (
                isinstance(node, ast.ClassDef)
                and node.name == name
                and sum(isinstance(item, ast.Assign) for item in node.body) == 1
            ):
                tags.add(name)
    return tags


def open_response_enums(package: Path) -> list[str]:
    models = package / "models"
    edges, files, enums = model_graph(models)
    opened = sorted((enums & reachable(response_roots(package), edges)) - union_tags(package, edges, files))
    (package / "_hooks.py").write_text(hooks_module())
    for name in opened:
        path = files[name]
        source = path.read_text()
        marker = f"class {name}(StrEnum):\n"
        source = source.replace(
            marker,
            f"{marker}    # A value the spec does not list yet parses (tools/postprocess.py).\n"
            "    _missing_ = classmethod(keep_unknown_value)\n\n",
        )
        source = source.replace(
            "from enum import StrEnum\n",
            "from enum import StrEnum\n\nfrom .._hooks import keep_unknown_value\n",
            1,
        )
        path.write_text(source)
    return opened


def hooks_module() -> str:
    return HOOKS_MODULE.replace("SECRET_QUERY_PATTERN", repr(SECRET_QUERY.pattern)).replace(
        "URL_PASSWORD_PATTERN", repr(URL_PASSWORD.pattern)
    )


def redact_secret_urls(package: Path) -> int:
    """Secret URL fields get ``redact_url``; every model class gets ``redacted_repr``."""
    fields = "|".join(SECRET_URL_FIELDS)
    optional = re.compile(rf"^    ({fields}): (.+) = UNSET$", re.MULTILINE)
    required = re.compile(rf"^    ({fields}): (str)$", re.MULTILINE)
    count = 0
    for path in (package / "models").glob("*.py"):
        source = path.read_text()
        if "\n@_attrs_define\nclass " not in source:
            continue
        source, n = optional.subn(r"    \1: \2 = _attrs_field(default=UNSET, repr=redact_url)", source)
        source, m = required.subn(r"    \1: \2 = _attrs_field(repr=redact_url)", source)
        count += n + m
        source = source.replace("\n@_attrs_define\nclass ", "\n@redacted_repr\n@_attrs_define\nclass ")
        names = "redact_url, redacted_repr" if n + m else "redacted_repr"
        anchor = "from attrs import define as _attrs_define\n"
        source = source.replace(anchor, f"{anchor}\nfrom .._hooks import {names}\n", 1)
        path.write_text(source)
    return count


def unset_defaults(package: Path) -> int:
    """Optional attrs fields (``T | Unset``) with a spec default get ``UNSET`` instead."""
    count = 0
    for path in (package / "models").glob("*.py"):
        source = path.read_text()
        tree = ast.parse(source)
        spans = []
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for node in cls.body:
                if (
                    isinstance(node, ast.AnnAssign)
                    and node.value is not None
                    and "Unset" in ast.unparse(node.annotation)
                    and not (isinstance(node.value, ast.Name) and node.value.id == "UNSET")
                    and not isinstance(node.value, ast.Call)
                ):
                    spans.append(node.value)
        if not spans:
            continue
        lines = source.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        for value in sorted(spans, key=lambda v: (v.lineno, v.col_offset), reverse=True):
            start = offsets[value.lineno - 1] + value.col_offset
            end = offsets[value.end_lineno - 1] + value.end_col_offset  # type: ignore[operator]
            source = source[:start] + "UNSET" + source[end:]
        path.write_text(source)
        count += len(spans)
    return count


def lenient_required_strings(package: Path) -> int:
    """In response models, ``x = d.pop("x")`` of a required ``str`` field gets the default ``""``."""
    models = package / "models"
    edges, files, _ = model_graph(models)
    count = 0
    for name in sorted(reachable(response_roots(package), edges)):
        path = files[name]
        source = path.read_text()
        for field in re.findall(r"^    (\w+): str$", source, re.MULTILINE):
            source, n = re.subn(
                rf'^(        {field} = d\.pop\("[^"]+")\)$', r'\1, "")', source, flags=re.MULTILINE
            )
            count += n
        path.write_text(source)
    return count


def hoist_model_imports(package: Path) -> int:
    """Imports of models inside model methods -> one ``_import_models()`` per module, run once."""
    count = 0
    for path in sorted((package / "models").glob("*.py")):
        source = path.read_text()
        tree = ast.parse(source)
        imports: dict[tuple[str, str, str | None], None] = {}
        removed: dict[int, int] = {}  # first line -> last line of each import statement to drop
        first_lines: set[int] = set()  # where each method calls _import_models()
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for method in cls.body:
                if not isinstance(method, ast.FunctionDef):
                    continue
                hoisted = [
                    node
                    for node in method.body
                    if isinstance(node, ast.ImportFrom)
                    and node.level == 2
                    and (node.module or "").startswith("models.")
                ]
                if not hoisted:
                    continue
                first_lines.add(hoisted[0].lineno)
                for node in hoisted:
                    removed[node.lineno] = node.end_lineno or node.lineno
                    for alias in node.names:
                        imports[(node.module or "", alias.name, alias.asname)] = None
        if not imports:
            continue
        lines = source.splitlines(keepends=True)
        out: list[str] = []
        skip_to = 0
        for number, line in enumerate(lines, start=1):
            if number <= skip_to:
                continue
            if number in removed:
                skip_to = removed[number]
                if number in first_lines:
                    indent = line[: len(line) - len(line.lstrip())]
                    out += [f"{indent}if _models_pending:\n", f"{indent}    _import_models()\n"]
                continue
            out.append(line)
        statements = [
            f"    global {asname or name}\n    from ..{module} import {name}"
            + (f" as {asname}" if asname else "")
            for module, name, asname in sorted(imports, key=lambda item: item[0])
        ]
        out += [
            "\n\n_models_pending = True\n\n\n",
            "def _import_models() -> None:\n",
            '    """The models the methods above refer to, imported on the first call (not at import\n',
            '    time: they may refer back to this module) and never again (written by postprocess.py)."""\n',
            "    global _models_pending\n",
            *(statement + "\n" for statement in statements),
            "\n    _models_pending = False\n",
        ]
        path.write_text("".join(out))
        count += len(removed)
    return count


def hide_client_token(package: Path) -> None:
    path = package / "client.py"
    source = path.read_text()
    old = "    token: str\n"
    if old not in source:
        raise SystemExit("postprocess: AuthenticatedClient.token not found in client.py")
    path.write_text(source.replace(old, "    token: str = field(repr=False)\n", 1))


def lazy_models_init(package: Path) -> int:
    init = package / "models" / "__init__.py"
    tree = ast.parse(init.read_text())
    pairs = [
        (alias.asname or alias.name, node.module)
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names
    ]
    doc = ast.get_docstring(tree) or "Contains all the data models used in inputs/outputs"
    lines = [
        f'"""{doc}\n\nModels load on first use (PEP 562): '
        'importing one endpoint does not import all of them.\n"""',
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{module} import {name}" for name, module in pairs),
        "",
        "_MODULES: dict[str, str] = {",
        *(f'    "{name}": "{module}",' for name, module in pairs),
        "}",
        "",
        "__all__ = (",
        *(f'    "{name}",' for name, _ in sorted(pairs)),
        ")",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f".{module}", __name__), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return list(__all__)",
        "",
    ]
    init.write_text("\n".join(lines))
    return len(pairs)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    package = Path(argv[1])
    count = lazy_models_init(package)
    opened = open_response_enums(package)
    unset = unset_defaults(package)
    lenient = lenient_required_strings(package)  # before the secret fields stop reading ``x: str``
    redacted = redact_secret_urls(package)
    hide_client_token(package)
    hoisted = hoist_model_imports(package)
    (package / "py.typed").write_text("")
    ruff = Path(sys.executable).with_name("ruff")
    for args in (
        ["check", "--isolated", "--no-cache", "--fix-only", "--extend-select=I", "--quiet"],
        ["format", "--isolated", "--no-cache", "--quiet"],
    ):
        subprocess.run([str(ruff), *args, str(package)], check=True)
    print(
        f"postprocess: {count} models made lazy; {len(opened)} response enums opened; "
        f"{redacted} secret URL fields redacted in repr; {unset} spec defaults left to the server; "
        f"{lenient} required response strings read as '' when absent; "
        f"{hoisted} in-method model imports run once per module"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
