# generated from spec/openrouter-byok.yaml; do not edit
"""Request and response models. Each is imported on first use, so importing the package stays fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .byok_key import BYOKKey as BYOKKey
    from .bad_request_response import BadRequestResponse as BadRequestResponse
    from .bad_request_response_error_data import (
        BadRequestResponseErrorData as BadRequestResponseErrorData,
    )
    from .create_byok_key_request import CreateBYOKKeyRequest as CreateBYOKKeyRequest
    from .create_byok_key_response import CreateBYOKKeyResponse as CreateBYOKKeyResponse
    from .delete_byok_key_response import DeleteBYOKKeyResponse as DeleteBYOKKeyResponse
    from .forbidden_response import ForbiddenResponse as ForbiddenResponse
    from .forbidden_response_error_data import (
        ForbiddenResponseErrorData as ForbiddenResponseErrorData,
    )
    from .get_byok_key_response import GetBYOKKeyResponse as GetBYOKKeyResponse
    from .internal_server_response import InternalServerResponse as InternalServerResponse
    from .internal_server_response_error_data import (
        InternalServerResponseErrorData as InternalServerResponseErrorData,
    )
    from .list_byok_keys_response import ListBYOKKeysResponse as ListBYOKKeysResponse
    from .not_found_response import NotFoundResponse as NotFoundResponse
    from .not_found_response_error_data import (
        NotFoundResponseErrorData as NotFoundResponseErrorData,
    )
    from .provider_slug import ProviderSlug as ProviderSlug
    from .unauthorized_response import UnauthorizedResponse as UnauthorizedResponse
    from .unauthorized_response_error_data import (
        UnauthorizedResponseErrorData as UnauthorizedResponseErrorData,
    )
    from .update_byok_key_request import UpdateBYOKKeyRequest as UpdateBYOKKeyRequest
    from .update_byok_key_response import UpdateBYOKKeyResponse as UpdateBYOKKeyResponse

_MODULES: dict[str, str] = {
    "BYOKKey": "byok_key",
    "BadRequestResponse": "bad_request_response",
    "BadRequestResponseErrorData": "bad_request_response_error_data",
    "CreateBYOKKeyRequest": "create_byok_key_request",
    "CreateBYOKKeyResponse": "create_byok_key_response",
    "DeleteBYOKKeyResponse": "delete_byok_key_response",
    "ForbiddenResponse": "forbidden_response",
    "ForbiddenResponseErrorData": "forbidden_response_error_data",
    "GetBYOKKeyResponse": "get_byok_key_response",
    "InternalServerResponse": "internal_server_response",
    "InternalServerResponseErrorData": "internal_server_response_error_data",
    "ListBYOKKeysResponse": "list_byok_keys_response",
    "NotFoundResponse": "not_found_response",
    "NotFoundResponseErrorData": "not_found_response_error_data",
    "ProviderSlug": "provider_slug",
    "UnauthorizedResponse": "unauthorized_response",
    "UnauthorizedResponseErrorData": "unauthorized_response_error_data",
    "UpdateBYOKKeyRequest": "update_byok_key_request",
    "UpdateBYOKKeyResponse": "update_byok_key_response",
}

__all__ = [
    "BYOKKey",
    "BadRequestResponse",
    "BadRequestResponseErrorData",
    "CreateBYOKKeyRequest",
    "CreateBYOKKeyResponse",
    "DeleteBYOKKeyResponse",
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "GetBYOKKeyResponse",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "ListBYOKKeysResponse",
    "NotFoundResponse",
    "NotFoundResponseErrorData",
    "ProviderSlug",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UpdateBYOKKeyRequest",
    "UpdateBYOKKeyResponse",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
