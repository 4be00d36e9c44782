# generated from spec/openrouter-byok.yaml; do not edit
"""`Record`: the base of the runtime's small immutable value classes (`RetryConfig`, `Result`...).

`@dataclass` would write these methods, but it generates their source and `exec()`s it when the
class is defined: about 1 ms per class, paid by every `import` of the package. A record lists
its fields in `__slots__` (in the order of its `__init__` arguments) and shares these methods.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Record"]


class Record:
    """Immutable, compared and hashed by its fields (`__slots__`), shown as `Name(field=...)`.

    Subclasses set their fields in `__init__` with `object.__setattr__`.
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: {type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: {type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        # copy and pickle rebuild through __init__: restoring slots would hit __setattr__
        return type(self), self._values()
