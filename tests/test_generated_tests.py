"""The generated package's own tests: they compile, and cover every operation and error row."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import views_tests
from generator.model import Api
from generator.pipeline import Options, generate
from generator.render import render

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openrouter-byok.yaml"


@pytest.fixture(scope="module")
def byok(tmp_path_factory: pytest.TempPathFactory) -> tuple[Api, Path]:
    out = tmp_path_factory.mktemp("byok")
    build, _ = generate(SPEC, out, Options())
    return build.api, out / "tests"


def names_of(path: Path) -> dict[str, set[str]]:
    """Test function names by class ("" for module level)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: dict[str, set[str]] = {"": set()}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            found[node.name] = {
                n.name
                for n in node.body
                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                and n.name.startswith("test_")
            }
        elif isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
            found[""].add(node.name)
    return found


def test_generated_test_files_compile(byok: tuple[Api, Path]) -> None:
    api, tests = byok
    expected = {"conftest.py", "test_docs_examples.py", "test_provenance.py"}
    expected |= {"mock_server.py", "prism_server.py"}  # copied, as the runtime is
    expected |= {f"test_{r.module}.py" for r in api.resources}
    expected |= {f"test_contract_{r.module}.py" for r in api.resources}
    expected |= {f"examples_{r.module}.py" for r in api.resources}
    assert {p.name for p in tests.glob("*.py")} == expected
    for path in tests.glob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def collected(tests: Path) -> dict[str, set[str]]:
    """The ids pytest collects from the generated tests, by module and class:
    `{"test_byok.py::TestByok": {"test_error_get[404]", ...}}`."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=tests.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, set[str]] = {}
    for line in result.stdout.splitlines():
        parts = line.removeprefix("tests/").split("::")
        if len(parts) == 3:
            found.setdefault("::".join(parts[:2]), set()).add(parts[2])
    return found


def test_a_test_per_operation_and_error_row(byok: tuple[Api, Path]) -> None:
    api, tests = byok
    ids = collected(tests)
    for resource in api.resources:
        for op in resource.operations:
            wanted = {f"test_method_{op.name}", f"test_raw_response_{op.name}"}
            wanted |= {f"test_error_{op.name}[{e.status.lower()}]" for e in op.errors}
            wanted |= {f"test_error_{op.name}[default]"}  # the docs' "4XX, 5XX" row
            if any(p.location == "path" for p in op.parameters):
                wanted.add(f"test_path_params_{op.name}")
            if op.pagination:
                wanted.add(f"test_pagination_{op.name}")
            in_prism = {f"test_method_{op.name}", f"test_raw_response_{op.name}"}
            in_prism |= {
                f"test_error_{op.name}[{e.status}]" for e in op.errors if e.status.isdigit()
            }
            if op.security:
                in_prism.add(f"test_missing_api_key_{op.name}")
            for cls in (f"Test{resource.class_name}", f"TestAsync{resource.class_name}"):
                offline = ids[f"test_{resource.module}.py::{cls}"]
                contract = ids[f"test_contract_{resource.module}.py::{cls}"]
                assert wanted <= offline, (cls, sorted(wanted - offline))
                assert in_prism <= contract, (cls, sorted(in_prism - contract))


def test_docs_examples_are_collected(byok: tuple[Api, Path]) -> None:
    _, tests = byok
    assert {"test_docs_example_runs", "test_docs_have_examples"} <= names_of(
        tests / "test_docs_examples.py"
    )[""]


def test_no_stub_tests(byok: tuple[Api, Path]) -> None:
    """Every generated test function asserts something (or expects an exception, or calls a
    shared check function), and every shared check function asserts something."""
    _, tests = byok
    for path in [*tests.glob("test_*.py"), *tests.glob("examples_*.py")]:
        prefix = "check_" if path.name.startswith("examples_") else "test_"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
                prefix
            ):
                body = ast.unparse(node)
                checks = ("assert ", "pytest.raises", "exec(", "examples.check_")
                assert any(c in body for c in checks), node.name


EDGE_SPEC = """
openapi: 3.1.0
info: {title: Edge, version: "1"}
servers: [{url: "https://edge.example/api"}]
security: [{bearer: []}]
paths:
  /things/{thing_id}:
    put:
      operationId: putThing
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string}}
        - {name: verbose, in: query, schema: {type: boolean}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}}, example: [a, b]}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [size]
              properties:
                size: {type: integer}
                note: {type: [string, "null"], example: null}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: {type: string}
                  created: {type: string, format: date-time}
        "4XX":
          description: client error
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
"""


def test_expected_request_follows_the_wire_contract(api_from: Callable[..., Api]) -> None:
    api = api_from(EDGE_SPEC)
    (suite,) = views_tests.tests_context(api)["tests_by_resource"].values()
    (t,) = suite.methods
    assert t.full is not None
    assert dict(t.full.args)["verbose"] is True  # made up from the type: no example
    assert t.full.query == (("tags", "a"), ("tags", "b"), ("verbose", "true"))
    assert t.full.json == {"size": 1, "note": None}  # nullable: None is sent as null
    assert t.minimal.json == {"size": 1}
    (case,) = t.path_params
    assert case.probe_url.endswith("/things/a%2Fb%20c%3Fd%23e")
    # 4XX is documented, so the undocumented status must be a 5xx one
    assert [(e.label, e.status) for e in t.errors] == [("4xx", 400), ("default", 599)]
    assert t.errors[1].exception == api.settings.default_error


def test_edge_spec_tests_render_and_compile(api_from: Callable[..., Api]) -> None:
    api = api_from(EDGE_SPEC)
    files = {f.path: f.text for f in render(api) if f.path.startswith("tests/")}
    assert len(files) == 8
    for path, text in files.items():
        compile(text, path, "exec")
