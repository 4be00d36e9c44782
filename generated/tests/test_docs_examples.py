# generated from spec/openrouter-byok.yaml; do not edit
"""Every ```python block of the README and of docs/ runs, as written, against Prism.

Each block is executed in a fresh namespace, as a script would be, with `OPENROUTER_API_KEY`
set to a test key and `OPENROUTER_BASE_URL` to the Prism mock server; a block that raises fails.
Test ids read `<file>#<n>`: the n-th Python block of that file, counting from 1.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TEST_API_KEY = "sdk-test-key"

pytestmark = pytest.mark.contract

_FENCE = re.compile(
    r"^(?P<indent> *)```python[ \t]*\n(?P<code>.*?)^(?P=indent)```[ \t]*$", re.M | re.S
)


@dataclass(frozen=True)
class Example:
    id: str  # "docs/sdks/things/README.md#2"
    code: str


def _documents() -> list[Path]:
    """The README and the other Markdown files at the top, then everything under docs/."""
    return sorted(PROJECT_ROOT.glob("*.md")) + sorted((PROJECT_ROOT / "docs").rglob("*.md"))


def _examples() -> Iterator[Example]:
    for path in _documents():
        name = path.relative_to(PROJECT_ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        for number, match in enumerate(_FENCE.finditer(text), start=1):
            indent = len(match["indent"])
            code = "".join(line[indent:] for line in match["code"].splitlines(keepends=True))
            yield Example(f"{name}#{number}", code)


EXAMPLES = list(_examples())


def test_docs_have_examples() -> None:
    assert EXAMPLES, f"no ```python blocks in the Markdown files of {PROJECT_ROOT}"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Examples may configure logging; put it back for the tests that follow."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger):
            logger.setLevel(levels.get(name, logging.NOTSET))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_docs_example_runs(
    example: Example, prism_url: str, monkeypatch: pytest.MonkeyPatch, restore_logging: None
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("OPENROUTER_BASE_URL", prism_url)
    code = compile(example.code, example.id, "exec")
    exec(code, {"__name__": "__main__"})
