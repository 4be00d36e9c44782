# generated from spec/openrouter-byok.yaml; do not edit
"""Bad Request - Invalid request parameters or malformed input"""

from typing import Any
from .._models import BaseModel
from .bad_request_response_error_data import BadRequestResponseErrorData


class BadRequestResponse(BaseModel):
    """Bad Request - Invalid request parameters or malformed input"""

    error: BadRequestResponseErrorData
    """The `error` object of a BadRequestResponse."""
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None
