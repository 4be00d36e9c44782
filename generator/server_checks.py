"""Server Object checks openapi-spec-validator does not make: every `{placeholder}` of a server
URL has a variable, and a variable's `default` is one of its `enum` values. (A variable without
a `default` is the validator's: the schema requires one.) The API's, each path item's and each
operation's `servers` are checked; they are errors, as an undeclared path parameter is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.spec_checks import METHODS, Checks, Parts, path_item

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def run(data: dict[str, Any], checks: Checks) -> None:
    for parts, servers in _server_lists(data):
        for i, server in enumerate(servers):
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                _check_server(server, (*parts, str(i)), checks)


def _server_lists(data: dict[str, Any]) -> Iterator[tuple[Parts, list[Any]]]:
    """(location, list) of every `servers` list: the API's, then each path item's and
    operation's (a path item several paths `$ref` is checked once)."""
    owners: dict[Parts, Any] = {(): data}
    paths = data.get("paths")
    for template, item in paths.items() if isinstance(paths, dict) else ():
        parts, item = path_item(data, ("paths", template), item)
        if isinstance(item, dict):
            owners[parts] = item
            owners.update({(*parts, m): item[m] for m in METHODS if isinstance(item.get(m), dict)})
    for parts, owner in owners.items():
        if isinstance(owner.get("servers"), list):
            yield (*parts, "servers"), owner["servers"]


def _check_server(server: dict[str, Any], parts: Parts, checks: Checks) -> None:
    url = server["url"]
    variables = server.get("variables")
    declared = variables if isinstance(variables, dict) else {}
    for name in dict.fromkeys(_PLACEHOLDER.findall(url)):
        if name not in declared:
            checks.add(
                (*parts, "url"),
                f"server variable {{{name}}} in {url!r} is not declared; add "
                f"`variables: {{{name}: {{default: ...}}}}` to the server",
            )
    for name, variable in declared.items():
        if not isinstance(variable, dict) or "default" not in variable:
            continue  # the validator's: `default` is required
        enum = variable.get("enum")
        if isinstance(enum, list) and enum and variable["default"] not in enum:
            checks.add(
                (*parts, "variables", str(name), "default"),
                f"default {variable['default']!r} of server variable {name!r} is not one of "
                f"its enum values {enum!r}; the default must be one of them",
            )
