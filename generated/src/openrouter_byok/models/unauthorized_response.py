# generated from spec/openrouter-byok.yaml; do not edit
"""Unauthorized - Authentication required or invalid credentials"""

from typing import Any
from .._models import BaseModel
from .unauthorized_response_error_data import UnauthorizedResponseErrorData


class UnauthorizedResponse(BaseModel):
    """Unauthorized - Authentication required or invalid credentials"""

    error: UnauthorizedResponseErrorData
    """The `error` object of a UnauthorizedResponse."""
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None
