# generated from spec/openrouter-byok.yaml; do not edit
"""The `error` object of a InternalServerResponse."""

from typing import Any
from .._models import BaseModel


class InternalServerResponseErrorData(BaseModel):
    """The `error` object of a InternalServerResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | None = None
