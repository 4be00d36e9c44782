# generated from spec/openrouter-byok.yaml; do not edit
"""Body of a create call."""

from pydantic import Field
from .._models import BaseModel, OpenEnum
from .provider_slug import ProviderSlug


class CreateBYOKKeyRequest(BaseModel):
    """Body of a create call."""

    provider: OpenEnum[ProviderSlug]
    """Lowercase slug of the upstream provider a credential authenticates against (for example
    `openai`, `anthropic`, `amazon-bedrock`).
    """
    key: str = Field(repr=False)
    """The raw provider API key or credential. It is encrypted at rest and never returned by the
    API.
    """
    name: str | None = None
    """Optional human-readable name."""
    workspace_id: str | None = None
    """Workspace to create the credential in. Without it the account's default workspace is used; if
    that default workspace was deleted, the request fails with 400 and `workspace_id` must be
    given explicitly.
    """
    disabled: bool | None = None
    """Create the credential in the disabled state."""
    is_fallback: bool | None = None
    """Whether the credential is a fallback, tried only after the non-fallback credentials for the
    same provider.
    """
    allowed_models: list[str] | None = None
    """Model slugs the credential may be used for; `null` means any model."""
    allowed_api_key_hashes: list[str] | None = None
    """OpenRouter API key hashes (`api_keys.hash`) allowed to use the credential; `null` means any
    key. When given, the list needs at least one hash, and hashes that do not belong to your
    account are rejected with 400.
    """
    allowed_user_ids: list[str] | None = None
    """User IDs allowed to use the credential; `null` means any user."""
