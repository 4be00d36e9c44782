# generated from spec/openrouter-byok.yaml; do not edit
"""The `error` object of a BadRequestResponse."""

from typing import Any
from .._models import BaseModel


class BadRequestResponseErrorData(BaseModel):
    """The `error` object of a BadRequestResponse."""

    code: int
    message: str
    metadata: dict[str, Any] | None = None
