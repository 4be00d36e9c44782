"""Golden: regenerating from spec/ reproduces the committed generated/ byte for byte."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import Options, build
from generator.write import check_tree

ROOT = Path(__file__).resolve().parents[1]
SPEC = Path("spec/openrouter-byok.yaml")


def generate(out: Path, seed: str, cache: Path) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "SDKGEN_CACHE_DIR": str(cache)}
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "-o", str(out)],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip


def tree_differences(a: Path, b: Path) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b, ignore=["__pycache__", ".mypy_cache", ".pytest_cache"]), "")
    return found


def test_committed_output_matches_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = build(SPEC, Options(cache_dir=None))
    assert check_tree(ROOT / "generated", result.files) == []


def test_byte_identical_across_hash_seeds_and_cold_cache(tmp_path: Path) -> None:
    generate(tmp_path / "a", "0", tmp_path / "cache-a")
    generate(tmp_path / "b", "4242", tmp_path / "cache-b")
    assert tree_differences(tmp_path / "a", tmp_path / "b") == []
    assert tree_differences(tmp_path / "a", ROOT / "generated") == []


def generated_files() -> list[str]:
    return (ROOT / "generated" / ".sdkgen-files").read_text().splitlines()[1:]


def test_no_machine_paths() -> None:
    for relative in generated_files():
        text = (ROOT / "generated" / relative).read_text(encoding="utf-8")
        assert str(ROOT) not in text and str(Path.home()) not in text, relative


def test_every_generated_file_has_a_provenance_header() -> None:
    for relative in generated_files():
        text = (ROOT / "generated" / relative).read_text(encoding="utf-8")
        # JSON has no comments: its header is the "_generated" key on the second line
        head = " ".join(text.splitlines()[:2])
        assert "generated from spec/openrouter-byok.yaml" in head and "do not edit" in head, (
            relative
        )
