"""The Markdown docs: README, api.md, resource and model pages, and the MkDocs site.

Each spec is rendered once (docs templates only) into a temporary directory; the tests then read
the files as a user would: section order, error tables, links, example code, `mkdocs build`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import emit
from generator.config import read_config
from generator.model import Api
from generator.normalize import normalize
from generator.render import TEMPLATES_DIR, render
from generator.views_docs import base_url_env_var

ROOT = Path(__file__).resolve().parents[1]
BYOK_SPEC = ROOT / "spec" / "openrouter-byok.yaml"
DOC_TEMPLATES = ("README.md.jinja", "api.md.jinja", "mkdocs.yml.jinja", "docs")
OPERATION_SECTIONS = [
    "Example Usage",
    "Standalone function",
    "Parameters",
    "Response",
    "Errors",
]
README_SECTIONS = [
    "Installation",
    "Quick start",
    "Authentication",
    "Server URL",
    "Available resources and operations",
    "Error handling",
    "Retries",
    "Timeouts",
    "Pagination",
    "Custom HTTP client",
    "Debug logging",
    "Standalone functions",
    "Raw responses",
]

INLINE_SPEC = """
openapi: 3.1.0
info: {title: Acme Widgets API, version: 2.0.0, description: Widgets and gadgets.}
servers: [{url: "https://api.acme.test/v2"}]
tags:
  - {name: widgets, description: Widget endpoints}
  - {name: gadgets}
paths:
  /widgets:
    get:
      operationId: listWidgets
      tags: [widgets]
      summary: List widgets
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
        - name: color
          in: query
          required: true
          description: "Only widgets of this color (a | in text)."
          schema: {$ref: "#/components/schemas/Color"}
      responses:
        "200":
          description: Widgets.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Widget"}}
        "4XX":
          description: Client error.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
        default:
          description: Anything else.
    post:
      operationId: createWidget
      tags: [widgets]
      description: Creates a widget.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/WidgetInput"}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
        "409":
          description: Conflict.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
  /widgets/{widget_id}:
    delete:
      operationId: deleteWidget
      tags: [widgets]
      deprecated: true
      summary: Delete a widget
      parameters:
        - {name: widget_id, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "204": {description: Deleted.}
  /gadgets/bulk:
    put:
      operationId: replaceGadgets
      tags: [gadgets]
      summary: Replace all gadgets
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: array, items: {$ref: "#/components/schemas/Gadget"}}
      responses:
        "200":
          description: Done.
          content:
            application/json:
              schema: {type: object, properties: {count: {type: integer}}}
components:
  schemas:
    Color:
      type: string
      enum: [red, green]
    Widget:
      type: object
      required: [id, color]
      properties:
        id: {type: string, format: uuid, readOnly: true}
        color: {$ref: "#/components/schemas/Color"}
        size: {type: [integer, "null"], description: Size in mm., default: 10}
        legacyName: {type: string, deprecated: true}
    WidgetInput:
      type: object
      required: [color, parts]
      properties:
        color: {$ref: "#/components/schemas/Color"}
        parts: {type: array, items: {$ref: "#/components/schemas/Gadget"}}
        secret: {type: string, writeOnly: true, example: s3cr3t}
    Gadget:
      type: object
      required: [name]
      properties:
        name: {type: string}
        labels: {type: object, additionalProperties: {type: string}}
    Problem:
      type: object
      properties:
        detail: {type: string}
"""


@dataclass(frozen=True)
class Rendered:
    api: Api
    root: Path

    def text(self, path: str) -> str:
        return (self.root / path).read_text(encoding="utf-8")

    def markdown(self) -> Iterator[Path]:
        return iter(sorted(self.root.rglob("*.md")))


def render_docs(api: Api, out: Path, tmp: Path) -> Rendered:
    """The docs templates only, so the test does not depend on the package templates."""
    templates = tmp / "templates"
    for name in DOC_TEMPLATES:
        source = TEMPLATES_DIR / name
        if source.is_dir():
            shutil.copytree(source, templates / name)
        else:
            templates.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, templates / name)
    for file in render(api, templates):
        target = out / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(file.text, encoding="utf-8")
    return Rendered(api, out)


def normalized(data: dict[str, Any], config: dict[str, str]) -> Api:
    api, problems = normalize(
        data, file="spec.yaml", line_of=lambda p: 1, digest="0" * 64, config=config
    )
    assert not [p for p in problems if p.severity == "error"], problems
    return api


@pytest.fixture(scope="module")
def byok(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    tmp = tmp_path_factory.mktemp("byok")
    config = read_config(BYOK_SPEC.with_name("openrouter-byok.sdk.toml"))
    api = normalized(yaml.safe_load(BYOK_SPEC.read_text(encoding="utf-8")), config)
    return render_docs(api, tmp / "out", tmp)


@pytest.fixture(scope="module")
def inline(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    tmp = tmp_path_factory.mktemp("inline")
    return render_docs(normalized(yaml.safe_load(INLINE_SPEC), {}), tmp / "out", tmp)


@pytest.fixture(params=["byok", "inline"])
def docs(request: pytest.FixtureRequest) -> Rendered:
    rendered: Rendered = request.getfixturevalue(request.param)
    return rendered


# --- Markdown reading helpers ---

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.DOTALL | re.MULTILINE)
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def code_blocks(text: str, language: str) -> list[str]:
    return [body for lang, body in _FENCE.findall(text) if lang == language]


def without_code(text: str) -> str:
    return _FENCE.sub("", text)


def headings(text: str) -> list[tuple[int, str]]:
    found = re.findall(r"^(#{1,6}) (.+)$", without_code(text), re.MULTILINE)
    return [(len(hashes), title.strip()) for hashes, title in found]


def anchors(text: str) -> set[str]:
    """Heading fragments the way GitHub makes them (`md_anchor`), plus plain link text."""
    return {emit.md_anchor(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title))
            for _, title in headings(text)}  # fmt: skip


def broken_links(root: Path) -> list[str]:
    broken = []
    for page in sorted(root.rglob("*.md")):
        for target in _LINK.findall(without_code(page.read_text(encoding="utf-8"))):
            if re.match(r"[a-z]+:", target):
                continue  # https:, mailto:
            path, _, fragment = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            if not linked.is_file():
                broken.append(f"{page.relative_to(root)}: {target} (no such file)")
            elif fragment and fragment not in anchors(linked.read_text(encoding="utf-8")):
                broken.append(f"{page.relative_to(root)}: {target} (no such heading)")
    return broken


def sections(text: str, level: int) -> dict[str, str]:
    """Heading title → the text up to the next heading of the same or a higher level."""
    parts = re.split(rf"^(#{{1,{level}}} .+)$", without_code(text), flags=re.MULTILINE)
    found = {}
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        hashes, _, title = heading.partition(" ")
        if len(hashes) == level:
            found[title.strip()] = body
    return found


def operation_subsections(text: str, operations: list[str]) -> dict[str, list[str]]:
    """Operation → the `###` headings under its `## <operation>` heading, in order."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for level, title in headings(text):
        if level <= 2:
            current = found.setdefault(title, []) if title in operations else None
        elif level == 3 and current is not None:
            current.append(title)
    return found


def table_rows(text: str, first_header: str) -> list[list[str]]:
    """The body rows of the first table whose first header cell is `first_header`."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if line.startswith(f"| {first_header} |"):
            rows = []
            for row in lines[index + 2 :]:
                if not row.startswith("|"):
                    break
                cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
                rows.append([c.strip() for c in cells])
            return rows
    raise AssertionError(f"no table starting with {first_header!r}")


# --- resource pages ---


def test_operation_sections_follow_the_seed_structure(docs: Rendered) -> None:
    for resource in docs.api.resources:
        text = docs.text(f"docs/sdks/{resource.module}/README.md")
        names = [op.name for op in resource.operations]
        top = [title for level, title in headings(text) if level <= 2]
        assert top == [resource.class_name, "Overview", *names]
        assert next(t for level, t in headings(text) if level == 3) == "Available Operations"
        subsections = operation_subsections(text, names)
        assert list(subsections) == names
        for name in names:
            assert subsections[name] == OPERATION_SECTIONS, name


def test_available_operations_link_to_each_operation(docs: Rendered) -> None:
    for resource in docs.api.resources:
        text = docs.text(f"docs/sdks/{resource.module}/README.md")
        overview = sections(text, 3)["Available Operations"]
        assert re.findall(r"^- \[(\w+)\]\(#(\w+)\)", overview, re.MULTILINE) == [
            (op.name, op.name) for op in resource.operations
        ]


def test_error_tables_list_every_status_and_the_default(docs: Rendered) -> None:
    default = docs.api.settings.default_error
    for resource in docs.api.resources:
        page = sections(docs.text(f"docs/sdks/{resource.module}/README.md"), 2)
        for op in resource.operations:
            rows = table_rows(sections(page[op.name], 3)["Errors"], "Error Type")
            statuses = [row[1] for row in rows]
            documented = [e.status for e in op.errors if e.status != "default"]
            assert statuses == [*documented, "4XX, 5XX"], op.name
            assert rows[-1][0] == f"`errors.{default}`" or any(
                e.status == "default" and e.class_name for e in op.errors
            )
            for row, error in zip(
                rows, [e for e in op.errors if e.status != "default"], strict=False
            ):
                assert row[0] == f"`errors.{error.class_name or default}`"


def test_parameters_table_lists_every_argument(docs: Rendered) -> None:
    for resource in docs.api.resources:
        page = sections(docs.text(f"docs/sdks/{resource.module}/README.md"), 2)
        for op in resource.operations:
            rows = table_rows(sections(page[op.name], 3)["Parameters"], "Parameter")
            names = [row[0].strip("`") for row in rows]
            expected = [p.name for p in op.parameters]
            if op.body is not None:
                expected += [f.name for f in op.body.fields] or ["body"]
            assert sorted(names) == sorted([*expected, "timeout", "retries", "extra_headers",
                                            "server_url"])  # fmt: skip
            assert all(len(row) == 5 for row in rows)


def test_response_links_the_model_page(byok: Rendered) -> None:
    page = sections(byok.text("docs/sdks/byok/README.md"), 2)
    response = sections(page["get"], 3)["Response"]
    assert "[GetBYOKKeyResponse](../../models/getbyokkeyresponse.md)" in response
    listing = sections(page["list"], 3)["Response"]
    assert "SyncPage[[BYOKKey](../../models/byokkey.md)]" in listing


def test_examples_use_the_spec_examples(byok: Rendered) -> None:
    text = byok.text("docs/sdks/byok/README.md")
    page = {name: body for name, body in _split_raw(text).items()}
    assert 'client.byok.get(id="11111111-2222-3333-4444-555555555555")' in page["get"]
    assert 'provider="openai",\n    key="sk-proj-abc123...",' in page["create"]
    assert 'name="Updated OpenAI Key",\n    disabled=False,' in page["update"]
    assert "for item in client.byok.list():" in page["list"]
    assert "async for item in client.byok.list():" in page["list"]
    assert 'res = byok_get(client, id="11111111-2222-3333-4444-555555555555")' in page["get"]
    assert "offset=None" not in text  # Prism rejects an explicit null offset


def _split_raw(text: str) -> dict[str, str]:
    """Like `sections(text, 2)` but keeping code blocks."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_deprecated_operation_is_marked(inline: Rendered) -> None:
    text = inline.text("docs/sdks/widgets/README.md")
    assert "- [delete_widget](#delete_widget): Delete a widget **(deprecated)**" in text
    assert "> **Deprecated:**" in _split_raw(text)["delete_widget"]
    assert "**(deprecated)**" in inline.text("api.md")
    assert "**(deprecated)**" in inline.text("README.md")


def test_made_up_examples_never_use_placeholders(inline: Rendered) -> None:
    page = _split_raw(inline.text("docs/sdks/widgets/README.md"))
    assert 'color="red"' in page["list_widgets"]  # first enum value, the spec has no example
    assert "widget_id=" in page["delete_widget"]
    gadgets = _split_raw(inline.text("docs/sdks/gadgets/README.md"))
    assert 'body=[{"name": "example"}]' in gadgets["replace_gadgets"]


# --- model pages ---


def test_every_model_and_enum_has_a_page(docs: Rendered) -> None:
    for item in [*docs.api.models, *docs.api.enums]:
        text = docs.text(f"docs/models/{emit.model_page(item.name)}")
        assert text.splitlines()[1] == f"# {item.name}"


def test_model_page_tables(inline: Rendered) -> None:
    text = inline.text("docs/models/widget.md")
    rows = table_rows(text, "Field")
    assert [row[0] for row in rows] == [
        "`id`",
        "`color`",
        "`size`",
        "`legacy_name` (JSON `legacyName`)",
    ]
    size = rows[2]
    assert size[1:4] == ["int \\| None", "—", "✔️"]
    assert "Default: `10`" in size[4]
    assert rows[3][4].startswith("**Deprecated.**")
    assert "Read-only" in rows[0][4]
    assert "[Color](color.md)" in rows[1][1]
    enum = inline.text("docs/models/color.md")
    assert table_rows(enum, "Name") == [["`Color.RED`", '`"red"`'], ["`Color.GREEN`", '`"green"`']]
    assert (
        "[`client.widgets.list_widgets` (parameter)](../sdks/widgets/README.md#list_widgets)"
        in enum
    )
    gadget = inline.text("docs/models/gadget.md")
    assert "dict[str, str]" in gadget


# --- README, api.md, index ---


def test_readme_has_every_section_and_none_empty(byok: Rendered) -> None:
    text = byok.text("README.md")
    top = [title for level, title in headings(text) if level == 2]
    assert [t for t in top if t in README_SECTIONS] == README_SECTIONS
    for title, body in sections(byok.text("README.md"), 2).items():
        assert body.strip() or title == "Available resources and operations", title
    raw = _split_raw(text)
    for title in README_SECTIONS:
        if title not in ("Installation", "Available resources and operations"):
            assert "```python" in raw[title], title


def test_readme_names_come_from_the_model(byok: Rendered, inline: Rendered) -> None:
    text = byok.text("README.md")
    assert "OPENROUTER_API_KEY" in text and "OPENROUTER_BASE_URL" in text
    assert 'logging.getLogger("openrouter_byok")' in text
    assert "except errors.NotFoundResponseError as e:" in text
    assert "│   └── OpenRouterDefaultError (any other 4XX/5XX)" in text
    other = inline.text("README.md")
    assert "OpenRouter" not in other and "byok" not in other.lower()
    assert "ACME_WIDGETS_BASE_URL" in other
    assert "## Authentication" not in other  # the inline spec has no security scheme
    assert base_url_env_var("FOO_API_KEY") == "FOO_BASE_URL"


def test_readme_lists_every_operation(docs: Rendered) -> None:
    index = sections(docs.text("README.md"), 2)["Available resources and operations"]
    api_md = docs.text("api.md")
    for resource in docs.api.resources:
        for op in resource.operations:
            link = f"(docs/sdks/{resource.module}/README.md#{op.name})"
            assert link in index
            line = next(x for x in api_md.splitlines() if link in x)
            assert line.startswith(
                f"- `{op.http_method} {op.path}` [`client.{resource.name}.{op.name}("
            )


def test_api_md_signatures(byok: Rendered) -> None:
    text = byok.text("api.md")
    assert (
        "- `GET /byok/{id}` [`client.byok.get(*, id: str) -> GetBYOKKeyResponse`]"
        "(docs/sdks/byok/README.md#get)"
    ) in text
    assert "`client.byok.list(**params) -> SyncPage[BYOKKey]`" in text


def test_docs_copies_differ_from_root_pages_only_in_link_prefix(docs: Rendered) -> None:
    for root, copy in (("README.md", "docs/index.md"), ("api.md", "docs/api.md")):
        assert docs.text(root).replace("](docs/", "](") == docs.text(copy)


# --- every page ---


def test_relative_links_resolve(docs: Rendered) -> None:
    assert broken_links(docs.root) == []


def test_no_placeholders(docs: Rendered) -> None:
    for page in docs.markdown():
        assert "<value>" not in page.read_text(encoding="utf-8"), page


def test_python_blocks_compile_and_stand_alone(docs: Rendered) -> None:
    package = docs.api.settings.package_name
    count = 0
    for page in docs.markdown():
        for index, block in enumerate(code_blocks(page.read_text(encoding="utf-8"), "python")):
            compile(block, f"{page}[{index}]", "exec")
            assert f"from {package}" in block, (page, block)
            assert 'server_url="' not in block  # the server comes from the environment
            count += 1
    assert count > 10


def test_mkdocs_build_strict(docs: Rendered, tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    if not mkdocs.exists():
        pytest.skip("mkdocs is not installed in this environment")
    result = subprocess.run(
        [
            str(mkdocs),
            "build",
            "--strict",
            "-q",
            "-f",
            str(docs.root / "mkdocs.yml"),
            "-d",
            str(tmp_path / "site"),
        ],
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(mkdocs.parent)},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    for resource in docs.api.resources:
        assert (tmp_path / "site" / "sdks" / resource.module / "index.html").is_file()


def test_full_upstream_spec(shared: Path, tmp_path: Path) -> None:
    """The same templates on the whole OpenRouter API: links resolve, examples compile."""
    spec = yaml.safe_load((shared / "specs" / "openrouter-full.openapi.yaml").read_text())
    docs = render_docs(normalized(spec, {}), tmp_path / "out", tmp_path)
    assert broken_links(docs.root) == []
    for page in docs.markdown():
        text = page.read_text(encoding="utf-8")
        assert "<value>" not in text
        for block in code_blocks(text, "python"):
            compile(block, str(page), "exec")


# --- emit helpers ---


def test_py_call_wraps_like_black() -> None:
    assert emit.py_call("res = f", [("a", 1), ("b", "x")]) == 'res = f(a=1, b="x")'
    long = emit.py_call(
        "res = client.things.create", [("name", "n" * 40), ("tags", ["t" * 30] * 2)]
    )
    assert long == (
        "res = client.things.create(\n"
        f'    name="{"n" * 40}",\n'
        f'    tags=["{"t" * 30}", "{"t" * 30}"],\n'
        ")"
    )
    assert emit.py_call("f", [("", emit.PySource("client")), ("ok", True)]) == "f(client, ok=True)"


def test_markdown_helpers() -> None:
    assert emit.md_code("a`b") == "``a`b``"
    assert emit.md_anchor("Error handling") == "error-handling"
    assert emit.md_anchor("get_user_activity") == "get_user_activity"
    assert emit.tree_lines(("A", (("B", (("C", ()),)), ("D", ())))) == [
        "A", "├── B", "│   └── C", "└── D",
    ]  # fmt: skip
