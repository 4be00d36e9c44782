"""The README's servers: the first server's variables (client arguments), the API's other
servers, and the operations that have a server of their own."""

from __future__ import annotations

from collections.abc import Callable

from .. import emit
from ..model import Api, Operation
from .base import resource_page
from .context import ServerRow, ServersDoc, ServerVariableRow


def servers_doc(api: Api, md: Callable[[str], str]) -> ServersDoc:
    """`md` turns the spec's CommonMark into the docs' Markdown (`DocsBase.md`)."""
    first = api.servers[0]
    return ServersDoc(
        template=emit.md_code(first.url) if first.variables else "",
        variables=tuple(
            ServerVariableRow(
                argument=emit.md_code(v.argument),
                values=", ".join(emit.md_code(e) for e in v.enum) or "any string",
                default=emit.md_code(v.default),
                description=emit.md_cell(md(v.description)),
            )
            for v in first.variables
        ),
        others=tuple(
            ServerRow("", emit.md_code(s.default_url), emit.md_cell(md(s.description)))
            for s in api.servers[1:]
        ),
        operations=tuple(
            ServerRow(
                emit.md_link(  # the README links into docs/
                    emit.md_code(f"client.{r.name}.{op.name}"),
                    f"docs/{resource_page(r)}#{emit.md_anchor(op.name)}",
                ),
                emit.md_code(op.server.default_url),
                "",
            )
            for r in api.resources
            for op in r.operations
            if op.server is not None
        ),
    )


def operation_server(op: Operation) -> str:
    """The resource page's sentence about the operation's own server, "" when it has none."""
    if op.server is None:
        return ""
    if op.server.relative:
        return (
            f"Server: {emit.md_code(op.server.default_url)}, resolved against the client's URL"
            " (its `server_url`, or the one its server variables make) as a link is (RFC 3986)."
        )
    return (
        f"Server: {emit.md_code(op.server.default_url)}, unless the client was given a "
        "`server_url` (argument or environment variable), which gets every request."
    )
