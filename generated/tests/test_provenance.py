# generated from spec/openrouter-byok.yaml; do not edit
"""The package, the docs and these tests were generated from one spec: their digests agree."""

from __future__ import annotations

from conftest import PROJECT_ROOT

import openrouter_byok

SPEC_DIGEST = "e0bdb5b5b04cea2619417b3426235d9465f5a94835d363a7a551bc075b16cba3"


def test_package_is_stamped_with_the_spec_digest() -> None:
    assert openrouter_byok.__spec_digest__ == SPEC_DIGEST


def test_readme_is_stamped_with_the_spec_digest() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert f'spec_digest: "{SPEC_DIGEST}"' in readme
