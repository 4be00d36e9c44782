# generated from spec/openrouter-byok.yaml; do not edit
"""Standalone functions: each method as a function of the client, returning a `Result`.

```python
result = byok_list(client, ...)
if result.ok:
    print(result.value)
else:
    print("failed:", result.error)
```

They share all logic with the methods; only SDK errors are captured, so an invalid argument
(such as an empty path parameter) still raises ValueError. Each resource's functions live in
their own module, imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # every name, for type checkers
    from .byok import *  # noqa: F403

_PAIRS = """
byok_list byok
byok_list_async byok
byok_create byok
byok_create_async byok
byok_get byok
byok_get_async byok
byok_delete byok
byok_delete_async byok
byok_update byok
byok_update_async byok
""".split()
_MODULES: dict[str, str] = dict(zip(_PAIRS[::2], _PAIRS[1::2]))

__all__ = _PAIRS[::2]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
