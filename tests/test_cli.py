"""CLI: exit codes, one-line problems, no tracebacks, and nothing touched after a failure."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openrouter-byok.yaml"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd,
                          capture_output=True, text=True)  # fmt: skip


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}  # fmt: skip


@pytest.fixture
def out(tmp_path: Path) -> Path:
    target = tmp_path / "out"
    assert main(["generate", str(SPEC), "-o", str(target)]) == 0
    return target


def test_generate_then_check_is_clean(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SPEC), "-o", str(out)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_regenerate_writes_nothing(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["generate", str(SPEC), "-o", str(out)]) == 0
    assert " 0 written," in capsys.readouterr().out


def test_check_reports_drift_with_exit_1(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client = next(out.rglob("_client.py"))
    client.write_text(client.read_text() + "# hand edit\n")
    assert main(["check", str(SPEC), "-o", str(out)]) == 1
    report = capsys.readouterr().out
    assert "changed: src/openrouter_byok/_client.py" in report and "-# hand edit" in report


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["generate", "no/such/spec.yaml"], "no/such/spec.yaml:1: #:"),
        (["generate", "--bogus"], "<command line>:1: #: unrecognized arguments: --bogus"),
        (["validate"], "<command line>:1: #: the following arguments are required: spec"),
        (["frobnicate"], "<command line>:1: #: argument command: invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line_per_problem(args: list[str], expected: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_failed_run_leaves_output_byte_identical(out: Path, tmp_path: Path) -> None:
    before = snapshot(out)
    broken = tmp_path / "broken.yaml"
    broken.write_text(SPEC.read_text().replace("openapi: 3.1.0", "openapi: 3.1.0\npaths: [oops"))
    result = run("generate", str(broken), "-o", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert snapshot(out) == before


def test_invalid_spec_lists_every_problem(tmp_path: Path) -> None:
    spec = tmp_path / "two.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n"
        "  /a: {get: {operationId: x, responses: {'200': {description: ok}}}}\n"
        "  /b: {get: {operationId: x, responses: {'200': {description: ok}}}}\n"
    )
    result = run("validate", str(spec))
    assert result.returncode == 2
    lines = [ln for ln in result.stderr.splitlines() if ln]
    assert lines and all(
        ln.startswith(f"{spec}:") or ln.startswith("two.yaml") or ":" in ln for ln in lines
    )
    assert any("operationId" in ln for ln in lines)


def test_validate_ok_spec_exits_0() -> None:
    assert run("validate", "spec/openrouter-byok.yaml").returncode == 0


def test_foreign_files_in_output_survive(out: Path) -> None:
    (out / "NOTES.txt").write_text("mine")
    shutil.rmtree(out / "docs")
    assert main(["generate", str(SPEC), "-o", str(out)]) == 0
    assert (out / "NOTES.txt").read_text() == "mine" and (out / "docs").is_dir()
