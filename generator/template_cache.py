"""Compiled Jinja templates kept in the sdkgen cache directory: compiling the templates is most
of the rendering time of a run whose black output is all cached."""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket


def for_environment(env: jinja2.Environment, cache_dir: Path) -> jinja2.BytecodeCache | None:
    """A bytecode cache for `env`. Jinja checks each template's source checksum itself; the
    directory name covers what else shapes the compiled code (Jinja's version, the syntax
    and whitespace settings), so a change to either never reads stale code."""
    settings = (
        jinja2.__version__,
        env.block_start_string,
        env.variable_start_string,
        env.comment_start_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.keep_trailing_newline,
        env.newline_sequence,
        env.optimized,
        sorted(env.extensions),
        str(env.autoescape),
    )
    salt = hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    directory = cache_dir / f"jinja-{salt}"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # compile every time
    return _QuietCache(str(directory))


class _QuietCache(jinja2.FileSystemBytecodeCache):
    """A cache entry that cannot be read or written only costs the compile time."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)
