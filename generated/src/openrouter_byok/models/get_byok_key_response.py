# generated from spec/openrouter-byok.yaml; do not edit
"""The GetBYOKKeyResponse model."""

from .._models import BaseModel
from .byok_key import BYOKKey


class GetBYOKKeyResponse(BaseModel):
    """GetBYOKKeyResponse"""

    data: BYOKKey
    """The requested BYOK credential."""
