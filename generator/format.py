"""Format: black, in-process or in forked workers, with a content-addressed cache of already
formatted text."""

from __future__ import annotations

import ast
import gc
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from . import workers
from .diagnostics import Problem
from .format_cache import FormatCache
from .render import RenderedFile

_LINE_LENGTH, _TARGET = 100, "PY311"
# Below this many lines to format, forking workers (each importing black, ~0.1 s) costs more than
# it saves; black formats roughly 2,000-4,000 lines a second.
_PARALLEL_LINES = 1500
_EARLY_SPEC_BYTES = 256 * 1024  # see start_workers
# black needs ~30 MB more memory for a 200 kB module: only one module this big at a time
_BIG_TEXT = 100_000


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


@cache
def _key_salt() -> bytes:
    """What the cached output depends on besides the text. black's version comes from its tiny
    `_black_version` module (black itself reads it from there): importing black or
    importlib.metadata would cost 50-150 ms on a run that finds everything in the cache."""
    try:
        from _black_version import version  # type: ignore[import-untyped]
    except ImportError:  # a black packaged differently
        from importlib.metadata import version as dist_version

        version = dist_version("black")
    return f"black {version} line_length={_LINE_LENGTH} target={_TARGET}".encode()


def default_cache_dir() -> Path:
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "sdkgen"


def start_workers(
    cache_dir: Path | None, spec_path: Path, busy: Callable[[], bool]
) -> workers.Pool | None:
    """Black workers started now, before rendering, when the black cache is empty (a first
    run, or --no-cache: nearly every module needs black) and the spec is small. black is
    imported here, once, beside the validator forked just before (which imports its own
    libraries meanwhile); the workers forked after share it instead of importing it each. While
    `busy()` (the validator holds a core) one core is left to it. For a big spec the workers
    start after rendering instead (in `format_files`), when they can share the parent's pages."""
    if cache_dir is not None and FormatCache(cache_dir, _key_salt()).has_entries():
        return None
    if not workers.can_fork() or workers.cpu_count() < 2:
        return None
    try:
        if spec_path.stat().st_size > _EARLY_SPEC_BYTES:
            return None
    except OSError:
        return None  # loading reports it
    _black()
    return workers.Pool(workers.cpu_count() - 1 if busy() else workers.cpu_count())


def start_worker() -> workers.Pool | None:
    """One black worker, started now so that black's import (~0.15 s) overlaps the parent's
    rendering: for an edited spec, where a few modules will need black."""
    return workers.Pool(1, warm=_black) if workers.can_fork() else None


def format_files(
    files: Sequence[RenderedFile],
    cache_dir: Path | None,
    pool: workers.Pool | None = None,
    busy: Callable[[], bool] = lambda: False,
) -> tuple[list[RenderedFile], list[Problem]]:
    """Every Python file black-formatted; a file black rejects is a generator bug, reported.
    Texts are formatted and cached without their provenance header (it carries the spec's
    digest), so a spec edit reformats only the modules whose code changed. Preformatted files
    (the runtime copied verbatim; a test proves black leaves them alone) skip black. While
    `busy()` (another process, the validator, holds a core) workers started here leave it one."""
    cache = FormatCache(cache_dir, _key_salt()) if cache_dir else None
    python = {f.text: _without_header(f.text) for f in files if f.is_python and not f.preformatted}
    # header-less text -> formatted
    done = cache.get_many({body for _, body in python.values()}) if cache else {}
    pending = {python[f.text][1]: f.path for f in files if f.text in python}  # text -> path
    todo = {b: p for b, p in pending.items() if b not in done}
    formatted, problems = _format_all(todo, pool, busy)
    if cache is not None:
        cache.put_many(formatted)
    done.update(formatted)
    out = []
    for f in files:
        if f.text in python:
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


def _format_all(
    pending: dict[str, str], pool: workers.Pool | None, busy: Callable[[], bool]
) -> tuple[dict[str, str], list[Problem]]:
    """Format each text (mapped to its file's path, for messages): in `pool`, or in workers
    started now when there is enough to format, or in-process."""
    texts = list(pending)
    lines = sum(t.count("\n") for t in texts)
    own_pool, grow = None, None
    count = min(workers.cpu_count(), len(texts))
    if lines >= _PARALLEL_LINES and count > 1 and pool is not None:
        grow = (count, busy)
    elif lines >= _PARALLEL_LINES and count > 1 and workers.can_fork():
        _black()  # imported once, here: the workers share it instead of importing it each
        gc.freeze()  # the parent's GC then leaves the pages it shares with the workers alone
        own_pool = pool = workers.Pool(count - 1 if busy() else count, warm=_black)
        grow = (count, busy)
    try:
        if pool is not None and texts:
            results = pool.map(_format_one, texts, cost=len, big=_BIG_TEXT, grow=grow)
        else:
            results = [_format_one(t) for t in texts]
    finally:
        if own_pool is not None:
            own_pool.close()
            gc.unfreeze()
    formatted: dict[str, str] = {}
    problems = []
    for text, (result, error) in zip(texts, results, strict=True):
        if error:
            problems.append(
                Problem(
                    pending[text],
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
    # black's syntax trees are cyclic (parent links): the collector would run hundreds of
    # times over one file's live tree. One young-generation pass after it frees the same
    # garbage, and the file formats 8-20% faster, at the same peak memory.
    collecting = gc.isenabled()
    gc.disable()
    try:
        ast.parse(text)  # black's parser accepts some code Python rejects, e.g. `f(*, **kw)`
        return format_once(text, mode=mode), ""
    except nothing_changed:
        return text, ""
    except Exception as exc:  # black raises several unrelated types for unparsable input
        first_line = (str(exc).splitlines() or [type(exc).__name__])[0]
        return text, first_line[:200]
    finally:
        if collecting:
            gc.enable()
            gc.collect(0)
