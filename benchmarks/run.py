"""One command for every benchmark, ours and the peers' in the same run:

    .venv/bin/python -m benchmarks            # ~10 min; --quick: ~4 min; --smoke: seconds

Writes benchmarks/results/results.md (the table, also printed), results.json and results.png.
Method: benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import peers, synth
from .measure import Run, run

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks"
BYOK = Path("spec/openrouter-byok.yaml")  # relative: generated headers name it like the repo's
FULL = Path("/work/shared/specs/openrouter-full.openapi.yaml")
PY = sys.executable


@dataclass
class Settings:
    rounds: int
    cold_rounds: int  # rounds of the slow empty-cache 1,000-operation run
    # Rounds of the warm synthetic runs (0.2-3 s each): the linearity row extrapolates from two
    # runs ~0.2 s apart, so a few rounds' noise moved it by 0.1x and more.
    synth_rounds: int
    sizes: tuple[int, ...]
    calls: int  # client calls per timed loop
    client_rounds: int  # interleaved raw/SDK loops: one loop is ~0.3 s, and loops vary by ~10%
    pages: int  # 500-item iterations per timed loop
    import_rounds: int
    peers: bool
    full: bool
    work: Path
    out: Path
    smoke: bool = False


@dataclass
class Case:
    name: str
    command: Callable[[int], list[str]]  # round -> argv; does the untimed preparation
    env: dict[str, str] | None = None
    rounds: int | None = None  # None: the settings' rounds; may be fewer or more
    memory: bool = False
    after: Callable[[int, Run], None] | None = None
    runs: list[Run] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)


def child_env(cache: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if cache is not None:
        env["SDKGEN_CACHE_DIR"] = str(cache)
    return env


def ours_cmd(spec: Path, out: Path, lenient: bool = False) -> list[str]:
    return [PY, "-m", "generator", "generate", str(spec), "-o", str(out)] + (
        ["--lenient"] if lenient else []
    )


def opc_env() -> dict[str, str]:
    """opc's post-hooks run `ruff check --fix` and `ruff format` by name: its venv's bin/ must be
    on PATH, or opc prints "ruff is not in PATH", skips formatting and looks faster than it is."""
    env = child_env()
    env["PATH"] = os.pathsep.join([str(peers.OPC.bin), env.get("PATH", "")])
    return env


def opc_cmd(spec: Path, out: Path) -> list[str]:
    exe = peers.OPC.bin / "openapi-python-client"
    return [str(exe), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]


TRASH = ".trash"
_trashed = itertools.count()


def fresh(path: Path) -> Path:
    """`path`, empty. What was there is moved aside and deleted only after the timed rounds:
    this VM's ext4 has no journal, and there each new inode's allocation steps one by one past
    the inodes freed in the last 5 minutes (`recently_deleted()` in fs/ext4/ialloc.c). Deleting
    the last round's 2,839 files right before a run made that run's file creations quadratic
    (300 µs each instead of 40), for every generator alike."""
    if path.exists():
        trash = path.parent / TRASH
        trash.mkdir(exist_ok=True)
        path.rename(trash / f"{path.name}-{os.getpid()}-{next(_trashed)}")
    return path


def empty_trash(work: Path) -> None:
    shutil.rmtree(work / TRASH, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# generator cases


def generator_cases(s: Settings) -> tuple[list[Case], dict[str, Any]]:
    w = s.work
    # smoke: the user's own cache (usually warm from the test suite), so the smoke run is fast
    warm = Path(os.environ.get("SDKGEN_CACHE_DIR", Path.home() / ".cache" / "sdkgen"))
    warm = warm if s.smoke else w / "cache-warm"
    info: dict[str, Any] = {}
    cases: list[Case] = []

    def prime(spec: Path, out: Path, lenient: bool = False) -> None:
        run(ours_cmd(spec, fresh(out), lenient), env=child_env(warm), cwd=ROOT)

    def ours(
        name: str, spec: Path, *, lenient: bool = False, cold: bool = False, **kw: Any
    ) -> Case:
        def command(r: int) -> list[str]:
            case.env = child_env(fresh(w / "cache-empty") if cold else warm)
            return ours_cmd(spec, fresh(w / f"out-{name}"), lenient)

        case = Case(name, command, **kw)
        return case

    def opc(name: str, spec: Path, **kw: Any) -> Case:
        return Case(name, lambda r: opc_cmd(spec, fresh(w / f"out-{name}")), opc_env(), **kw)

    # BYOK: cold output (warm and empty cache), regenerate unchanged, opc cold
    prime(BYOK, w / "out-byok-regen")
    cases.append(ours("byok-ours", BYOK))
    if not s.smoke:
        cases.append(ours("byok-ours-nocache", BYOK, cold=True))
    cases.append(
        Case(
            "byok-ours-regen",
            lambda r: ours_cmd(BYOK, w / "out-byok-regen"),
            child_env(warm),
            after=lambda r, res: info.update(byok_regen_stdout=_summary(res.stdout)),
        )
    )
    if s.peers:
        cases.append(opc("byok-opc", BYOK))

    if s.full:
        spec_dir = w / "full-spec"
        spec_dir.mkdir(parents=True, exist_ok=True)
        full_spec = spec_dir / FULL.name
        original = FULL.read_text()
        full_spec.write_text(original)
        base = w / "out-full-base"
        prime(full_spec, base, lenient=True)
        info["full_package"] = _package(base)
        cases += [
            ours("full-ours", full_spec, lenient=True, memory=True),
            ours(
                "full-ours-nocache",
                full_spec,
                lenient=True,
                cold=True,
                memory=True,  # every round: a target row, and one sample moved by 10% run to run
            ),
        ]
        nonce = os.urandom(4).hex()  # a new edit each run: the validation cache must miss

        def changed(r: int) -> list[str]:
            edited, n = re.subn(
                r"^(      description: '[^'\n]*)'$",
                lambda m: f"{m[1]} (benchmark edit {nonce}-{r})'",
                original,
                count=1,
                flags=re.M,
            )
            assert n == 1
            full_spec.write_text(edited)
            out = fresh(w / "out-full-changed")
            shutil.copytree(base, out)
            return ours_cmd(full_spec, out, lenient=True)

        def after_changed(r: int, res: Run) -> None:
            full_spec.write_text(original)
            info["full_changed"] = {
                **_summary(res.stdout),
                "affected": _affected(base, w / "out-full-changed"),
            }

        cases.append(Case("full-ours-changed", changed, child_env(warm), after=after_changed))
        if s.peers:
            cases.append(opc("full-opc", full_spec, memory=True))

    for n in s.sizes:
        synth_spec = synth.write(n, w / "synthetic")
        if not s.smoke:
            prime(synth_spec, w / f"out-synth-{n}-ours")
        slow = n >= 1000
        cases.append(ours(f"synth-{n}-ours", synth_spec, rounds=s.synth_rounds))
        if not s.smoke:
            rounds = s.cold_rounds if slow else None
            cases.append(ours(f"synth-{n}-ours-nocache", synth_spec, cold=True, rounds=rounds))
        if s.peers:
            cases.append(opc(f"synth-{n}-opc", synth_spec))
    if s.peers:  # warm-up (pyc files, page cache) for opc, and the client for the runtime part
        run(opc_cmd(BYOK, fresh(w / "opc-byok-client")), env=opc_env(), cwd=ROOT)
    return cases, info


def _summary(stdout: str) -> dict[str, int]:
    m = re.search(r"(\d+) written, (\d+) unchanged, (\d+) removed", stdout)
    return (
        dict(zip(("written", "unchanged", "removed"), map(int, m.groups()), strict=True))
        if m
        else {}
    )


def _strip_header(text: str) -> str:
    first, _, rest = text.partition("\n")
    return rest if "generated from" in first else text


def _affected(base: Path, new: Path) -> int:
    """Files whose content beyond the provenance header differs from the baseline tree."""
    count = 0
    for path in new.rglob("*"):
        if path.is_file():
            old = base / path.relative_to(new)
            if not old.exists() or _strip_header(old.read_text()) != _strip_header(
                path.read_text()
            ):
                count += 1
    return count


def _package(out: Path) -> str:
    return next(p.name for p in sorted((out / "src").iterdir()) if p.is_dir())


def run_rounds(cases: Sequence[Case], rounds: int, label: str) -> None:
    """Interleaved: round r runs every case once, in alternating order, so slow phases of the
    machine hit every case alike; each case's result is the median over rounds. A case with
    rounds of its own runs that many: fewer (slow) or more (cheap and noisy)."""
    total = max([rounds] + [c.rounds for c in cases if c.rounds is not None])
    for r in range(total):
        order = list(cases) if r % 2 == 0 else list(reversed(cases))
        started = time.perf_counter()
        for case in order:
            if r >= (rounds if case.rounds is None else case.rounds):
                continue
            cmd = case.command(r)
            res = run(cmd, env=case.env, cwd=ROOT, sample_memory=case.memory)
            case.runs.append(res)
            if case.after:
                case.after(r, res)
        print(f"  {label} round {r + 1}/{total}: {time.perf_counter() - started:.1f} s", flush=True)


# ----------------------------------------------------------------------------------------------
# client cases


def client_results(s: Settings) -> dict[str, Any]:
    script = str(HERE / "client_bench.py")
    common = ["-n", str(s.calls), "--rounds", str(s.client_rounds), "--pages-n", str(s.pages)]
    ours = [_ours_python(s), script, "--target", "ours"]  # in its own venv, as a user installs it
    targets: list[tuple[str, list[str]]] = [("ours", ours)]
    if s.peers:
        opc_client = str(s.work / "opc-byok-client")
        targets += [
            ("opc", [str(peers.OPC.python), script, "--target", "opc", "--opc-path", opc_client]),
            ("official", [str(peers.OFFICIAL.python), script, "--target", "official"]),
        ]
    results = {}
    for name, cmd in targets:
        results[name] = json.loads(run(cmd + common, env=child_env(), cwd=ROOT).stdout)
        print(f"  client {name}: done", flush=True)
    return results


IMPORTS = {
    "ours": (
        "",  # our own venv (peers.OURS); the development venv for --smoke, which installs nothing
        "import httpx, pydantic",
        "import openrouter_byok; openrouter_byok.OpenRouter(api_key='sk-test')",
    ),
    "opc": (
        str(peers.OPC.python),
        "import httpx, attrs",
        "import sys; sys.path.insert(0, {client!r}); import open_router_byok_api_client as c; "
        "c.AuthenticatedClient(base_url='https://openrouter.ai/api/v1', token='sk-test')",
    ),
    "official": (
        str(peers.OFFICIAL.python),
        "import httpx, pydantic",
        "import openrouter; openrouter.OpenRouter(api_key='sk-test')",
    ),
}

FULL_CALL = """
import sys, json
sys.path.insert(0, {src!r})
import httpx
from {package} import {client}
body = json.dumps({{"data": []}}).encode()
transport = httpx.MockTransport(lambda r: httpx.Response(200, content=body,
                                headers={{"content-type": "application/json"}}))
client = {client}(api_key="sk-test", http_client=httpx.Client(transport=transport))
try:
    client.{call}
except Exception as exc:  # a canned body may not fit the response model: the call still ran
    print(type(exc).__name__)
"""


def import_cases(s: Settings, info: dict[str, Any]) -> list[Case]:
    cases = []
    for name, (python, baseline, sdk) in IMPORTS.items():
        if name != "ours" and not s.peers:
            continue
        python = python or _ours_python(s)
        sdk = sdk.format(client=str(s.work / "opc-byok-client"))
        cases += [
            Case(
                f"import-{name}-baseline", lambda r, p=python, c=baseline: [p, "-c", c], child_env()
            ),
            Case(f"import-{name}", lambda r, p=python, c=sdk: [p, "-c", c], child_env()),
        ]
    if "full_package" in info:
        src = s.work / "out-full-base" / "src"
        package = info["full_package"]
        client, call = _full_call(src / package)
        info["full_call"] = f"{client}.{call}"
        code = FULL_CALL.format(src=str(src), package=package, client=client, call=call)
        python = _ours_python(s)  # the full package depends on what BYOK's does: httpx, pydantic
        cases.append(Case("full-import-call", lambda r: [python, "-c", code], child_env()))
    return cases


def _ours_python(s: Settings) -> str:
    return PY if s.smoke else str(peers.OURS.python)


def _full_call(package: Path) -> tuple[str, str]:
    """The sync client's class and a resource method whose arguments are all optional
    (`models.count()` on the OpenRouter spec)."""
    init = (package / "__init__.py").read_text()
    client = re.search(r"from \._client import Async\w+, (\w+)", init)[1]  # type: ignore[index]
    optional_only = re.compile(
        r"\n    def (\w+)\(\n        self,\n        \*,\n"
        r"((?:        \w+: [^\n]+ = [^\n]+,\n)*)        \*\*options"
    )
    for module in sorted((package / "resources").glob("*.py"), key=lambda m: m.stem != "models"):
        for m in optional_only.finditer(module.read_text()):
            if not m[1].startswith("with_"):
                return client, f"{module.stem}.{m[1]}()"
    raise RuntimeError("no method without required arguments in the full package")


# ----------------------------------------------------------------------------------------------
# report


def med(values: Sequence[float]) -> float:
    return statistics.median(values)


def build_report(
    s: Settings,
    cases: dict[str, Case],
    clients: dict[str, Any],
    info: dict[str, Any],
    versions: dict[str, str],
) -> tuple[list[list[str]], dict[str, Any]]:
    rows: list[list[str]] = []
    data: dict[str, Any] = {"versions": versions, "info": info, "seconds": {}, "memory": {}}
    for name, case in cases.items():
        if case.runs:
            data["seconds"][name] = round(case.median(), 4)
            if case.memory:
                data["memory"][name] = {
                    "tree_pss_mib": round(med([r.tree_pss_mib for r in case.runs]), 1),
                    "max_rss_mib": round(med([r.max_rss_mib for r in case.runs]), 1),
                }

    def t(name: str) -> float | None:
        return data["seconds"].get(name)

    def add(
        what: str, ours: str, peer: str, ratio: float | None, target: float | None, unit: str = "x"
    ) -> None:
        shown = "" if ratio is None else f"{ratio:.2f}{unit}"
        goal = "" if target is None else f"≤ {target:g}{unit}"
        met = "" if ratio is None or target is None else ("yes" if ratio <= target else "**no**")
        rows.append([what, ours, peer, shown, goal, met])

    def sec(x: float | None) -> str:
        return "" if x is None else f"{x:.2f} s"

    def ratio(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else a / b

    opc = "opc"
    add(
        "BYOK cold (empty out dir), warm black cache",
        sec(t("byok-ours")),
        sec(t("byok-opc")),
        ratio(t("byok-ours"), t("byok-opc")),
        1.0,
    )
    add(
        "BYOK truly cold (empty out dir + empty cache)",
        sec(t("byok-ours-nocache")),
        sec(t("byok-opc")),
        ratio(t("byok-ours-nocache"), t("byok-opc")),
        1.0,
    )
    add(
        "BYOK regenerate, nothing changed (vs opc cold)",
        sec(t("byok-ours-regen")),
        sec(t("byok-opc")),
        ratio(t("byok-ours-regen"), t("byok-opc")),
        0.5,
    )
    if s.full:
        add(
            "Full spec cold, warm black cache",
            sec(t("full-ours")),
            sec(t("full-opc")),
            ratio(t("full-ours"), t("full-opc")),
            1.0,
        )
        add(
            "Full spec truly cold (empty cache)",
            sec(t("full-ours-nocache")),
            sec(t("full-opc")),
            ratio(t("full-ours-nocache"), t("full-opc")),
            1.0,
        )
        for name, label in (("full-ours", "warm cache"), ("full-ours-nocache", "empty cache")):
            mem = data["memory"].get(name)
            peer_mem = data["memory"].get("full-opc")
            if mem:
                add(
                    f"Full spec peak memory, {label} (process tree PSS; largest process RSS)",
                    f"{mem['tree_pss_mib']:.0f} MiB; {mem['max_rss_mib']:.0f} MiB",
                    f"{peer_mem['tree_pss_mib']:.0f} MiB" if peer_mem else "",
                    mem["tree_pss_mib"],
                    150,
                    " MiB",
                )
        changed = info.get("full_changed", {})
        add(
            "Full spec, one schema description changed (vs opc cold)",
            sec(t("full-ours-changed")),
            sec(t("full-opc")),
            ratio(t("full-ours-changed"), t("full-opc")),
            0.25,
        )
        if changed:
            total = changed.get("written", 0) + changed.get("unchanged", 0)
            add(
                "… files rewritten / files whose content (beyond the header) changed",
                f"{changed.get('written')} / {changed.get('affected')} of {total}",
                "",
                None,
                None,
            )
    for n in s.sizes:
        add(
            f"Synthetic {n} operations, warm cache / empty cache",
            f"{sec(t(f'synth-{n}-ours'))} / {sec(t(f'synth-{n}-ours-nocache'))}",
            sec(t(f"synth-{n}-opc")),
            ratio(t(f"synth-{n}-ours"), t(f"synth-{n}-opc")),
            None,
        )
    if len(s.sizes) >= 3:
        a, b, c = s.sizes[:3]
        for suffix, label in (
            ("ours", "warm cache"),
            ("ours-nocache", "empty cache"),
            ("opc", opc),
        ):
            ta, tb, tc = (t(f"synth-{n}-{suffix}") for n in (a, b, c))
            if None in (ta, tb, tc):
                continue
            slope = (tb - ta) / (b - a)  # type: ignore[operator]
            predicted = tb + slope * (c - b)  # type: ignore[operator]
            data.setdefault("linearity", {})[suffix] = round(tc / predicted, 3)  # type: ignore[operator]
            add(
                f"Linearity, {label}: {c} ops measured / extrapolated from {a}→{b}",
                sec(tc),
                sec(predicted),
                tc / predicted,
                1.2 if suffix == "ours" else None,
            )  # type: ignore[operator]

    # runtime
    def call_ratio(target: str, kind: str) -> float | None:
        r = clients.get(target, {}).get(kind)
        return None if not r else med(r["sdk"]) / med(r["raw"])

    def per_call(target: str, kind: str, n: int) -> str:
        r = clients.get(target, {}).get(kind)
        return (
            ""
            if not r
            else f"{med(r['sdk']) / n * 1e6:.0f} µs vs raw {med(r['raw']) / n * 1e6:.0f} µs"
        )

    for kind in ("sync", "async"):
        add(
            f"{s.calls}x client.byok.get, {kind}, vs raw httpx in the same process",
            per_call("ours", kind, s.calls),
            "; ".join(
                f"{p} {call_ratio(p, kind):.2f}x"
                for p in ("opc", "official")
                if call_ratio(p, kind) is not None
            ),
            call_ratio("ours", kind),
            1.10,
        )
    pages = clients.get("ours", {})
    if "pages" in pages:
        add(
            f"Iterate 500 credentials, 100 per page, vs raw httpx loop "
            f"({pages['pages_requests']} requests, {pages['pages_items']} items)",
            per_call("ours", "pages", s.pages).replace("µs", "µs/iteration", 1),
            "",
            call_ratio("ours", "pages"),
            1.3,
        )
        data["pages_requests"] = pages["pages_requests"]
    above: dict[str, float] = {}
    for target in ("ours", "opc", "official"):
        base, sdk = t(f"import-{target}-baseline"), t(f"import-{target}")
        if base is not None and sdk is not None:
            above[target] = (sdk - base) * 1000
    data["import_ms_above_baseline"] = {k: round(v, 1) for k, v in above.items()}
    for target in ("ours",):
        base, sdk = t(f"import-{target}-baseline"), t(f"import-{target}")
        if base is None or sdk is None:
            continue
        delta = above[target]
        if target == "ours":
            add(
                "import openrouter_byok + client, above `import httpx, pydantic` (whole process)",
                f"{sdk * 1000:.0f} ms vs {base * 1000:.0f} ms",
                "; ".join(f"{p} +{above[p]:.0f} ms" for p in ("opc", "official") if p in above),
                delta,
                15,
                " ms",
            )
    if t("full-import-call") is not None:
        add(
            f"Full-spec package: import + {info.get('full_call')} (whole process)",
            sec(t("full-import-call")),
            "",
            t("full-import-call"),
            0.3,
            " s",
        )
    data["clients"] = {
        k: {
            kind: round(call_ratio(k, kind), 3)
            for kind in ("sync", "async", "pages")
            if call_ratio(k, kind) is not None
        }
        for k in clients
    }
    return rows, data


def markdown(rows: list[list[str]], versions: dict[str, str], s: Settings) -> str:
    head = ["Measure", "Ours", "Peer (opc / official)", "Ratio or value", "Target", "Met"]
    lines = [
        f"Medians of {s.rounds} interleaved rounds (the empty-cache 1,000-operation "
        f"run: {s.cold_rounds}; our warm synthetic runs: {s.synth_rounds}); peers: "
        + ", ".join(f"{k} {v}" for k, v in versions.items())
        + ". opc = openapi-python-client.",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def chart(s: Settings, data: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    seconds = data["seconds"]
    for suffix, label, style in (
        ("ours", "sdkgen, warm cache", "o-"),
        ("ours-nocache", "sdkgen, empty cache", "s--"),
        ("opc", "openapi-python-client", "^-"),
    ):
        points = [
            (n, seconds[f"synth-{n}-{suffix}"]) for n in s.sizes if f"synth-{n}-{suffix}" in seconds
        ]
        if points:
            left.plot(*zip(*points, strict=True), style, label=label)
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xlabel("operations in the spec (log; slope 1 = linear)")
    left.set_ylabel("generate, whole process (s, log)")
    left.set_title("Generator time vs spec size (synthetic specs)")
    left.grid(alpha=0.3)
    left.legend()
    labels, values = [], []
    for target, name in (
        ("ours", "sdkgen"),
        ("opc", "opc"),
        ("official", "official SDK"),
    ):
        for kind in ("sync", "async"):
            value = data["clients"].get(target, {}).get(kind)
            if value is not None:
                labels.append(f"{name}\n{kind}")
                values.append(value)
    bars = right.bar(
        range(len(values)), values, color=["#2a7" if v <= 1.10 else "#c55" for v in values]
    )
    right.bar_label(bars, fmt="%.2fx")
    right.set_xticks(range(len(values)), labels, fontsize=7)
    right.axhline(1.0, color="grey", lw=0.8)
    right.set_yscale("log")
    right.set_ylabel("time per call / raw httpx (log)")
    right.set_title("client.byok.get overhead vs raw httpx")
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata={"Software": None})
    plt.close(fig)


# ----------------------------------------------------------------------------------------------


def settings(argv: Sequence[str] | None) -> Settings:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--quick", action="store_true", help="3 rounds (the 1,000-operation empty-cache case: 1)"
    )
    mode.add_argument(
        "--smoke",
        action="store_true",
        help="tiny counts, no peers, no full spec: checks the harness works",
    )
    p.add_argument("--rounds", type=int, help="interleaved rounds (default 5; quick 3)")
    p.add_argument("--no-peers", action="store_true", help="skip installing/running the peers")
    p.add_argument("--no-full", action="store_true", help="skip the full OpenRouter spec")
    p.add_argument("--out", type=Path, default=HERE / "results", help="results directory")
    p.add_argument("--work", type=Path, default=HERE / ".work", help="scratch directory")
    a = p.parse_args(argv)
    if a.smoke:
        return Settings(1, 1, 1, (5,), 50, 1, 2, 1, False, False, a.work, a.out, smoke=True)
    rounds = a.rounds or (3 if a.quick else 5)
    return Settings(
        rounds=rounds,
        cold_rounds=1 if a.quick else min(rounds, 2),
        synth_rounds=max(rounds, 7 if a.quick else 9),
        sizes=(10, 100, 1000),
        calls=3000,
        client_rounds=max(rounds, 7 if a.quick else 9),
        pages=50,  # ~2 ms each: 20 gave rounds of 40 ms, whose medians moved by 30%
        import_rounds=21 if not a.quick else 11,
        peers=not a.no_peers,
        full=not a.no_full and FULL.exists(),
        work=a.work,
        out=a.out,
    )


def main(argv: Sequence[str] | None = None) -> int:
    s = settings(argv)
    started = time.perf_counter()
    s.work.mkdir(parents=True, exist_ok=True)
    versions: dict[str, str] = {}
    if not s.smoke:
        peers.ensure(peers.OURS)  # the import rows run ours in its own venv, like the peers
    if s.peers:
        versions = {p.dist: peers.ensure(p) for p in (peers.OPC, peers.OFFICIAL)}
    print("preparing (untimed warm-up runs) ...", flush=True)
    gen, info = generator_cases(s)
    run_rounds(gen, s.rounds, "generator")
    clients = client_results(s)
    imports = import_cases(s, info)
    run_rounds(imports, s.import_rounds, "import")
    empty_trash(s.work)
    cases = {c.name: c for c in gen + imports}
    rows, data = build_report(s, cases, clients, info, versions)
    table = markdown(rows, versions, s)
    s.out.mkdir(parents=True, exist_ok=True)
    (s.out / "results.md").write_text(table)
    (s.out / "results.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    chart(s, data, s.out / "results.png")
    print()
    print(table)
    print(
        f"wrote {s.out}/results.md, results.json, results.png in "
        f"{time.perf_counter() - started:.0f} s"
    )
    return 0
