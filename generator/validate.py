"""Validate a loaded spec: openapi-spec-validator (3.0 and 3.1, every problem at once) plus the
checks a generator needs that it lacks. Results are cached by spec digest (the cache can be
deleted at any time and never changes output).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema is imported only when validation really runs (a cache miss)
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

from generator import server_checks, spec_checks, workers
from generator.diagnostics import Problem, pointer_from
from generator.load import LoadedSpec, Severity

Parts = tuple[str, ...]
# the modules whose code shapes the result: a change to any of them invalidates the cache
_SOURCES = (
    *("validate.py", "spec_validator.py", "spec_checks.py", "server_checks.py", "load.py"),
    "yaml_source.py",
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

    found += _described(data, spec_validator.iter_errors(data, spec.version), checks.covered)
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


def _described(
    data: dict[str, Any], errors: Iterator[ValidationError], covered: set[Parts]
) -> list[tuple[Parts, str, Severity]]:
    """Validator errors as (path, message); crashes summed up, one warning per kind."""
    found: list[tuple[Parts, str, Severity]] = []
    crashes: dict[str, tuple[Parts, int]] = {}
    wrong_type: set[Parts] = set()  # nodes of the wrong type: errors inside them are noise
    from generator import spec_validator

    for error in errors:
        at, failure = spec_validator.where(error), spec_validator.crash(error)
        if failure is not None:
            first, count = crashes.get(type(failure).__name__, (_physical(data, at), 0))
            crashes[type(failure).__name__] = (first, count + 1)
            continue
        best = _best(error)
        described = _describe(best, _physical(data, (*at, *map(str, best.absolute_path))), data)
        if described and not _is_covered(described[0], covered):
            found.append((*described, "error"))
            if best.validator == "type":
                wrong_type.add(described[0])
    found = [f for f in found if not _is_covered(f[0][:-1], wrong_type)]
    return found + [(at, _crash_message(kind, n), "warning") for kind, (at, n) in crashes.items()]


def _is_covered(parts: Parts, covered: set[Parts]) -> bool:
    return any(parts[:n] in covered for n in range(len(parts) + 1))


def _crash_message(kind: str, count: int) -> str:
    places = "1 place" if count == 1 else f"{count} places, the first"
    why = " ($refs nested too deeply)" if kind == "RecursionError" else ""
    return f"openapi-spec-validator failed ({kind}{why}) at {places} here; not validated"


def _physical(data: Any, parts: Parts) -> Parts:
    """The path where the node really is: the validator reaches schemas through $refs."""
    node, real = data, list[str]()
    for part in parts:
        for _ in range(20):  # follow a chain of $refs, but never forever
            if not (isinstance(node, dict) and part not in node and "$ref" in node):
                break
            target = spec_checks.resolve(data, node["$ref"])
            if target is None:
                break
            real, node = list(target[0]), target[1]
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return (*real, part)
        real.append(part)
    return tuple(real)


def _best(error: ValidationError) -> ValidationError:
    """The most specific cause of a oneOf/anyOf failure, ignoring "is it a $ref?" branches."""
    from jsonschema.exceptions import best_match

    while error.context:
        has_ref = isinstance(error.instance, dict) and "$ref" in error.instance
        kept = [e for e in error.context if has_ref or "'$ref'" not in e.message]
        if not kept or len({tuple(e.absolute_path) for e in kept}) > 1:
            return error if not kept else best_match([error])
        error = best_match(kept)
    return error


def _describe(error: ValidationError, parts: Parts, data: Any) -> tuple[Parts, str] | None:
    keyword, instance, last = error.validator, error.instance, parts[-1] if parts else ""
    if keyword == "type" and last in ("exclusiveMinimum", "exclusiveMaximum"):
        return parts, _exclusive_bound(last, instance, spec_checks.node_at(data, parts[:-1]))
    if keyword == "dependencies" and isinstance(instance, dict):
        numeric = [k for k in ("exclusiveMinimum", "exclusiveMaximum") if k in instance]
        if any(not isinstance(instance[k], bool) for k in numeric):
            return None  # 3.0 wants `maximum` beside `exclusiveMaximum`: the hint above says so
    if keyword == "required" and isinstance(instance, dict):
        missing = [k for k in error.validator_value if k not in instance]
        if missing == ["responses"]:
            return None  # spec_checks reports operations without responses
        return parts, f"missing required field {', '.join(map(repr, missing))}"
    if keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        return _unexpected(error, parts)
    if keyword == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return parts, _shorten(f"{_short(instance)} is not one of: {allowed}", 190)
    if keyword in ("anyOf", "oneOf"):
        return parts, f"{_short(instance)} does not match any of the forms allowed here"
    message = error.message.replace(repr(instance), _short(instance))
    return parts, _shorten(" ".join(message.split()), 190)


def _exclusive_bound(key: str, value: Any, schema: Any) -> str:
    bound = key.replace("exclusiveM", "m")
    limit = schema.get(bound, "<n>") if isinstance(schema, dict) else "<n>"
    if isinstance(value, bool):
        return (
            f"{key} must be a number in OpenAPI 3.1 (boolean form is 3.0); use "
            f"`{key}: {limit}` instead of `{bound}: {limit}` + `{key}: true`"
        )
    return (
        f"{key} must be a boolean in OpenAPI 3.0 (numeric form is 3.1); use "
        f"`{bound}: {value}` + `{key}: true` instead of `{key}: {value}`"
    )


def _unexpected(error: ValidationError, parts: Parts) -> tuple[Parts, str]:
    """Point at the first unknown key itself, with a did-you-mean from the allowed fields."""
    schema, instance = error.schema, error.instance
    known = schema.get("properties", {}) if isinstance(schema, dict) else {}
    patterns = schema.get("patternProperties", {}) if isinstance(schema, dict) else {}
    extras = [k for k in instance if k not in known and not any(re.search(p, k) for p in patterns)]
    if not extras:  # unevaluatedProperties: the names are only in the message
        extras = re.findall(r"'([^']*)'", error.message[error.message.rfind("(") :]) or ["?"]
    name = extras[0]
    if parts == ("paths",):
        return (*parts, name), f"path {name!r} must start with '/'"
    close = difflib.get_close_matches(name, list(known), 1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    others = f" (and {len(extras) - 1} more)" if len(extras) > 1 else ""
    message = f"unknown field {name!r}{others}{hint}; only OpenAPI fields and x-* extensions"
    return (*parts, name), _shorten(message + " are allowed here", 190)


def _short(value: Any) -> str:
    if isinstance(value, dict):
        keys = ", ".join(f"{k}: ..." for k in list(value)[:3])
        return "{" + keys + (", ...}" if len(value) > 3 else "}")
    if isinstance(value, list):
        return f"a list of {len(value)} items" if len(repr(value)) > 60 else repr(value)
    return _shorten(repr(value), 60)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
