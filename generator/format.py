"""Format: black, in-process, with a content-addressed cache of already formatted text."""

from __future__ import annotations

import ast
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from .diagnostics import Problem
from .render import RenderedFile

_LINE_LENGTH, _TARGET = 100, "PY311"
_KEY_SALT = f"black {version('black')} line_length={_LINE_LENGTH} target={_TARGET}".encode()


@cache
def _black() -> tuple[Callable[..., str], Any, type[Exception]]:
    """black's format function, mode and NothingChanged, imported on first use only: importing
    black costs ~0.15 s, wasted on a run whose every file is in the cache."""
    import black
    from black.mode import TargetVersion
    from black.report import NothingChanged

    mode = black.Mode(line_length=_LINE_LENGTH, target_versions={TargetVersion[_TARGET]})
    # black.format_str formats every changed file twice (a second pass for rare trailing-comma
    # cases); one pass gave byte-identical output on all 1,252 modules of the BYOK and full
    # OpenRouter specs at half the cost. Golden tests and `black --check` guard the difference.
    return getattr(black, "_format_str_once", black.format_str), mode, NothingChanged


_PARALLEL_THRESHOLD = 40  # below this many uncached files, a process pool costs more than it saves


def default_cache_dir() -> Path:
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "sdkgen"


def format_files(
    files: Sequence[RenderedFile], cache_dir: Path | None
) -> tuple[list[RenderedFile], list[Problem]]:
    """Every Python file black-formatted; a file black rejects is a generator bug, reported.
    Texts are formatted and cached without their provenance header (it carries the spec's
    digest), so a spec edit reformats only the modules whose code changed."""
    cache = _Cache(cache_dir / "black") if cache_dir else None
    python = {f.text: _without_header(f.text) for f in files if f.is_python}
    done: dict[str, str] = {}  # header-less text -> formatted
    for _, body in python.values():
        if cache is not None and body not in done and (hit := cache.get(body)) is not None:
            done[body] = hit
    pending = [replace(f, text=python[f.text][1]) for f in files if f.is_python]
    formatted, problems = _format_all([f for f in pending if f.text not in done])
    if cache is not None:
        for original, result in formatted.items():
            cache.put(original, result)
    done.update(formatted)
    out = []
    for f in files:
        if f.is_python:
            header, body = python[f.text]
            text = _with_header(header, done.get(body, body))
            if text is None:  # black moved the placeholder header: format the real text
                text = done.get(f.text) or _format_one(f.text)[0]
            f = replace(f, text=text)
        out.append(f)
    return out, problems


_HEADER, _PLACEHOLDER = "# generated from ", "# generated from <spec>\n"


def _without_header(text: str) -> tuple[str, str]:
    """(the provenance header line or "", the text with a fixed placeholder for that line)"""
    end = text.find("\n") + 1
    if not text.startswith(_HEADER) or not end:
        return "", text
    return text[:end], _PLACEHOLDER + text[end:]


def _with_header(header: str, formatted: str) -> str | None:
    if not header:
        return formatted
    return header + formatted[len(_PLACEHOLDER) :] if formatted.startswith(_PLACEHOLDER) else None


def _format_all(pending: Sequence[RenderedFile]) -> tuple[dict[str, str], list[Problem]]:
    texts = list(dict.fromkeys(f.text for f in pending))
    if texts:
        _black()  # import once here, before the pool forks its workers
    if len(texts) >= _PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1:
        from concurrent.futures import ProcessPoolExecutor  # only worth importing for big runs

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
    format_once, mode, nothing_changed = _black()
    try:
        ast.parse(text)  # black's parser accepts some code Python rejects, e.g. `f(*, **kw)`
        return format_once(text, mode=mode), ""
    except nothing_changed:
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
