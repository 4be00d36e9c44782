"""The client's credentials as its templates show them: the `api_key` scheme, one argument
per other credential, what the runtime's `Auth` is told, and the docstrings saying how each is
sent."""

from __future__ import annotations

from .model import Api, Operation, SecurityScheme


def client_scheme(api: Api) -> SecurityScheme | None:
    """The scheme the client's `api_key` is sent with: the first one the spec's operations
    require (None: a bearer token, the runtime's default)."""
    return next((s for s in api.security if s.credential == "api_key"), None)


def extra_credentials(api: Api) -> list[SecurityScheme]:
    """The first scheme of each credential other than `api_key`: one client argument each."""
    found: dict[str, SecurityScheme] = {}
    for scheme in api.security:
        if scheme.credential != "api_key":
            found.setdefault(scheme.credential, scheme)
    return list(found.values())


def credential_arguments(api: Api) -> tuple[tuple[str, str, str], ...]:
    """(argument, environment variable, kind) of each credential besides `api_key`: a test
    client holding every credential passes each of these too (a "basic" one as "user:pass")."""
    return tuple((s.credential, s.env_var, s.kind) for s in extra_credentials(api))


def sent_schemes(api: Api, op: Operation) -> tuple[SecurityScheme, ...]:
    """The schemes a client holding every credential sends for `op` (empty: none); for a
    spec stating no requirement, the primary one (a bearer token without schemes)."""
    first = client_scheme(api)
    if op.credentials is None:
        return (first,) if first else ()
    alternative = op.credentials[0] if op.credentials else ()
    by_credential = {s.credential: s for s in reversed(api.security)}
    return tuple(by_credential[c] for c in alternative)


def credential_doc(scheme: SecurityScheme) -> str:
    """The client docstring's text for an extra credential argument."""
    return (
        f"{auth_description(scheme)}, for the operations that require the `{scheme.name}` "
        f"scheme; a string or a function, like `api_key`. Defaults to the `{scheme.env_var}` "
        "environment variable."
    )


def runtime_schemes(api: Api) -> list[tuple[str, str, str]]:
    """(credential, how, name) for the runtime's `Auth`; empty for a lone bearer `api_key`
    (the runtime's default)."""
    first = client_scheme(api)
    rows = [] if first is None else [("api_key", *_how(first))]
    rows += [(s.credential, *_how(s)) for s in extra_credentials(api)]
    return [] if rows[1:] == [] and (not rows or rows[0][1] == "bearer") else rows


def _how(scheme: SecurityScheme) -> tuple[str, str]:
    if scheme.kind in ("bearer", "basic"):
        return scheme.kind, "Authorization"
    return scheme.location, scheme.param_name


def auth_description(scheme: SecurityScheme | None) -> str:
    if scheme is None or scheme.kind == "bearer":
        return "Sent as a bearer token"
    if scheme.kind == "basic":
        return 'Sent with HTTP basic authentication, as "username:password"'
    where = {"header": "header", "query": "query parameter", "cookie": "cookie"}[scheme.location]
    return f"Sent as the `{scheme.param_name}` {where}"
