# generated from spec/openrouter-byok.yaml; do not edit
"""A stored BYOK provider credential. The raw key itself is never included."""

from datetime import datetime
from .._models import BaseModel, OpenEnum
from .provider_slug import ProviderSlug


class BYOKKey(BaseModel):
    """A stored BYOK provider credential. The raw key itself is never included."""

    id: str
    """Stable public ID of the credential."""
    provider: OpenEnum[ProviderSlug]
    """Lowercase slug of the upstream provider a credential authenticates against (for example
    `openai`, `anthropic`, `amazon-bedrock`).
    """
    workspace_id: str | None
    """Workspace the credential belongs to. `null` means the credential is global (usable from every
    workspace of the account); it does not mean the default workspace.
    """
    name: str | None = None
    """Optional human-readable name."""
    label: str
    """Short masked excerpt of the key (e.g. its first and last few characters) that identifies it
    in the UI.
    """
    disabled: bool
    """Whether the credential is currently disabled."""
    is_fallback: bool
    """Whether the credential is a fallback, tried only after the non-fallback credentials for the
    same provider.
    """
    allowed_models: list[str] | None
    """Model slugs the credential may be used for; `null` means any model."""
    allowed_api_key_hashes: list[str] | None
    """OpenRouter API key hashes (`api_keys.hash`) allowed to use the credential; `null` means any
    key.
    """
    allowed_user_ids: list[str] | None
    """User IDs allowed to use the credential; `null` means any user."""
    sort_order: int
    """Position among the credentials of the same provider; they are tried in ascending order."""
    created_at: datetime
    """When the credential was created (ISO 8601 timestamp)."""
