"""The plain data the docs templates read: every cell and code block already finished."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    text: str
    target: str


@dataclass(frozen=True)
class ParamRow:
    """One row of a Parameters table; every cell is finished Markdown."""

    name: str
    type: str
    required: str
    description: str
    example: str


@dataclass(frozen=True)
class ErrorRow:
    error: str
    status: str
    content_type: str


@dataclass(frozen=True)
class OperationDoc:
    name: str
    anchor: str
    summary: str  # one line, for indexes
    description: str  # paragraph(s) under the heading
    deprecated: bool
    http: str  # "GET /byok/{id}"
    func: str  # standalone function
    sync_example: str
    async_example: str
    standalone_example: str
    params: tuple[ParamRow, ...]
    returns: str  # Markdown, links relative to the resource page
    other_responses: tuple[str, ...]
    errors: tuple[ErrorRow, ...]
    signature: str  # for api.md: `client.byok.get(*, id: str) -> GetBYOKKeyResponse`
    server: str = ""  # a sentence naming the operation's own server, "" when it has none


@dataclass(frozen=True)
class ServerVariableRow:
    """One client argument setting a server URL variable; every cell is finished Markdown."""

    argument: str
    values: str
    default: str
    description: str


@dataclass(frozen=True)
class ServerRow:
    """A server: the API's others, or an operation's own (`name` links the method)."""

    name: str
    url: str
    description: str


@dataclass(frozen=True)
class ServersDoc:
    """The README's Server URL section beyond the default URL."""

    template: str  # the first server's URL with its placeholders, "" without variables
    variables: tuple[ServerVariableRow, ...]
    others: tuple[ServerRow, ...]  # the API's servers after the first
    operations: tuple[ServerRow, ...]  # operations with a server of their own


@dataclass(frozen=True)
class ResourceDoc:
    name: str  # attribute on the client
    title: str
    description: str
    page: str  # relative to docs/
    operations: tuple[OperationDoc, ...]
    types_import: str  # api.md: `from <package>.models import ...`, "" when none


@dataclass(frozen=True)
class FieldRow:
    name: str
    type: str
    required: str
    nullable: str
    description: str


@dataclass(frozen=True)
class EnumValueRow:
    name: str
    value: str


@dataclass(frozen=True)
class PageDoc:
    """A model or enum page (`docs/models/<page>.md`)."""

    name: str
    description: str
    deprecated: bool
    fields: tuple[FieldRow, ...]
    extra_values: str  # Markdown type of additionalProperties values, "" when not declared
    values: tuple[EnumValueRow, ...]
    open_enum: bool
    example: str  # a JSON document, "" when the spec has none
    used_by: tuple[Link, ...]  # targets relative to the page
    # Markdown sentences on inheritance by discriminator (`normalize/inheritance.py`): the
    # subtypes a value of this model is read as, and the bases this model is a subtype of
    subtypes: str = ""
    extends: str = ""


@dataclass(frozen=True)
class ErrorClassRow:
    name: str
    statuses: str
    description: str
    data_name: str
    data_page: str  # relative to docs/, "" when the data is not a model


@dataclass(frozen=True)
class Calls:
    """Statements calling the README's sample method, each for one README section."""

    plain: str
    in_try: str
    no_retries: str
    timeout: str
    raw: str


@dataclass(frozen=True)
class PaginationDoc:
    operations: tuple[Link, ...]  # method links, relative to docs/
    each: str  # `for item in client.x.list(limit=...)` header, without the colon
    each_async: str
    first_page: str  # `page = client.x.list(...)`
    first_page_async: str
    page_fields: str  # what a page holds, in the sentence "read the page's ..."


@dataclass(frozen=True)
class StreamingDoc:
    operations: tuple[Link, ...]  # the methods returning a stream, relative to docs/
    call: str  # `client.x.m(...)`, a streaming call, unassigned
    call_async: str  # `await client.x.m(...)`, indented for the async example's body
    unit: str  # what one value arrives as: "server-sent event", "JSON line"


@dataclass(frozen=True)
class ReadmeDoc:
    quickstart_sync: str
    quickstart_async: str
    standalone: str
    calls: Calls
    error_class: str  # documented exception raised by the sample method, "" if none
    pagination: PaginationDoc | None
    streaming: StreamingDoc | None = None


@dataclass(frozen=True)
class NavEntry:
    title: str  # YAML scalar
    path: str


@dataclass(frozen=True)
class DocsView:
    tagline: str  # the SDK's one-sentence description, "" when there is none
    api_description: str
    base_url_env_var: str
    server_url: str
    servers: ServersDoc
    security: tuple[str, ...]  # one Markdown line per scheme
    global_headers: tuple[ParamRow, ...]
    client_with_headers: str  # `client = Client(http_referer=...)`, "" without global headers
    resources: tuple[ResourceDoc, ...]
    resource: dict[str, ResourceDoc]  # by Resource.name, for the per-resource page
    pages: dict[str, PageDoc]  # by Model/Enum name, for the per-model page
    exception_tree: str
    error_classes: tuple[ErrorClassRow, ...]
    readme: ReadmeDoc | None  # None when the API has no operations to show
    site_name: str  # YAML scalar
    site_description: str  # YAML scalar
    nav_resources: tuple[NavEntry, ...]
    nav_models: tuple[NavEntry, ...]
