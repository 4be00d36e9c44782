"""Format: black, in-process, with a content-addressed cache of already formatted text."""

from __future__ import annotations

import ast
import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import TargetVersion
from black.report import NothingChanged

from .diagnostics import Problem
from .render import RenderedFile

MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})
_KEY_SALT = f"black {version('black')} {MODE!r}".encode()
_PARALLEL_THRESHOLD = 40  # below this many uncached files, a process pool costs more than it saves


def default_cache_dir() -> Path:
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "sdkgen"


def format_files(
    files: Sequence[RenderedFile], cache_dir: Path | None
) -> tuple[list[RenderedFile], list[Problem]]:
    """Every Python file black-formatted; a file black rejects is a generator bug, reported."""
    cache = _Cache(cache_dir / "black") if cache_dir else None
    pending = [f for f in files if f.is_python and (cache is None or cache.get(f.text) is None)]
    formatted, problems = _format_all(pending)
    if cache is not None:
        for original, result in formatted.items():
            cache.put(original, result)
    out = []
    for f in files:
        if not f.is_python:
            out.append(f)
            continue
        text = formatted.get(f.text) or (cache.get(f.text) if cache else None) or f.text
        out.append(replace(f, text=text))
    return out, problems


def _format_all(pending: Sequence[RenderedFile]) -> tuple[dict[str, str], list[Problem]]:
    texts = list(dict.fromkeys(f.text for f in pending))
    if len(texts) >= _PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            results = list(pool.map(_format_one, texts, chunksize=8))
    else:
        results = [_format_one(t) for t in texts]
    formatted: dict[str, str] = {}
    problems = []
    paths = {f.text: f.path for f in pending}
    for text, (result, error) in zip(texts, results, strict=True):
        if error:
            problems.append(
                Problem(
                    paths[text],
                    1,
                    "#",
                    f"generated code does not parse ({error}); "
                    "this is a generator bug, please report it",
                )
            )
        else:
            formatted[text] = result
    return formatted, problems


def _format_one(text: str) -> tuple[str, str]:
    try:
        ast.parse(text)  # black's parser accepts some code Python rejects, e.g. `f(*, **kw)`
        return black.format_str(text, mode=MODE), ""
    except NothingChanged:
        return text, ""
    except Exception as exc:  # black raises several unrelated types for unparsable input
        first_line = (str(exc).splitlines() or [type(exc).__name__])[0]
        return text, first_line[:200]


class _Cache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, text: str) -> Path:
        digest = hashlib.sha256(_KEY_SALT + text.encode()).hexdigest()
        return self.root / digest[:2] / digest[2:]

    def get(self, text: str) -> str | None:
        try:
            return self._path(text).read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, text: str, formatted: str) -> None:
        path = self._path(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(formatted, encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # the cache is an optimisation only; a read-only home must not fail generation
