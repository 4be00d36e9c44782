"""The model's API side: operations with their parameters, bodies, responses and errors,
resources, security, servers and settings, and the `Api` that holds them all."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .types import Enum, Field, JsonValue, Model, TypeRef, is_nullable

ParamLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    name: str  # python keyword argument
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    default: JsonValue = None
    has_default: bool = False
    example: JsonValue = None
    has_example: bool = False
    style: str = "form"
    explode: bool = True
    deprecated: bool = False
    client_option: str | None = None  # client-level setting that supplies it (global headers)
    allow_reserved: bool = False  # a query value's reserved characters are sent unencoded
    pointer: str = ""  # JSON pointer of the parameter in the spec

    @property
    def nullable(self) -> bool:
        return is_nullable(self.type)


BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class PartHeader:
    """A header of a multipart part that is no file, whose schema allows more than one value:
    the method takes it as a keyword argument and sends it with each part of its property."""

    name: str  # python keyword argument: `<property argument>_<header>`
    wire_name: str  # the header's name
    type: TypeRef
    required: bool  # the Header Object's `required`: with every part of its property
    description: str = ""


@dataclass(frozen=True)
class FieldEncoding:
    """How one property of a form or multipart body is sent: its Encoding Object, with the
    spec's defaults filled in.

    `style` is None when the entry gives none of style, explode and allowReserved: the value
    is then sent as `content_type` says (OpenAPI 3.1; 3.0.4 recommends the same). Otherwise it
    is written by the style table as a query parameter is, and `content_type` is ignored; in a
    multipart body each name=value pair of that writing is one text part.
    """

    wire_name: str
    type: TypeRef  # the property's
    content_type: str  # the entry's, else the default for the property's type
    style: str | None = None  # form, spaceDelimited, pipeDelimited or deepObject
    explode: bool = True
    allow_reserved: bool = False
    pointer: str = ""  # JSON pointer of the entry in `encoding`; "" when the spec has none
    style_given: bool = False  # the entry names its style (rather than defaulting to form)
    # multipart: the entry's part headers with one possible value (`const`, a one-value enum),
    # sent with every part of the property: (header name, value), in the spec's order
    headers: tuple[tuple[str, JsonValue], ...] = ()
    # a file part's other headers, which the caller gives in its `(name, content, type,
    # headers)` tuple
    caller_headers: tuple[str, ...] = ()
    # another part's other headers, which the caller gives as keyword arguments
    header_arguments: tuple[PartHeader, ...] = ()


@dataclass(frozen=True)
class Body:
    content_type: str
    encoding: BodyEncoding
    type: TypeRef
    required: bool
    # keyword arguments the body is flattened into when it is an object model; empty otherwise,
    # in which case the whole body is one argument named `body`.
    fields: tuple[Field, ...] = ()
    description: str = ""
    example: JsonValue = None
    has_example: bool = False
    # form and multipart bodies: one per property of the body's model, in its order
    encodings: tuple[FieldEncoding, ...] = ()
    # `required` beside the schema's `$ref`, not applied (a mock server such as Prism does)
    ref_required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Response:
    status: str  # "200", "201", "2XX", "default"
    description: str
    content_type: str | None  # None: no content
    type: TypeRef | None
    example: JsonValue = None
    has_example: bool = False
    # text/event-stream, or JSON values one per line/record (`media.is_json_sequence`): an
    # iterator of `type` values (events, lines)
    streaming: bool = False
    sentinel: str | None = None  # streaming: the `data` that ends the stream (`[DONE]`)
    envelope: bool = False  # streaming: `type` describes the whole event ({event, data, id, retry})
    headers: tuple[str, ...] = ()  # the names of the documented response headers, lower-case
    # the schema describes a value (object, array, number) the SDK returns unparsed: a text/*
    # body (ebay's text/tab-separated-values `object`; `type` is then str) or one of a media
    # type it does not parse (application/x-yaml, XML; `type` is then bytes)
    unparsed_structure: bool = False
    # the `content` keys that name no media type (osf.io's `data`), left out with a warning
    not_media: tuple[str, ...] = ()
    # a 204 or 205's documented content (a `$ref`'s type), which the method ignores and a mock
    # server still writes a body of
    ignored: TypeRef | None = None


@dataclass(frozen=True)
class ErrorResponse:
    status: str  # "400", "4XX", "default"
    class_name: str  # exception class in errors.py
    description: str
    content_type: str | None
    type: TypeRef | None
    example: JsonValue = None
    has_example: bool = False
    not_media: tuple[str, ...] = ()  # as `Response.not_media`


@dataclass(frozen=True)
class ErrorClass:
    """One documented exception class (several operations may share it)."""

    class_name: str
    data_type: TypeRef | None
    description: str
    statuses: tuple[str, ...]
    # the JSON sequence media type (application/x-ndjson, application/json-seq...) the body is
    # documented as: `data_type` is then the list of its records; "" for one JSON document
    sequence_media: str = ""


@dataclass(frozen=True)
class Pagination:
    kind: Literal["offset_limit", "cursor"]
    items_path: tuple[str, ...]  # attribute path to the item list in the response, e.g. ("data",)
    item_type: TypeRef
    offset_param: str = ""  # offset_limit: wire names of the query parameters
    limit_param: str = ""
    total_path: tuple[str, ...] | None = None  # attribute path to the total count
    cursor_param: str = ""  # cursor: wire name of the cursor query parameter
    next_cursor_path: tuple[str, ...] = ()  # attribute path to the next cursor in the response


@dataclass(frozen=True)
class Operation:
    name: str  # python method name within its resource
    operation_id: str
    http_method: str  # upper case
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]  # success responses, first is primary
    errors: tuple[ErrorResponse, ...]
    pointer: str
    deprecated: bool = False
    pagination: Pagination | None = None
    security: tuple[str, ...] = ()  # names of SecurityScheme that apply; empty means none
    idempotent: bool = True
    # The spec's requirement: alternatives, each a set of scheme names sent together; () means
    # public; None when the spec states no requirement anywhere (the client's key is then sent).
    security_requirements: tuple[tuple[str, ...], ...] | None = None
    # What the client sends: the alternatives as client credential names (SecurityScheme.
    # credential), unsendable ones left out, tried in order; None: the `api_key` credential.
    credentials: tuple[tuple[str, ...], ...] | None = None
    # The documented statuses neither success nor error (1xx, 3xx; "3XX" for a range), in
    # spec order: the runtime raises the default error for them.
    other_statuses: tuple[str, ...] = ()
    # the standalone function (funcs/; `<func_name>_async` too): `<resource>_<name>`, unless
    # that clashes with another operation's function
    func_name: str = ""
    # The operation's own server (its `servers`, else its path item's; the first entry, its
    # variables at their defaults); None: the client's. A relative URL is resolved against
    # the API's first server.
    server: Server | None = None
    # Required header parameters OpenAPI says to ignore (Accept, Content-Type, Authorization):
    # (lower-case name, pointer). Never arguments, but a mock server such as Prism asks for them
    ignored_headers: tuple[tuple[str, str], ...] = ()

    @property
    def url_path(self) -> str:
        """The path requests go to: the template without a fragment, which no client sends
        (APIs.guru's AWS specs tell operations on one path apart by one: `/#Action=X`)."""
        return self.path.split("#", 1)[0]

    @property
    def response(self) -> Response | None:
        """The primary success response: the first with a body, else the first."""
        typed = next((r for r in self.responses if r.type is not None), None)
        return typed or (self.responses[0] if self.responses else None)

    @property
    def plain_response(self) -> Response | None:
        """What the method returns unless it streams: the first response that is no event
        stream and has a body, else the first that is no event stream, else `response`."""
        plain = [r for r in self.responses if not r.streaming]
        return next((r for r in plain if r.type is not None), plain[0] if plain else self.response)

    @property
    def status_bodies(self) -> tuple[tuple[int, TypeRef | None], ...]:
        """The success statuses whose body is not the primary response's (`200` with one model,
        `202` with another; `204` without a body: None), each with its own type, by status."""
        primary = self.plain_response
        if primary is None or primary.type is None:
            return ()
        found: dict[int, TypeRef | None] = {}
        for r in self.responses:
            json = r.content_type is None or "json" in r.content_type  # parsed like the primary
            other = r.status != primary.status and r.type != primary.type
            if json and other and not r.streaming and r.status.isdigit():
                found.setdefault(int(r.status), r.type)
        return tuple(sorted(found.items()))


@dataclass(frozen=True)
class Resource:
    name: str  # attribute on the client, snake case
    class_name: str
    module: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: Literal["bearer", "basic", "api_key"]
    location: Literal["header", "query", "cookie"]
    param_name: str  # header/query/cookie name ("Authorization" for bearer)
    description: str = ""
    # the client argument holding its secret: "api_key" for the primary credential; schemes
    # sent the same way (kind, location, name) share one argument
    credential: str = "api_key"
    env_var: str = ""  # environment variable the client reads the credential from


@dataclass(frozen=True)
class ServerVariable:
    """A `{name}` placeholder of a server URL and the values it takes."""

    name: str  # as written in the URL template
    default: str
    enum: tuple[str, ...] = ()  # the allowed values; empty: any string
    description: str = ""
    # the client constructor's keyword argument (first server only; "" elsewhere)
    argument: str = ""


@dataclass(frozen=True)
class Server:
    url: str  # the URL template as written; placeholders without a variable are left as is
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()  # those the URL uses, in the URL's order

    @property
    def default_url(self) -> str:
        """The URL with each variable's default substituted."""
        defaults = {v.name: v.default for v in self.variables}
        # one pass: a default that looks like a placeholder is not substituted again
        return re.sub(r"\{([^{}]*)\}", lambda m: defaults.get(m[1], m[0]), self.url)

    @property
    def relative(self) -> bool:
        """A path without a scheme or host (`/v2`, `v2`): resolved against the client's base
        URL per request (RFC 3986), as the runtime's `BaseClient._operation_server` tells."""
        return "://" not in self.url and not self.url.startswith("//")


@dataclass(frozen=True)
class Settings:
    """Per-SDK names, from the config file or derived from the spec."""

    dist_name: str
    package_name: str
    client_name: str
    async_client_name: str
    error_base: str  # e.g. OpenRouterError
    default_error: str  # e.g. OpenRouterDefaultError
    env_var: str
    version: str
    license: str = "MIT"
    description: str = ""
    homepage: str = ""
    repository: str = ""


@dataclass(frozen=True)
class Api:
    title: str
    description: str
    spec_path: str  # relative, posix
    spec_digest: str  # sha256 hex of the spec bytes
    settings: Settings
    servers: tuple[Server, ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    error_classes: tuple[ErrorClass, ...]
    security: tuple[SecurityScheme, ...]
    client_headers: tuple[Parameter, ...] = field(default=())  # global headers set on the client

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.resources for op in r.operations)
