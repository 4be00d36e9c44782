"""Versioning: generate keeps a snapshot, bumps the version and writes the changelog entry."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import build_api

from generator import pipeline
from generator.cli import main
from generator.diagnostics import GeneratorError
from generator.snapshot import FILE_NAME, Snapshot, snapshot
from generator.versioning import Release, plan

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "src/openrouter_byok"


class Project:
    """A copy of the real spec and its SDK config, generated into `out`."""

    def __init__(self, root: Path) -> None:
        self.spec = root / "spec" / "openrouter-byok.yaml"
        self.config = self.spec.with_name("openrouter-byok.sdk.toml")
        self.out = root / "out"
        self.spec.parent.mkdir()
        self.spec.write_bytes((ROOT / "spec" / "openrouter-byok.yaml").read_bytes())
        config = (ROOT / "spec" / "openrouter-byok.sdk.toml").read_text(encoding="utf-8")
        self.config.write_text(re.sub(r"(?m)^version = .*\n", "", config), encoding="utf-8")

    def generate(self) -> tuple[pipeline.Build, list[str]]:
        result, summary = pipeline.generate(self.spec, self.out)
        return result, summary.written

    def check(self) -> list[str]:
        return pipeline.check(self.spec, self.out)[1]

    def edit(self, change: Callable[[dict[str, Any]], None]) -> None:
        data = yaml.safe_load(self.spec.read_text(encoding="utf-8"))
        change(data)
        self.spec.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    def pin(self, version: str) -> None:
        with self.config.open("a", encoding="utf-8") as config:
            config.write(f'version = "{version}"\n')

    def read(self, path: str) -> str:
        return (self.out / path).read_text(encoding="utf-8")

    def version(self) -> tuple[str, str]:
        """(pyproject version, __version__) as generated."""
        pyproject = re.search(r'(?m)^version = "(.*)"', self.read("pyproject.toml"))
        init = re.search(r'__version__ = "(.*)"', self.read(f"{PACKAGE}/_version.py"))
        assert pyproject and init
        return pyproject.group(1), init.group(1)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = Project(tmp_path)
    made.generate()
    return made


def remove_xai_and_rename_workspace(data: dict[str, Any]) -> None:
    data["components"]["schemas"]["ProviderSlug"]["enum"].remove("xai")
    for param in data["paths"]["/byok"]["get"]["parameters"]:
        if param.get("name") == "workspace_id":
            param["name"] = "workspace"


def add_provider(data: dict[str, Any]) -> None:
    data["components"]["schemas"]["ProviderSlug"]["enum"].append("newco")


def reword(data: dict[str, Any]) -> None:
    data["info"]["description"] += "\nReworded."


def changelog_versions(text: str) -> list[str]:
    return re.findall(r"(?m)^## (\S+)", text)


def test_first_generation_then_nothing_changes(project: Project) -> None:
    assert project.version() == ("0.1.0", "0.1.0")  # not info.version (1.0.0)
    digest = hashlib.sha256(project.spec.read_bytes()).hexdigest()
    assert f'__spec_digest__ = "{digest}"' in project.read(f"{PACKAGE}/_version.py")
    snap = json.loads(project.read(FILE_NAME))
    assert (snap["spec_digest"], snap["version"]) == (digest, "0.1.0")
    assert snap["_generated"].endswith("do not edit")
    changelog = project.read("CHANGELOG.md")
    assert changelog.startswith(f"<!-- generated from {snap['_generated'][15:]}")
    assert changelog_versions(changelog) == ["0.1.0"]
    assert project.generate()[1] == []
    assert project.check() == []


def test_breaking_change_bumps_minor_and_prepends_an_entry(project: Project) -> None:
    project.edit(remove_xai_and_rename_workspace)
    result, written = project.generate()
    assert project.version() == ("0.2.0", "0.2.0")
    assert {"pyproject.toml", f"{PACKAGE}/_version.py", "CHANGELOG.md", FILE_NAME} <= set(written)
    changelog = project.read("CHANGELOG.md")
    assert changelog_versions(changelog) == ["0.2.0", "0.1.0"]
    entry = changelog.split("## 0.2.0", 1)[1].split("## 0.1.0", 1)[0]
    assert "### Breaking changes" in entry
    assert (
        "- `OpenRouter.byok.list(workspace_id=)`: argument renamed to `workspace`. "
        "Migration: pass `workspace=` instead of `workspace_id=`." in entry
    )
    assert "- `openrouter_byok.models.ProviderSlug.XAI`: value 'xai' removed" in entry
    assert result.release is not None and result.release.previous_version == "0.1.0"
    # idempotent: the same spec again gives no new entry and no new version
    assert project.generate()[1] == []
    assert project.check() == []
    assert changelog_versions(project.read("CHANGELOG.md")) == ["0.2.0", "0.1.0"]


def test_feature_bumps_the_patch_version_before_1_0(project: Project) -> None:
    project.edit(add_provider)
    project.generate()
    assert project.version() == ("0.1.1", "0.1.1")
    changelog = project.read("CHANGELOG.md")
    assert changelog_versions(changelog) == ["0.1.1", "0.1.0"]
    assert "### Features" in changelog and "### Breaking" not in changelog


def test_check_reports_a_changed_spec_before_generate(project: Project) -> None:
    project.edit(add_provider)
    drift = project.check()
    assert any(block.startswith("changed: CHANGELOG.md") for block in drift)
    assert any(block.startswith("digest: ") for block in drift)


def test_pinned_version_wins_with_a_warning_when_lower(project: Project) -> None:
    project.pin("0.1.0")
    project.edit(remove_xai_and_rename_workspace)
    result, _ = project.generate()
    assert project.version() == ("0.1.0", "0.1.0")
    (warning,) = [w for w in result.warnings if w.pointer == "#/sdk/version"]
    assert "lower than 0.2.0" in warning.message and warning.severity == "warning"
    assert "the changes call for 0.2.0" in project.read("CHANGELOG.md")


def test_pinned_version_at_or_above_the_computed_one_is_silent(project: Project) -> None:
    project.pin("1.0.0")
    project.edit(add_provider)
    result, _ = project.generate()
    assert project.version() == ("1.0.0", "1.0.0")
    assert not [w for w in result.warnings if w.pointer == "#/sdk/version"]


def plan_after(old: Snapshot | None, new: Snapshot, pinned: str | None = None) -> Release:
    api = build_api(yaml.safe_load((ROOT / "spec" / "openrouter-byok.yaml").read_text()))
    api = dataclasses.replace(api, spec_digest=new["spec_digest"])
    return plan(api, old, pinned, "sdk.toml")


def test_plan_bumps_from_the_previous_version_pinned_or_not() -> None:
    api = build_api(yaml.safe_load((ROOT / "spec" / "openrouter-byok.yaml").read_text()))
    base = snapshot(api)
    assert plan_after(None, base).version == "0.1.0"
    assert plan_after({**base, "version": "1.0.0"}, base).version == "1.0.0"  # same digest
    reworded = {**base, "spec_digest": "1" * 64}
    release = plan_after({**base, "version": "1.0.0"}, reworded)  # e.g. a pinned 1.0.0 before
    assert (release.version, [c.label for c in release.changes]) == ("1.0.1", ["FIX"])
    pinned = plan_after({**base, "version": "1.0.0"}, reworded, pinned="0.9.0")
    assert (pinned.version, pinned.computed) == ("0.9.0", "1.0.1") and pinned.warnings
    with pytest.raises(GeneratorError, match=r"X\.Y\.Z"):
        plan_after(base, reworded, pinned="latest")


def test_hand_edited_digest_fails_check(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project.out / PACKAGE / "_version.py"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r'__spec_digest__ = "\w+"', '__spec_digest__ = "' + "0" * 64 + '"', text)
    )
    drift = project.check()
    assert any(b.startswith(f"changed: {PACKAGE}/_version.py") for b in drift)
    assert f"digest: 1 file(s) stamp sha256 {'0' * 16}" in "\n".join(drift)
    assert main(["check", str(project.spec), "-o", str(project.out)]) == 1
    assert f"{PACKAGE}/_version.py" in capsys.readouterr().out


def test_hand_edited_doc_digest_fails_check(project: Project) -> None:
    readme = project.out / "README.md"
    text = readme.read_text(encoding="utf-8")
    readme.write_text(re.sub(r'spec_digest: "[0-9a-f]{64}"', f'spec_digest: "{"a" * 64}"', text))
    assert f"digest: 1 file(s) stamp sha256 {'a' * 16}" in "\n".join(project.check())


def test_snapshot_is_deterministic(project: Project, tmp_path: Path) -> None:
    other = tmp_path / "again"
    pipeline.generate(project.spec, other)
    text = project.read(FILE_NAME)
    assert (other / FILE_NAME).read_text(encoding="utf-8") == text
    assert not re.search(r"\d{4}-\d{2}-\d{2}T|\btime", text)


def test_unreadable_snapshot_is_an_error(project: Project) -> None:
    (project.out / FILE_NAME).write_text("{}", encoding="utf-8")
    with pytest.raises(GeneratorError, match="restore it from version control"):
        project.generate()


def test_committed_snapshot_matches_the_spec() -> None:
    snap = json.loads((ROOT / "generated" / FILE_NAME).read_text(encoding="utf-8"))
    spec = (ROOT / "spec" / "openrouter-byok.yaml").read_bytes()
    assert snap["spec_digest"] == hashlib.sha256(spec).hexdigest()


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"b": {}, "a": [1, 2.5, None, True, False, 'x\u00e9"\\\n\x00', -0.0, 10**30]},
        [[[]], {"z": {"y": [{}]}}],
        {1: "non-string key"},
        ("a tuple",),
        float("nan"),
    ],
)
def test_snapshot_text_is_json_dumps_indented(value: Any) -> None:
    from generator.snapshot import dumps

    assert dumps(value) == json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_snapshot_text_of_the_byok_api_is_json_dumps_indented() -> None:
    from generator.snapshot import dumps

    api, _, _ = pipeline.load_api(ROOT / "spec" / "openrouter-byok.yaml", pipeline.Options())
    snap = snapshot(api, "note")
    assert dumps(snap) == json.dumps(snap, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
