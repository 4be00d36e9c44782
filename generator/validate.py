"""Validate a loaded spec: openapi-spec-validator (3.0 and 3.1, every problem at once) plus the
checks a generator needs that it lacks. Results are cached by spec digest (the cache can be
deleted at any time and never changes output).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from generator import server_checks, spec_checks, workers
from generator.diagnostics import Problem, pointer_from
from generator.load import LoadedSpec, Severity
from generator.validator_messages import Parts, described

# the modules whose code shapes the result: a change to any of them invalidates the cache
_SOURCES = (
    *("validate.py", "validator_messages.py", "spec_validator.py", "spec_checks.py"),
    *("server_checks.py", "load.py", "yaml_source.py"),
)


def validate(spec: LoadedSpec, *, cache_dir: Path | None) -> list[Problem]:
    """Every problem in `spec`, sorted by line; overlay warnings first. No cache if None."""
    return start(spec, cache_dir=cache_dir, background=False)()


def start(spec: LoadedSpec, *, cache_dir: Path | None, background: bool = True) -> Validation:
    """`validate`, split in two: what the cache does not know (running the validator, or
    finding the new lines of known problems, both re-reading the spec) runs in a forked process
    (when `background` and fork is available) while the caller goes on; calling the result
    joins it and returns what `validate` would."""
    key = _cache_key(spec.digest)
    found = _read_cache(cache_dir, key) if cache_dir is not None else None
    work: Callable[[LoadedSpec], list[Problem]] = find_problems
    prose_key = None
    if found is None and cache_dir is not None:  # an edit of prose only: same problems
        prose_key = _cache_key(_prose_free_digest(spec.data))
        known = _read_cache(cache_dir, prose_key, "validate-prose")
        if known == []:
            found = known
        elif known is not None:  # but the lines may have moved
            work = partial(_relined, known)
    job = None
    if found is None and background and workers.can_fork():
        job = workers.Background(work, spec)

    def finish() -> list[Problem]:
        problems = found
        if problems is None:
            problems = job.result() if job is not None else work(spec)
            if cache_dir is not None and prose_key is not None:
                if work is find_problems:
                    _write_cache(cache_dir, prose_key, problems, "validate-prose")
                _write_cache(cache_dir, key, problems)
        return [*spec.warnings, *(_retarget(p, spec.display_path) for p in problems)]

    return Validation(finish, job)


class Validation:
    """A validation under way: `running()` while a forked validator still works (it holds a
    core); calling it joins, once, and returns the problems."""

    def __init__(
        self, finish: Callable[[], list[Problem]], job: workers.Background[Any, Any] | None
    ):
        self._finish, self._job = finish, job
        self._done: list[list[Problem]] = []  # joining twice must not wait for the job twice

    def running(self) -> bool:
        return not self._done and self._job is not None and not self._job.done()

    def __call__(self) -> list[Problem]:
        if not self._done:
            self._done.append(self._finish())
        return self._done[0]


def _relined(known: list[Problem], spec: LoadedSpec) -> list[Problem]:
    """Problems found in a spec that differs from this one in prose only, at their lines here."""
    return sorted(
        (spec.problem(p.pointer, p.message, p.severity) for p in known),
        key=lambda p: (p.line, p.pointer, p.message),
    )


def find_problems(spec: LoadedSpec) -> list[Problem]:
    """The uncached work: semantic checks first, then the validator on a copy they made safe."""
    checks = spec_checks.run(spec.data)
    server_checks.run(spec.data, checks)
    data = spec_checks.without_refs(spec.data, checks.bad_refs) if checks.bad_refs else spec.data
    found: list[tuple[Parts, str, Severity]] = [(p, m, "error") for p, m in checks.problems]
    _import_validator()  # ~0.3 s: only on a cache miss
    from generator import spec_validator

    found += described(data, spec_validator.iter_errors(data, spec.version), checks.covered)
    problems = {spec.problem(pointer_from(parts), msg, sev) for parts, msg, sev in found}
    return sorted(problems, key=lambda p: (p.line, p.pointer, p.message))


def _import_validator() -> None:
    """Import spec_validator without `requests`: jsonschema_path imports it (~0.1 s, 6 MiB)
    only to fetch remote $refs, which the generator never does, and falls back to urllib
    when it is missing. Blocked for this import only."""
    blocked = "requests" not in sys.modules
    if blocked:
        sys.modules["requests"] = None  # type: ignore[assignment]  # makes `import` fail
    try:
        from generator import spec_validator  # noqa: F401
    finally:
        if blocked:
            del sys.modules["requests"]


def _retarget(problem: Problem, file: str) -> Problem:
    if problem.file == file:
        return problem
    return Problem(file, problem.line, problem.pointer, problem.message, problem.severity)


_PROSE = frozenset({"description", "summary"})
_VALUES = frozenset({"default", "example", "examples", "enum", "const"})  # data, not prose
_NAMED = frozenset({"properties", "patternProperties", "schemas", "$defs", "definitions"})


def _prose_free_digest(data: Any) -> str:
    """Digest of the spec with every description/summary string blanked: a string stays a
    string, so the problems found are the same (their lines are recomputed)."""

    def strip(node: Any, in_value: bool, parent: str) -> Any:
        if isinstance(node, dict):
            named = parent in _NAMED  # keys here are names, e.g. a property called "summary"
            return {
                k: ""
                if k in _PROSE and isinstance(v, str) and not (in_value or named)
                else strip(v, in_value or k in _VALUES or str(k).startswith("x-"), str(k))
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [strip(v, in_value, "") for v in node]
        return node

    try:
        text = json.dumps(strip(data, False, ""), default=repr, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):  # odd keys or very deep: no sharing
        text = repr(os.urandom(16))
    return "prose-free:" + hashlib.sha256(text.encode()).hexdigest()


def _cache_key(digest: str) -> str:
    """Digest of everything the result depends on: spec + overlays, validator and this code."""
    h = hashlib.sha256(digest.encode())
    for dist in ("openapi-spec-validator", "jsonschema", "pyyaml"):
        h.update(f"|{dist}={_dist_version(dist)}".encode())
    for module in _SOURCES:
        h.update(hashlib.sha256((Path(__file__).parent / module).read_bytes()).digest())
    return h.hexdigest()[:40]


def _dist_version(name: str) -> str:
    """An installed distribution's version from its `.dist-info` directory's name: the same
    answer as importlib.metadata, whose import alone costs ~50 ms on every (cached) run."""
    wanted = re.sub(r"[-_.]+", "_", name).lower() + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for found in names:
            if found.endswith(".dist-info") and found.lower().startswith(wanted):
                return found[len(wanted) : -len(".dist-info")]
    from importlib.metadata import version  # an egg, a zip, an unusual layout

    return version(name)


def _read_cache(cache_dir: Path, key: str, kind: str = "validate") -> list[Problem] | None:
    try:
        rows = json.loads((cache_dir / kind / f"{key}.json").read_text("utf-8"))
        return [
            Problem(r["file"], r["line"], r["pointer"], r["message"], r["severity"]) for r in rows
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or damaged: recompute


def _write_cache(
    cache_dir: Path, key: str, problems: list[Problem], kind: str = "validate"
) -> None:
    rows = [vars(p) for p in problems]
    target = cache_dir / kind / f"{key}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(rows), "utf-8")
        tmp.replace(target)
    except OSError:
        pass  # a cache that cannot be written is only slower
