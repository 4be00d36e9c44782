# generated from spec/openrouter-byok.yaml; do not edit
"""The UpdateBYOKKeyResponse model."""

from .._models import BaseModel
from .byok_key import BYOKKey


class UpdateBYOKKeyResponse(BaseModel):
    """UpdateBYOKKeyResponse"""

    data: BYOKKey
    """The BYOK credential after the update."""
