"""Generate a client for each ReadMe corpus spec and run the generated test suite.

    .venv/bin/python scripts/corpus_suites.py [SPEC ...] [--out /tmp/corpus] [--timeout 300]

SPEC defaults to every yaml spec of `node_modules/@readme/oas-examples` (3.0 and 3.1). One
suite runs at a time (`--jobs 1`, the default): the contract tests start Prism, and timings
measured on this machine by others must not suffer. Prints one row per spec and a total.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
CORPUS = ROOT / "node_modules" / "@readme" / "oas-examples"
COUNTS = re.compile(r"(\d+) (passed|failed|errors?|skipped)")


@dataclass
class Row:
    spec: str
    generated: bool = False
    passed: int = 0
    failed: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    note: str = ""


def corpus() -> list[Path]:
    return sorted([*CORPUS.glob("3.0/yaml/*.yaml"), *CORPUS.glob("3.1/yaml/*.yaml")])


def label(spec: Path) -> str:
    """`3.0-petstore` for a corpus spec (3.0 and 3.1 share names), else the file's stem."""
    if spec.parent.name == "yaml" and spec.parent.parent.parent == CORPUS:
        return f"{spec.parent.parent.name}-{spec.stem}"
    return spec.stem


def run_one(spec: Path, out_root: Path, timeout: float) -> Row:
    row = Row(label(spec))
    target = out_root / row.spec
    shutil.rmtree(target, ignore_errors=True)
    start = time.monotonic()
    generate = [str(PYTHON), "-m", "generator", "generate", str(spec), "-o", str(target)]
    done = subprocess.run(
        [*generate, "--lenient"], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    (out_root / f"{row.spec}.generate.log").write_text(done.stdout + done.stderr)
    row.generated = done.returncode == 0
    if not row.generated:
        row.note = "generate failed"
        row.seconds = time.monotonic() - start
        return row
    env = {**os.environ, "SDKGEN_PRISM": str(PRISM), "SDKGEN_SPEC": str(spec.resolve())}
    env["PYTHONPATH"] = "src"
    pytest = [str(PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]
    log = out_root / f"{row.spec}.pytest.log"
    with log.open("w") as sink:
        suite = subprocess.Popen(pytest, cwd=target, env=env, stdout=sink, stderr=subprocess.STDOUT)
        try:
            suite.wait(timeout)
        except subprocess.TimeoutExpired:
            row.note = f"timeout after {timeout:.0f} s"
            _interrupt(suite)
    output = log.read_text(errors="replace")
    summary = output.strip().splitlines()[-1] if output.strip() else ""
    for number, kind in COUNTS.findall(summary):
        kind = "errors" if kind.startswith("error") else kind
        setattr(row, kind, int(number))
    row.seconds = time.monotonic() - start
    return row


def _interrupt(suite: subprocess.Popen[bytes]) -> None:
    """Ctrl-C first, so that pytest's fixtures stop Prism (its own session); then SIGKILL."""
    suite.send_signal(signal.SIGINT)
    try:
        suite.wait(20)
    except subprocess.TimeoutExpired:
        suite.kill()
        suite.wait()


def print_table(rows: list[Row]) -> None:
    header = f"{'spec':<36} {'gen':>4} {'passed':>7} {'failed':>7} {'errors':>7}"
    header += f" {'skip':>5} {'secs':>7}"
    print(header)
    print("-" * len(header))
    for r in rows:
        gen = "ok" if r.generated else "FAIL"
        print(
            f"{r.spec:<36} {gen:>4} {r.passed:>7} {r.failed:>7} {r.errors:>7} {r.skipped:>5}"
            f" {r.seconds:>7.1f} {r.note}"
        )
    print("-" * len(header))
    total = Row("TOTAL", all(r.generated for r in rows))
    for field in ("passed", "failed", "errors", "skipped", "seconds"):
        setattr(total, field, sum(getattr(r, field) for r in rows))
    ok = sum(r.generated for r in rows)
    print(
        f"{'TOTAL (' + str(len(rows)) + ' specs)':<36} {ok:>4} {total.passed:>7} {total.failed:>7}"
        f" {total.errors:>7} {total.skipped:>5} {total.seconds:>7.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="*", type=Path, help="default: the whole corpus")
    parser.add_argument("--out", type=Path, default=Path("/tmp/corpus"))
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per spec step")
    parser.add_argument("--jobs", type=int, default=1, help="suites at a time (keep 1)")
    args = parser.parse_args(argv)
    specs = [s.resolve() for s in args.specs] or corpus()
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, spec, args.out, args.timeout) for spec in specs]
        for future in futures:
            row = future.result()
            rows.append(row)
            print(
                f"# {row.spec}: {row.passed} passed, {row.failed} failed, "
                f"{row.errors} errors ({row.seconds:.0f} s) {row.note}",
                flush=True,
            )
    print_table(rows)
    return 0 if all(r.generated and not r.failed and not r.errors for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
