# generated from spec/openrouter-byok.yaml; do not edit
"""Internal Server Error - Unexpected server error"""

from typing import Any
from .._models import BaseModel
from .internal_server_response_error_data import InternalServerResponseErrorData


class InternalServerResponse(BaseModel):
    """Internal Server Error - Unexpected server error"""

    error: InternalServerResponseErrorData
    """The `error` object of a InternalServerResponse."""
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None
