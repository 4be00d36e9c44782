"""generator.validate: the bad-spec corpus, the real OpenRouter spec, caching, big specs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import generator.spec_validator as adapter
from generator.diagnostics import GeneratorError, Problem
from generator.load import display_path, load_spec
from generator.validate import find_problems, validate

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad_specs"
SHARED = HERE.parents[1] / "shared"
FULL_SPEC = SHARED / "specs" / "openrouter-full.openapi.yaml"


def expected_rows() -> list[tuple[str, int, str]]:
    rows = []
    for line in (BAD / "expected.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, number, text = (part.strip() for part in line.split("|", 2))
            rows.append((name, int(number), text))
    return rows


def problems_of(path: Path, cache_dir: Path | None = None) -> list[Problem]:
    try:
        return validate(load_spec(path), cache_dir=cache_dir)
    except GeneratorError as exc:
        return list(exc.problems)


def test_corpus_lists_every_file() -> None:
    listed = {name for name, _, _ in expected_rows()}
    present = {p.name for p in BAD.iterdir() if p.name != "expected.txt"}
    assert listed == present
    assert len(listed) >= 30


@pytest.mark.parametrize(("name", "line", "text"), expected_rows())
def test_bad_spec(name: str, line: int, text: str) -> None:
    path = BAD / name
    errors = [p for p in problems_of(path) if p.severity == "error"]
    assert errors, f"{name}: no error reported"
    for problem in errors:
        assert problem.file == display_path(path) and not problem.file.startswith("/")
        assert problem.line > 0 and problem.pointer.startswith("#")
        assert len(problem.message) < 200 and "\n" not in problem.message
    assert any(p.line == line and text in p.message for p in errors), "\n".join(map(str, errors))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_30 = """\
openapi: 3.0.3
info: {title: Pets, version: '1'}
paths:
  /pets/{petId}:
    parameters:
      - {name: petId, in: path, required: true, schema: {type: string}}
    get:
      operationId: getPet
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string, nullable: true}
        age: {type: integer, minimum: 0, exclusiveMinimum: true}
        parent: {$ref: '#/components/schemas/Pet'}
"""


def test_valid_specs_have_no_problems(tmp_path: Path) -> None:
    good_31 = GOOD_30.replace("3.0.3", "3.1.0").replace(
        "{type: string, nullable: true}", "{type: [string, 'null']}"
    )
    good_31 = good_31.replace("minimum: 0, exclusiveMinimum: true", "exclusiveMinimum: 0")
    assert problems_of(write(tmp_path, "good30.yaml", GOOD_30)) == []
    assert problems_of(write(tmp_path, "good31.yaml", good_31)) == []
    as_json = json.dumps(load_spec(tmp_path / "good31.yaml").data, indent=1)
    assert problems_of(write(tmp_path, "good31.json", as_json)) == []


def test_every_problem_at_once_sorted_by_line(tmp_path: Path) -> None:
    text = (BAD / "unknown_type.yaml").read_text() + (
        "    Other:\n      type: object\n      exclusiveMinimum: true\n      summry: x\n"
    )
    text = text.replace("paths: {}", "paths:\n  /a/{id}:\n    get:\n      operationId: a")
    problems = problems_of(write(tmp_path, "many.yaml", text))
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    assert len(problems) >= 4, "\n".join(map(str, problems))  # {id}, no responses, strng, Other


def test_validator_crash_is_one_warning(tmp_path: Path) -> None:
    text = GOOD_30.replace("{name: petId, in: path,", "{in: path,")
    problems = problems_of(write(tmp_path, "noname.yaml", text))
    assert any(p.severity == "warning" and "KeyError" in p.message for p in problems)
    assert any(
        p.severity == "error" and "missing required field 'name'" in p.message for p in problems
    )


def test_overlay_warnings_come_first(tmp_path: Path) -> None:
    spec = write(tmp_path, "good.yaml", GOOD_30)
    overlay = write(
        tmp_path,
        "o.yaml",
        "overlay: 1.0.0\ninfo: {title: o, version: '1'}\n"
        "actions:\n  - {target: $.nothing, update: {x: 1}}\n",
    )
    problems = validate(load_spec(spec, [overlay]), cache_dir=None)
    assert [p.severity for p in problems] == ["warning"]


def test_fast_paths_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The precrawled validators give exactly what plain openapi-spec-validator gives."""
    names = ["exclusive_minimum_bool_31.yaml", "default_wrong_type.yaml", "unknown_type.yaml"]
    specs = [load_spec(BAD / n) for n in names] + [load_spec(BAD / "type_list_30.yaml")]
    fast = [find_problems(s) for s in specs]
    monkeypatch.setattr(adapter, "_fast_checker", lambda checker: checker)
    monkeypatch.setattr(adapter, "_precrawled", lambda validator: validator)
    for cls, schema in [
        (adapter._Located30, adapter.schema_v30),
        (adapter._Located31, adapter.schema_v31),
    ]:
        monkeypatch.setattr(cls, "schema_validator", adapter.create_validator(schema))
    assert [find_problems(s) for s in specs] == fast


def test_cache(tmp_path: Path) -> None:
    spec = load_spec(BAD / "default_wrong_type.yaml")
    first = validate(spec, cache_dir=tmp_path)
    (entry,) = (tmp_path / "validate").iterdir()
    assert validate(spec, cache_dir=tmp_path) == first
    entry.write_text("not json")  # a damaged cache entry is recomputed
    assert validate(spec, cache_dir=tmp_path) == first
    assert validate(spec, cache_dir=None) == first


def test_huge_enum_is_fine(tmp_path: Path) -> None:
    values = "\n".join(f"        - value_{i}" for i in range(50_000))
    text = (
        "openapi: 3.1.0\ninfo: {title: Enum, version: '1'}\npaths: {}\ncomponents:\n"
        f"  schemas:\n    Big:\n      type: string\n      enum:\n{values}\n"
    )
    start = time.perf_counter()
    assert problems_of(write(tmp_path, "enum.yaml", text)) == []
    elapsed = time.perf_counter() - start
    print(f"\n50k-value enum: load+validate {elapsed:.2f} s")
    assert elapsed < 15


def big_spec(models: int, description_chars: int) -> tuple[str, int]:
    """A ~10 MB spec with one unknown type deep inside; returns (text, line of the error)."""
    words = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. "
    text = (words * (description_chars // len(words) + 1))[:description_chars]
    out = ["openapi: 3.1.0", "info: {title: Big, version: '1'}", "paths:"]
    for i in range(models):
        out += [
            f"  /things{i}/{{id}}:", "    get:", f"      operationId: getThing{i}",
            f"      description: '{text}'", "      parameters:",
            "        - {name: id, in: path, required: true, schema: {type: string}}",
            "      responses:", "        '200':", "          description: ok",
            "          content:", "            application/json:",
            f"              schema: {{$ref: '#/components/schemas/Model{i}'}}",
        ]  # fmt: skip
    out += ["components:", "  schemas:"]
    for i in range(models):
        item = "strng" if i == models * 2 // 3 else "string"
        out += [
            f"    Model{i}:", "      type: object", f"      description: '{text}'",
            "      required: [id]", "      properties:", "        id: {type: string}",
            "        count: {type: integer, minimum: 0}", "        tags:",
            "          type: array", "          items:", f"            type: {item}",
            f"        parent: {{$ref: '#/components/schemas/Model{i // 2}'}}",
            "        kind: {type: string, enum: [a, b, c]}",
        ]  # fmt: skip
        if item == "strng":
            error_line = len(out) - 2
    return "\n".join(out) + "\n", error_line


def test_ten_megabyte_spec(tmp_path: Path) -> None:
    text, error_line = big_spec(models=300, description_chars=16_000)
    path = write(tmp_path, "big.yaml", text)
    assert path.stat().st_size > 9_500_000
    start = time.perf_counter()
    spec = load_spec(path)
    loaded = time.perf_counter()
    problems = validate(spec, cache_dir=tmp_path)
    done = time.perf_counter()
    print(
        f"\n{path.stat().st_size / 1e6:.1f} MB spec: load {loaded - start:.2f} s, "
        f"validate {done - loaded:.2f} s"
    )
    assert [(p.line, p.pointer) for p in problems] == [
        (error_line, "#/components/schemas/Model200/properties/tags/items/type")
    ]
    assert loaded - start < 10 and done - loaded < 40  # about 0.5 s and 4 s on a dev machine
    again = time.perf_counter()
    assert validate(spec, cache_dir=tmp_path) == problems
    assert time.perf_counter() - again < 1


def test_full_openrouter_spec(tmp_path: Path) -> None:
    if not FULL_SPEC.is_file():
        pytest.skip(f"{FULL_SPEC} is not available")
    spec = load_spec(FULL_SPEC)
    start = time.perf_counter()
    problems = validate(spec, cache_dir=tmp_path)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    assert validate(spec, cache_dir=tmp_path) == problems
    cached = time.perf_counter() - start
    print(f"\nvalidate {FULL_SPEC.name}: cold {cold:.2f} s, cached {cached:.3f} s")
    (problem,) = problems
    assert problem.pointer == (
        "#/components/schemas/VideoGenerationRequest/properties/upscale_factor/exclusiveMinimum"
    )
    assert spec.raw.decode().splitlines()[problem.line - 1].strip() == "exclusiveMinimum: true"
    assert "must be a number in OpenAPI 3.1" in problem.message
    assert "use `exclusiveMinimum: 0` instead of `minimum: 0` + `exclusiveMinimum: true`" in (
        problem.message
    )
    assert problem.file == display_path(FULL_SPEC) and not problem.file.startswith("/")
    assert cached < 0.5


def test_the_validator_is_imported_without_requests_which_stays_importable() -> None:
    """jsonschema_path needs `requests` only to fetch remote $refs: the validator runs without
    it (0.1 s and 6 MiB less), and blocking it leaves nothing behind."""
    code = (
        "import sys\n"
        "from generator import validate\n"
        "validate._import_validator()\n"
        "assert 'requests' not in sys.modules, 'requests was imported'\n"
        "import requests\n"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
