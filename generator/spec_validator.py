"""openapi-spec-validator, adapted for a generator: errors know where they are in the document,
one broken node does not stop the rest, and the meta-schema checks run several times faster
(precrawled $ref registries, O(1) visited sets) with the same results as the plain validator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache, partial
from itertools import chain
from typing import Any

from jsonschema.exceptions import (  # type: ignore[import-untyped]
    SchemaError,
    ValidationError,
)
from jsonschema.validators import validator_for  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from openapi_schema_validator._specifications import REGISTRY as OAS_REGISTRY
from openapi_schema_validator.validators import check_openapi_schema
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import create_validator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from . import quick_check

Parts = tuple[str, ...]
_WHERE = "sdkgen_where"  # attribute set on an error: the document path of the validated node
_CRASH = "sdkgen_crash"  # attribute set on a stand-in error: the exception the validator raised
# reported by spec_checks instead, with better locations
_SKIPPED = ("DuplicateOperationIDError", "UnresolvableParameterError")


def iter_errors(data: dict[str, Any], version: str) -> Iterator[ValidationError]:
    """Every error; `where` and `crash` tell what each carries beyond jsonschema's error."""
    validator = (_Located31 if version.startswith("3.1") else _Located30)(data)
    try:
        for error in validator.iter_errors():
            if type(error).__name__ not in _SKIPPED:
                yield error
    except Exception as exc:  # the validator gave up part-way
        yield _crashed(exc, ())


def where(error: ValidationError) -> Parts:
    """The document path (as the validator walked it, through $refs) of the validated node;
    the error's own `absolute_path` is relative to it."""
    return tuple(getattr(error, _WHERE, ()))


def crash(error: ValidationError) -> BaseException | None:
    """The exception, when this error only stands for the validator failing on a node."""
    found = getattr(error, _CRASH, None)
    return found if isinstance(found, BaseException) else None


def _crashed(exc: BaseException, where: Parts) -> ValidationError:
    error = OpenAPIValidationError(str(exc))
    setattr(error, _CRASH, exc)
    setattr(error, _WHERE, where)
    return error


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
            every = _all_meta_errors(self, args, kwargs)
            for error in chain(every, cls.__call__(self, *args, **kwargs)):
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


def _all_meta_errors(validator: Any, args: Any, kwargs: Any) -> list[ValidationError]:
    """Every meta-schema error of a schema tree; the validator itself stops at the first."""
    if not isinstance(validator, keywords.SchemaValidator) or kwargs or len(args) != 1:
        return []  # only the top call of a schema tree runs the meta-schema check
    value = args[0].read_value()
    known = validator.meta_checked_schema_ids
    if not isinstance(value, Mapping | bool) or known is None or id(value) in known:
        return []
    try:
        checker = validator._get_schema_checker(args[0], value)
    except ValueError:
        return []  # an unknown dialect: the validator reports it
    if not isinstance(checker, _MetaCheck):
        return []
    known.append(id(value))  # checked: the validator goes on with the subschemas only
    if checker.surely_valid(value):
        return []
    return [OpenAPIValidationError.create_from(e) for e in checker.meta.iter_errors(value)]


class _MetaCheck:
    """openapi-schema-validator's `check_schema` (raise the first meta-schema error), with one
    reused, precrawled meta-schema validator instead of a fresh one per schema, and a quick
    native pre-check (`quick_check.py`) that spares it the schemas with nothing to report."""

    def __init__(self, meta: Any, surely_valid: Callable[[Any], bool]) -> None:
        self.meta = meta
        self.surely_valid = surely_valid

    def __call__(self, schema: Any) -> None:
        for error in self.meta.iter_errors(schema):
            raise SchemaError.create_from(error)


def _fast_checker(checker: Callable[..., None]) -> Callable[[Any], None]:
    func = checker.func if isinstance(checker, partial) else checker
    owner = getattr(func, "__self__", None)
    if getattr(getattr(owner, "check_schema", None), "__func__", None) is not check_openapi_schema:
        return checker  # not the OpenAPI dialect check this shortcut replicates
    options = checker.keywords if isinstance(checker, partial) else {}
    format_checker = options.get("format_checker")
    meta = _meta_validator(owner, format_checker)
    return _MetaCheck(meta, quick_check.for_owner(owner, meta.format_checker))


@cache
def _meta_validator(owner: Any, format_checker: Any) -> Any:
    meta_cls = validator_for(owner.META_SCHEMA, default=owner)
    checker = owner.FORMAT_CHECKER if format_checker is None else format_checker
    validator = meta_cls(owner.META_SCHEMA, format_checker=checker, registry=OAS_REGISTRY)
    return _precrawled(validator)


class _LazyPrecrawled:
    """Builds the (precrawled) whole-document validator on first use, not at import. Always
    jsonschema's: openapi-spec-validator picks jsonschema-rs when it is installed (as it is,
    for `quick_check`), whose errors carry none of the detail the messages are built from."""

    def __init__(self, schema: Any) -> None:
        self._schema = schema
        self._surely_valid: Callable[[Any], bool] | None = None
        self._built: Any = None

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        if self._surely_valid is None:
            self._surely_valid = quick_check.for_document(self._schema)
        if self._surely_valid(instance):
            return iter(())
        if self._built is None:
            self._built = _precrawled(create_validator(self._schema))
        return self._built.iter_errors(instance)  # type: ignore[no-any-return]


def _annotated(error: ValidationError, where: Parts) -> ValidationError:
    if not isinstance(error, OpenAPIValidationError):  # else the validator re-wraps it
        error = OpenAPIValidationError.create_from(error)
    if not hasattr(error, _WHERE):
        setattr(error, _WHERE, where)
    return error


class _Located30(OpenAPIV30SpecValidator):
    resolver_handlers = {}  # noqa: RUF012 - local $refs only: never open files or URLs
    schema_validator = _LazyPrecrawled(schema_v30)
    keyword_validators = {  # noqa: RUF012
        k: _located(v) for k, v in OpenAPIV30SpecValidator.keyword_validators.items()
    }


class _Located31(OpenAPIV31SpecValidator):
    resolver_handlers = {}  # noqa: RUF012
    schema_validator = _LazyPrecrawled(schema_v31)
    keyword_validators = {  # noqa: RUF012
        k: _located(v) for k, v in OpenAPIV31SpecValidator.keyword_validators.items()
    }
