"""A spec change reaches the package, its docs pages and its generated tests in one run."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline import Options, build

ROOT = Path(__file__).resolve().parents[1]


def evolve(spec: dict[str, Any]) -> dict[str, Any]:
    """Add an operation, rename a response field, add an error status to `get`."""
    new = copy.deepcopy(spec)
    item = new["paths"]["/byok/{id}"]
    usage = copy.deepcopy(item["get"])
    usage.update(operationId="getBYOKKeyUsage", summary="Get a credential's usage")
    usage["x-speakeasy-name-override"] = "usage"
    new["paths"]["/byok/{id}/usage"] = {"parameters": item.get("parameters", []), "get": usage}
    key = new["components"]["schemas"]["BYOKKey"]
    key["properties"]["masked_label"] = key["properties"].pop("label")
    key["required"] = ["masked_label" if r == "label" else r for r in key["required"]]
    for example in _examples(new):
        if "label" in example:
            example["masked_label"] = example.pop("label")
    item["get"]["responses"]["429"] = copy.deepcopy(item["get"]["responses"]["404"])
    return new


def _examples(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found += [node] if "label" in node and "provider" in node else []
        for value in node.values():
            found += _examples(value)
    elif isinstance(node, list):
        for value in node:
            found += _examples(value)
    return found


def render_tree(
    spec: dict[str, Any], where: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    (where / "spec").mkdir(parents=True)
    (where / "spec" / "openrouter-byok.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    shutil.copy(ROOT / "spec" / "openrouter-byok.sdk.toml", where / "spec")
    monkeypatch.chdir(where)
    result = build(Path("spec/openrouter-byok.yaml"), Options(cache_dir=where.parent / "cache"))
    return {f.path: f.text for f in result.files}


def test_package_docs_and_tests_change_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openrouter-byok.yaml").read_text())
    before = render_tree(spec, tmp_path / "before", monkeypatch)
    after = render_tree(evolve(spec), tmp_path / "after", monkeypatch)
    pkg = "src/openrouter_byok"

    # the new operation: method, docs section, generated offline and contract tests
    assert "def usage(" not in before[f"{pkg}/resources/byok.py"]
    assert "def usage(" in after[f"{pkg}/resources/byok.py"]
    assert "## usage" in after["docs/sdks/byok/README.md"]
    assert "def test_method_usage(" in after["tests/test_byok.py"]
    assert "def test_method_usage(" in after["tests/test_contract_byok.py"]

    # the renamed field: model, model page, and the generated tests' expectations
    assert "masked_label:" in after[f"{pkg}/models/byok_key.py"]
    assert "    label:" not in after[f"{pkg}/models/byok_key.py"]
    assert "masked_label" in after["docs/models/byokkey.md"]
    assert "masked_label" in after["tests/examples_byok.py"]

    # the new error status: operation table, errors table in the docs, a test per row
    assert '"429": errors.' in after[f"{pkg}/resources/byok.py"]
    assert "| 429 |" in after["docs/sdks/byok/README.md"].replace("`", "")
    assert "ErrorCase(429, check_" in after["tests/examples_byok.py"]  # the errors' test lists
    assert '"Prefer": "code=429"' in after["tests/examples_byok.py"]

    changed = {p for p in after if before.get(p) != after[p]}
    assert {f"{pkg}/resources/byok.py", "docs/sdks/byok/README.md", "docs/models/byokkey.md",
            "tests/examples_byok.py"} <= changed  # fmt: skip
