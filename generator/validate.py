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
from collections.abc import Callable, Iterator
from functools import cache, partial
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

from jsonschema.exceptions import (  # type: ignore[import-untyped]
    SchemaError,
    ValidationError,
    best_match,
)
from jsonschema.validators import validator_for  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from openapi_schema_validator._specifications import REGISTRY as OAS_REGISTRY
from openapi_schema_validator.validators import check_openapi_schema
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import (
    openapi_v30_schema_validator,
    openapi_v31_schema_validator,
)
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator import spec_checks
from generator.diagnostics import Problem, pointer_from
from generator.load import LoadedSpec, Severity

Parts = tuple[str, ...]
_WHERE = "sdkgen_where"  # attribute set on an error: the document path of the validated node
_CRASH = "sdkgen_crash"  # attribute set on a stand-in error: the exception the validator raised


def validate(spec: LoadedSpec, *, cache_dir: Path | None) -> list[Problem]:
    """Every problem in `spec`, sorted by line; overlay warnings first. No cache if None."""
    key = _cache_key(spec)
    found = _read_cache(cache_dir, key) if cache_dir is not None else None
    if found is None:
        found = find_problems(spec)
        if cache_dir is not None:
            _write_cache(cache_dir, key, found)
    return [*spec.warnings, *(_retarget(p, spec.display_path) for p in found)]


def find_problems(spec: LoadedSpec) -> list[Problem]:
    """The uncached work: semantic checks first, then the validator on a copy they made safe."""
    checks = spec_checks.run(spec.data)
    data = spec_checks.without_refs(spec.data, checks.bad_refs) if checks.bad_refs else spec.data
    found: list[tuple[Parts, str, Severity]] = [(p, m, "error") for p, m in checks.problems]
    errors = list(_validator_errors(data, spec.version))
    crashes: dict[str, tuple[Parts, int]] = {}
    for error in errors:
        where = tuple(getattr(error, _WHERE, ()))
        if isinstance(crash := getattr(error, _CRASH, None), BaseException):
            first, count = crashes.get(type(crash).__name__, (where, 0))
            crashes[type(crash).__name__] = (first, count + 1)
            continue
        best = _best(error)
        described = _describe(best, _physical(data, (*where, *map(str, best.absolute_path))), data)
        if described and not _is_covered(described[0], checks.covered):
            found.append((*described, "error"))
    found += [(parts, _crash_message(kind, n), "warning") for kind, (parts, n) in crashes.items()]
    problems = {spec.problem(pointer_from(parts), msg, sev) for parts, msg, sev in found}
    return sorted(problems, key=lambda p: (p.line, p.pointer, p.message))


def _is_covered(parts: Parts, covered: set[Parts]) -> bool:
    return any(parts[:n] in covered for n in range(len(parts) + 1))


def _validator_errors(data: dict[str, Any], version: str) -> Iterator[ValidationError]:
    validator = (_Located31 if version.startswith("3.1") else _Located30)(data)
    try:
        for error in validator.iter_errors():
            if type(error).__name__ not in (
                "DuplicateOperationIDError",
                "UnresolvableParameterError",
            ):
                yield error  # (those two are reported by spec_checks, with better locations)
    except Exception as exc:  # the validator gave up part-way
        yield _crashed(exc, ())


def _crashed(exc: BaseException, where: Parts) -> ValidationError:
    error = OpenAPIValidationError(str(exc))
    setattr(error, _CRASH, exc)
    setattr(error, _WHERE, where)
    return error


def _crash_message(kind: str, count: int) -> str:
    places = "1 place" if count == 1 else f"{count} places, the first"
    why = " ($refs nested too deeply)" if kind == "RecursionError" else ""
    return f"openapi-spec-validator failed ({kind}{why}) at {places} here; not validated"


class _IdList(list[int]):
    """The validator's visited-schema registries are lists (quadratic); make lookups O(1)."""

    def __init__(self) -> None:
        super().__init__()
        self._ids: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._ids.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._ids


def _located(cls: type[keywords.KeywordValidator]) -> type[keywords.KeywordValidator]:
    """A subclass whose errors remember the document path of the node being validated."""
    suffix: Parts = ("default",) if issubclass(cls, keywords.ValueValidator) else ()

    def call(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        node = next((a for a in args if isinstance(a, SchemaPath)), None)
        where = (*(str(p) for p in node.parts), *suffix) if node is not None else ()
        try:
            for error in cls.__call__(self, *args, **kwargs):
                yield _annotated(error, where)
        except Exception as exc:  # the validator chokes on some broken input; go on elsewhere
            yield _crashed(exc, where)

    def init(self: Any, registry: Any) -> None:
        cls.__init__(self, registry)
        if isinstance(self, keywords.SchemaValidator):
            self.visited_schema_ids = _IdList()
            self.meta_checked_schema_ids = _IdList()

    def schema_checker(self: Any, schema: SchemaPath, value: Any) -> Callable[[Any], None]:
        return _fast_checker(cls._get_schema_checker(self, schema, value))  # type: ignore[attr-defined]

    methods: dict[str, Any] = {"__call__": call, "__init__": init}
    if issubclass(cls, keywords.SchemaValidator):
        methods["_get_schema_checker"] = schema_checker
    return type(cls.__name__, (cls,), methods)


def _precrawled(validator: Any) -> Any:
    """The same validator with its $ref registry crawled once, up front: jsonschema otherwise
    re-crawls the whole meta-schema on every $dynamicRef (about 4x slower on OpenAPI 3.1)."""
    try:
        resolver = validator._resolver
        registry = resolver._registry.crawl()
        return validator.evolve(_resolver=registry.resolver(base_uri=resolver._base_uri))
    except AttributeError:  # jsonschema internals changed: slower, same result
        return validator


def _fast_checker(checker: Callable[..., None]) -> Callable[[Any], None]:
    """openapi-schema-validator's `check_schema` (raise the first meta-schema error), with one
    reused, precrawled meta-schema validator instead of a fresh one per schema."""
    func = checker.func if isinstance(checker, partial) else checker
    owner = getattr(func, "__self__", None)
    if getattr(getattr(owner, "check_schema", None), "__func__", None) is not check_openapi_schema:
        return checker  # not the OpenAPI dialect check this shortcut replicates
    options = checker.keywords if isinstance(checker, partial) else {}
    meta = _meta_validator(owner, options.get("format_checker"))

    def check(schema: Any) -> None:
        for error in meta.iter_errors(schema):
            raise SchemaError.create_from(error)

    return check


@cache
def _meta_validator(owner: Any, format_checker: Any) -> Any:
    meta_cls = validator_for(owner.META_SCHEMA, default=owner)
    checker = owner.FORMAT_CHECKER if format_checker is None else format_checker
    validator = meta_cls(owner.META_SCHEMA, format_checker=checker, registry=OAS_REGISTRY)
    return _precrawled(validator)


class _LazyPrecrawled:
    """Builds the (precrawled) whole-document validator on first use, not at import."""

    def __init__(self, validator: Any) -> None:
        self._source = validator
        self._built: Any = None

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        if self._built is None:
            self._built = _precrawled(self._source)
        return self._built.iter_errors(instance)  # type: ignore[no-any-return]


def _annotated(error: ValidationError, where: Parts) -> ValidationError:
    if not isinstance(error, OpenAPIValidationError):  # else the validator re-wraps it
        error = OpenAPIValidationError.create_from(error)
    if not hasattr(error, _WHERE):
        setattr(error, _WHERE, where)
    return error


class _Located30(OpenAPIV30SpecValidator):
    resolver_handlers = {}  # noqa: RUF012 - local $refs only: never open files or URLs
    schema_validator = _LazyPrecrawled(openapi_v30_schema_validator)
    keyword_validators = {  # noqa: RUF012
        k: _located(v) for k, v in OpenAPIV30SpecValidator.keyword_validators.items()
    }


class _Located31(OpenAPIV31SpecValidator):
    resolver_handlers = {}  # noqa: RUF012
    schema_validator = _LazyPrecrawled(openapi_v31_schema_validator)
    keyword_validators = {  # noqa: RUF012
        k: _located(v) for k, v in OpenAPIV31SpecValidator.keyword_validators.items()
    }


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


def _cache_key(spec: LoadedSpec) -> str:
    """Digest of everything the result depends on: spec + overlays, validator and this code."""
    h = hashlib.sha256(spec.digest.encode())
    for dist in ("openapi-spec-validator", "jsonschema", "pyyaml"):
        h.update(f"|{dist}={package_version(dist)}".encode())
    for module in ("validate.py", "spec_checks.py", "load.py"):
        h.update(hashlib.sha256((Path(__file__).parent / module).read_bytes()).digest())
    return h.hexdigest()[:40]


def _read_cache(cache_dir: Path, key: str) -> list[Problem] | None:
    try:
        rows = json.loads((cache_dir / "validate" / f"{key}.json").read_text("utf-8"))
        return [
            Problem(r["file"], r["line"], r["pointer"], r["message"], r["severity"]) for r in rows
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or damaged: recompute


def _write_cache(cache_dir: Path, key: str, problems: list[Problem]) -> None:
    rows = [vars(p) for p in problems]
    target = cache_dir / "validate" / f"{key}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(rows), "utf-8")
        tmp.replace(target)
    except OSError:
        pass  # a cache that cannot be written is only slower
