# generated from spec/openrouter-byok.yaml; do not edit
"""Request and response models.

Each is imported on first use, so importing the package stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # every name, for type checkers; at run time `_index` would build every model
    from ._index import *  # noqa: F403

# "Name module" pairs as one string: a single constant loads far faster than a dict literal of
# as many small strings (~1 ms less at import for a thousand models).
_PAIRS = """
BYOKKey byok_key
BadRequestResponse bad_request_response
BadRequestResponseErrorData bad_request_response_error_data
CreateBYOKKeyRequest create_byok_key_request
CreateBYOKKeyResponse create_byok_key_response
DeleteBYOKKeyResponse delete_byok_key_response
ForbiddenResponse forbidden_response
ForbiddenResponseErrorData forbidden_response_error_data
GetBYOKKeyResponse get_byok_key_response
InternalServerResponse internal_server_response
InternalServerResponseErrorData internal_server_response_error_data
ListBYOKKeysResponse list_byok_keys_response
NotFoundResponse not_found_response
NotFoundResponseErrorData not_found_response_error_data
ProviderSlug provider_slug
UnauthorizedResponse unauthorized_response
UnauthorizedResponseErrorData unauthorized_response_error_data
UpdateBYOKKeyRequest update_byok_key_request
UpdateBYOKKeyResponse update_byok_key_response
""".split()
_MODULES: dict[str, str] = dict(zip(_PAIRS[::2], _PAIRS[1::2]))

__all__ = _PAIRS[::2]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
