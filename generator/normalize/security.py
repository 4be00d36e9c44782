"""Security: the spec's schemes, each operation's requirement and the client credentials.

OpenAPI gives each operation a list of alternatives, each a set of schemes sent together
(`security: []` makes an operation public; a missing `security` means the document's). The
client holds one credential per distinct way of sending a secret: the primary one is `api_key`
(the scheme the first secured operation requires), every other gets an argument of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from ..model import Operation, SecurityScheme
from ..naming import dedupe, safe_identifier, snake
from ..security_rules import first_sent
from .refs import Document
from .spec_values import text

# Arguments the client constructor already has; a credential may not take these names.
CLIENT_ARGUMENTS = frozenset({"self", "api_key", "server_url", "timeout", "retries", "http_client"})

Requirements = tuple[tuple[str, ...], ...]


def security_schemes(doc: Document) -> tuple[SecurityScheme, ...]:
    """The supported schemes; others are warned about (their operations go without them)."""
    schemes = doc.get(("components", "securitySchemes")) or {}
    found = []
    for name, raw in schemes.items():
        scheme = doc.deref(raw)
        kind, description = scheme.get("type"), text(scheme.get("description"))
        if kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            found.append(
                SecurityScheme(
                    str(name), "api_key", scheme["in"], str(scheme.get("name")), description
                )
            )
        elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            found.append(SecurityScheme(str(name), "basic", "header", "Authorization", description))
        elif kind in ("http", "oauth2", "openIdConnect"):  # tokens: sent as bearer tokens
            found.append(
                SecurityScheme(str(name), "bearer", "header", "Authorization", description)
            )
        else:
            doc.warn(
                f"#/components/securitySchemes/{name}",
                f"security scheme type {kind!r} is not supported; requests will be sent without it",
            )
    return tuple(found)


def requirements(doc: Document, op: dict[str, Any]) -> Requirements | None:
    """The operation's alternatives (scheme names), or None when neither it nor the document
    states a requirement."""
    raw = op["security"] if "security" in op else doc.get(("security",))
    if not isinstance(raw, list):
        return None
    found: list[tuple[str, ...]] = []
    for requirement in raw:
        if isinstance(requirement, dict):
            names = tuple(str(n) for n in requirement)
            if names not in found:
                found.append(names)
    return tuple(found)


def required_names(required: Requirements | None) -> tuple[str, ...]:
    """Every scheme named by the alternatives; none when anonymous access is one of them."""
    if not required or () in required:
        return ()
    return tuple(dict.fromkeys(n for alternative in required for n in alternative))


def with_credentials(
    doc: Document,
    schemes: tuple[SecurityScheme, ...],
    operations: list[Operation],
    env_var: str,
    taken: Iterable[str],
) -> tuple[tuple[SecurityScheme, ...], list[Operation]]:
    """Schemes with their client credential assigned, and operations with `credentials` set."""
    stated = any(op.security_requirements is not None for op in operations)
    primary = _primary(schemes, operations)
    names = _credential_names(schemes, primary, taken)
    prefix = re.sub(r"_API_KEY$", "", env_var)
    assigned = tuple(
        dataclasses.replace(
            s,
            credential=names[_identity(s)],
            env_var=env_var
            if names[_identity(s)] == "api_key"
            else f"{prefix}_{names[_identity(s)].upper().strip('_')}",
        )
        for s in schemes
    )
    by_name = {s.name: s.credential for s in assigned}
    _warn_clashes(doc, operations, {s.name: s for s in assigned})
    _warn_shadowed(doc, operations, {s.name: s for s in assigned})
    updated = []
    for op in operations:
        required = op.security_requirements
        if required is None and stated:
            required = ()  # other operations state theirs: this one is public
        op = dataclasses.replace(op, security_requirements=required)
        updated.append(dataclasses.replace(op, credentials=_sent(doc, op, by_name)))
    return assigned, updated


def _warn_clashes(
    doc: Document, operations: list[Operation], schemes: dict[str, SecurityScheme]
) -> None:
    """Schemes required together but sent in the same header: only the last one arrives."""
    for op in operations:
        first = first_sent(op.security_requirements or (), schemes)
        for alternative in op.security_requirements or ():
            seen: dict[str, str] = {}
            left_out = (
                "; the generated contract tests leave this operation out (Prism, checking both,"
                " rejects every request)"
                if alternative == first
                else ""
            )
            for name in alternative:
                scheme = schemes.get(name)
                if scheme is None or scheme.location != "header":
                    continue
                header = scheme.param_name.lower()
                if header in seen and schemes[seen[header]].credential != scheme.credential:
                    doc.warn(
                        op.pointer + "/security",
                        f"security schemes {seen[header]!r} and {name!r} are required together "
                        f"but both use the {scheme.param_name} header; only {name!r} is sent"
                        + left_out,
                    )
                seen[header] = name


def _warn_shadowed(
    doc: Document, operations: list[Operation], schemes: dict[str, SecurityScheme]
) -> None:
    """A query parameter named like a query API key the operation sends: the client sends
    the call's value alone (two values would be sent otherwise)."""
    for op in operations:
        keys = {
            schemes[n].param_name: n
            for alternative in op.security_requirements or ()
            for n in alternative
            if n in schemes and schemes[n].location == "query"
        }
        for p in op.parameters:
            if p.location == "query" and p.wire_name in keys:
                doc.warn(
                    p.pointer,
                    f"query parameter {p.wire_name!r} is also where security scheme "
                    f"{keys[p.wire_name]!r} sends its API key: a call giving `{p.name}` sends "
                    "that value instead of the client's credential",
                )


def _identity(scheme: SecurityScheme) -> tuple[str, str, str]:
    return scheme.kind, scheme.location, scheme.param_name


def _primary(
    schemes: tuple[SecurityScheme, ...], operations: list[Operation]
) -> SecurityScheme | None:
    """The scheme `api_key` is sent with: the first one an operation requires, else the first."""
    by_name = {s.name: s for s in schemes}
    for op in operations:
        for alternative in op.security_requirements or ():
            for name in alternative:
                if name in by_name:
                    return by_name[name]
    return schemes[0] if schemes else None


def _credential_names(
    schemes: tuple[SecurityScheme, ...], primary: SecurityScheme | None, taken: Iterable[str]
) -> dict[tuple[str, str, str], str]:
    """One argument name per distinct way of sending a secret, named after its first scheme."""
    firsts: dict[tuple[str, str, str], str] = {}
    for s in schemes:
        firsts.setdefault(_identity(s), s.name)
    names = {_identity(primary): "api_key"} if primary else {}
    others = [(i, n) for i, n in firsts.items() if i not in names]
    candidates = [safe_identifier(snake(n), avoid_builtins=True) or "credential" for _, n in others]
    candidates = [f"credential{c}" if c.startswith("_") else c for c in candidates]
    unique = dedupe(candidates, {*CLIENT_ARGUMENTS, *taken})
    names.update((i, n) for (i, _), n in zip(others, unique, strict=True))
    return names


def _sent(doc: Document, op: Operation, by_name: dict[str, str]) -> Requirements | None:
    """The alternatives as credential names, in the order the runtime tries them; None when
    that is just the `api_key` credential (the runtime's default)."""
    if op.security_requirements is None:
        return None
    found: list[tuple[str, ...]] = []
    for alternative in op.security_requirements:
        if all(n in by_name for n in alternative):
            credentials = tuple(dict.fromkeys(by_name[n] for n in alternative))
            if credentials not in found:
                found.append(credentials)
    if op.security_requirements and not found:
        doc.warn(
            op.pointer + "/security",
            f"operation requires security scheme(s) {', '.join(op.security)} that the client "
            "cannot send; its requests are sent without credentials",
        )
    # An optional credential (`{}` among the alternatives) is still sent when the client has it.
    found.sort(key=lambda alternative: not alternative)
    result = tuple(found)
    return None if result == (("api_key",),) else result
