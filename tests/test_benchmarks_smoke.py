"""The benchmark harness still works: `python -m benchmarks --smoke` (tiny counts, no peers, no
full spec; a few seconds). The real numbers come from `python -m benchmarks`, never from tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_smoke_run_writes_table_chart_and_json(tmp_path: Path) -> None:
    out = tmp_path / "results"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke", "--out", out, "--work", tmp_path / "work"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    table = (out / "results.md").read_text()
    assert table in done.stdout  # the table is printed too
    for row in ("BYOK cold", "regenerate", "client.byok.get, sync", "async", "500 credentials"):
        assert row in table
    assert (out / "results.png").read_bytes().startswith(b"\x89PNG")
    data = json.loads((out / "results.json").read_text())
    assert data["pages_requests"] == 5  # 500 items at 100 per page: exactly 5 requests
    assert {"byok-ours", "byok-ours-regen", "synth-5-ours"} <= set(data["seconds"])
    assert not data["versions"]  # smoke mode installs no peers
    assert not (tmp_path / "work" / "out-byok-opc").exists()
    assert not (tmp_path / "work" / ".trash").exists()  # old outputs are deleted at the end


def test_fresh_moves_old_output_aside_until_the_timed_rounds_end(tmp_path: Path) -> None:
    from benchmarks.run import empty_trash, fresh

    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "a.py").write_text("x = 1\n")
    assert fresh(out) == out and not out.exists()
    moved = list((tmp_path / ".trash").iterdir())
    assert [p.name.startswith("out-") for p in moved] == [True]
    assert (moved[0] / "pkg" / "a.py").read_text() == "x = 1\n"  # not deleted yet
    assert fresh(out) == out  # nothing there: nothing moved
    empty_trash(tmp_path)
    assert not (tmp_path / ".trash").exists()
