# generated from spec/openrouter-byok.yaml; do not edit
"""Every model and enum by name, for type checkers and editors.

`models/__init__.py` imports this module only under `TYPE_CHECKING`: importing it at run time
would build every model at once.
"""

from __future__ import annotations

from .byok_key import BYOKKey as BYOKKey
from .bad_request_response import BadRequestResponse as BadRequestResponse
from .bad_request_response_error_data import (
    BadRequestResponseErrorData as BadRequestResponseErrorData,
)
from .create_byok_key_request import CreateBYOKKeyRequest as CreateBYOKKeyRequest
from .create_byok_key_response import CreateBYOKKeyResponse as CreateBYOKKeyResponse
from .delete_byok_key_response import DeleteBYOKKeyResponse as DeleteBYOKKeyResponse
from .forbidden_response import ForbiddenResponse as ForbiddenResponse
from .forbidden_response_error_data import ForbiddenResponseErrorData as ForbiddenResponseErrorData
from .get_byok_key_response import GetBYOKKeyResponse as GetBYOKKeyResponse
from .internal_server_response import InternalServerResponse as InternalServerResponse
from .internal_server_response_error_data import (
    InternalServerResponseErrorData as InternalServerResponseErrorData,
)
from .list_byok_keys_response import ListBYOKKeysResponse as ListBYOKKeysResponse
from .not_found_response import NotFoundResponse as NotFoundResponse
from .not_found_response_error_data import NotFoundResponseErrorData as NotFoundResponseErrorData
from .provider_slug import ProviderSlug as ProviderSlug
from .unauthorized_response import UnauthorizedResponse as UnauthorizedResponse
from .unauthorized_response_error_data import (
    UnauthorizedResponseErrorData as UnauthorizedResponseErrorData,
)
from .update_byok_key_request import UpdateBYOKKeyRequest as UpdateBYOKKeyRequest
from .update_byok_key_response import UpdateBYOKKeyResponse as UpdateBYOKKeyResponse

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
