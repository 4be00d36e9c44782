"""generator.format and generator.workers: the black shortcuts are output-identical."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import format as fmt
from generator import render, workers
from generator.load import load_spec
from generator.render import RenderedFile
from generator.validate import start, validate

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openrouter-byok.yaml"
HEADER = "# generated from spec/openrouter-byok.yaml; do not edit\n"
fork_only = pytest.mark.skipif(not workers.can_fork(), reason="needs fork")


def copied_modules() -> list[str]:
    return [
        source
        for source in sorted(render._template_files(render.TEMPLATES_DIR))
        if source.endswith(".py")
    ]


def test_copied_runtime_is_black_stable() -> None:
    """format skips black for the copied runtime (RenderedFile.preformatted): that is only
    output-identical while black, with the generator's settings, leaves each one unchanged."""
    assert copied_modules()
    for source in copied_modules():
        text = HEADER + (render.TEMPLATES_DIR / source).read_text(encoding="utf-8")
        formatted, error = fmt._format_one(text)
        assert not error, source
        assert formatted == text, f"{source} is not black-formatted; run black on it"


def test_format_files_skips_black_only_for_preformatted() -> None:
    files = [RenderedFile("a.py", "x = ( 1 )\n"), RenderedFile("b.py", "y = ( 2 )\n", True)]
    out, problems = fmt.format_files(files, cache_dir=None)
    assert problems == []
    assert [f.text for f in out] == ["x = 1\n", "y = ( 2 )\n"]


def square(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n * n


@fork_only
def test_pool_maps_in_order_and_redoes_failures_in_process() -> None:
    pool = workers.Pool(2)
    try:
        assert pool.map(square, [5, 1, 4, 2], cost=int) == [25, 1, 16, 4]
        with pytest.raises(ValueError, match="three"):  # raised again, in the parent
            pool.map(square, [1, 3, 2], cost=int)
    finally:
        pool.close()


@fork_only
def test_pool_formats_like_in_process(tmp_path: Path) -> None:
    texts = {f"m{i}.py": f"x{i} = [ {i},{i} ]\n" * (i + 1) for i in range(6)}
    files = [RenderedFile(p, HEADER + t) for p, t in texts.items()]
    serial, _ = fmt.format_files(files, cache_dir=None)
    pool = workers.Pool(2, warm=fmt._black)
    try:
        parallel, _ = fmt.format_files(files, cache_dir=tmp_path, pool=pool)
    finally:
        pool.close()
    assert parallel == serial


@fork_only
def test_background_validation_matches_in_process(tmp_path: Path) -> None:
    spec = load_spec(ROOT / "tests" / "bad_specs" / "bad_parameter_location.yaml")
    expected = validate(spec, cache_dir=None)
    assert expected
    joined = start(spec, cache_dir=tmp_path)  # a cache miss: validated in a forked process
    assert joined() == expected
    assert joined() == expected  # joining again returns the same, without a process
    assert validate(spec, cache_dir=tmp_path) == expected  # and the result was cached


def test_invalid_spec_with_empty_cache_exits_2_and_leaves_output(tmp_path: Path) -> None:
    """Empty cache: black workers start early and the validator runs beside normalize/render;
    a spec error must still be the only output, and nothing written."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    spec = ROOT / "tests" / "bad_specs" / "bad_parameter_location.yaml"
    env = {**os.environ, "SDKGEN_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stdout == ""
    expected = validate(load_spec(spec), cache_dir=None)
    assert result.stderr.splitlines() == [str(p) for p in expected if p.severity == "error"]
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_plan_sends_one_big_item_at_a_time() -> None:
    costs = [10, 9, 1, 1]
    plan = workers._Plan([0, 1, 2, 3])
    is_big = lambda i: costs[i] > 5  # noqa: E731
    assert [plan.next(is_big), plan.next(is_big), plan.next(is_big)] == [0, 2, 3]
    assert plan.next(is_big) is None  # item 1 is big too: it waits for item 0
    plan.finished(0)
    assert plan.next(is_big) == 1
    plan.failed(1)
    assert plan.left() == [1]


@fork_only
def test_pool_with_big_items_still_maps_in_order() -> None:
    pool = workers.Pool(2)
    try:
        assert pool.map(square, [9, 8, 1, 2, 7], cost=int, big=5) == [81, 64, 1, 4, 49]
    finally:
        pool.close()


def worker_pid(_: int) -> int:
    return os.getpid()


@fork_only
def test_pool_grows_once_the_other_process_is_done() -> None:
    """format starts one worker fewer while the validator holds a core, and the second as soon
    as it is done: here after the first item has been answered."""
    answered: list[int] = []
    pool = workers.Pool(1)
    try:

        def busy() -> bool:
            answered.append(1)
            return len(answered) < 3

        pids = pool.map(worker_pid, list(range(40)), cost=lambda i: 40 - i, grow=(2, busy))
    finally:
        pool.close()
    assert len(pool.workers) == 2
    assert len(set(pids)) == 2 and os.getpid() not in pids


@fork_only
def test_validation_reports_running_until_its_process_is_done(tmp_path: Path) -> None:
    spec = load_spec(ROOT / "tests" / "bad_specs" / "bad_parameter_location.yaml")
    validation = start(spec, cache_dir=tmp_path)  # a cache miss: validated in a forked process
    assert validation.running()
    problems = validation()
    assert not validation.running()
    assert start(spec, cache_dir=tmp_path).running() is False  # cached: nothing runs
    assert start(spec, cache_dir=tmp_path)() == problems


def test_format_files_while_busy_matches_serial(tmp_path: Path) -> None:
    texts = {f"m{i}.py": f"x{i} = [ {i},{i} ]\n" * (400 + i) for i in range(6)}
    files = [RenderedFile(p, HEADER + t) for p, t in texts.items()]
    serial, _ = fmt.format_files(files, cache_dir=None)
    flips = iter([True, True, False])
    busy = lambda: next(flips, False)  # noqa: E731
    assert fmt.format_files(files, cache_dir=tmp_path, busy=busy)[0] == serial


def test_plan_holds_big_items_back_while_told_to() -> None:
    """While the validator runs, format sends no big module: its memory would add to the
    validator's. Small ones go out, costliest first; the big ones when allowed."""
    costs = [50, 1, 60, 2, 3]
    plan = workers._Plan(sorted(range(5), key=lambda i: -costs[i]))
    is_big = lambda i: costs[i] > 10  # noqa: E731
    held = [plan.next(is_big, allow_big=False) for _ in range(4)]
    assert held == [4, 3, 1, None]
    assert plan.pending()
    assert [plan.next(is_big), plan.next(is_big)] == [2, None]  # one big item at a time
    plan.finished(2)
    assert plan.next(is_big) == 0
    assert not plan.pending()


@fork_only
def test_pool_with_only_big_items_waits_for_the_other_process() -> None:
    """Nothing small to send while busy: the pool waits, it does not fall back to formatting
    in the parent process."""
    checks: list[bool] = []

    def busy() -> bool:
        checks.append(True)
        return len(checks) < 5

    pool = workers.Pool(1)
    try:
        pids = pool.map(worker_pid, [50, 60], cost=int, big=10, grow=(2, busy))
    finally:
        pool.close()
    assert len(checks) >= 5 and os.getpid() not in pids
