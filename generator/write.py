"""Write: only changed files, atomically; remove stale generated files; `check` reports drift."""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .render import RenderedFile

MANIFEST = ".sdkgen-files"  # lists what the generator wrote, so it never removes anything else


@dataclass
class WriteSummary:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def manifest_file(files: Sequence[RenderedFile], header: str) -> RenderedFile:
    paths = sorted(f.path for f in files)
    return RenderedFile(MANIFEST, f"# {header}\n" + "".join(p + "\n" for p in paths))


def previous_files(out: Path) -> list[str]:
    try:
        lines = (out / MANIFEST).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line for line in lines if line and not line.startswith("#") and _is_safe(line)]


def write_tree(out: Path, files: Sequence[RenderedFile]) -> WriteSummary:
    summary = WriteSummary()
    wanted = {f.path for f in files}
    previous = previous_files(out)  # read before the new manifest replaces it
    made: set[Path] = set()  # directories made or found: one mkdir each, not one per file
    for f in files:
        target = out / f.path
        if _read(target) == f.text:
            summary.unchanged.append(f.path)
            continue
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(f.text.encode("utf-8"))
        os.replace(tmp, target)
        summary.written.append(f.path)
    for stale in previous:
        if stale not in wanted and (out / stale).is_file():
            (out / stale).unlink()
            summary.removed.append(stale)
            _prune_empty_dirs(out, (out / stale).parent)
    return summary


def check_tree(out: Path, files: Sequence[RenderedFile], diff_lines: int = 20) -> list[str]:
    """One report block per drifted file: changed, missing or stale. Empty means in sync."""
    report = []
    wanted = {f.path for f in files}
    for f in files:
        current = _read(out / f.path)
        if current is None:
            report.append(f"missing: {f.path}")
        elif current != f.text:
            diff = difflib.unified_diff(
                current.splitlines(),
                f.text.splitlines(),
                f"{f.path} (on disk)",
                f"{f.path} (from spec)",
                lineterm="",
                n=1,
            )
            lines = list(diff)
            more = (
                f"\n  ... {len(lines) - diff_lines} more diff lines"
                if len(lines) > diff_lines
                else ""
            )
            report.append(
                f"changed: {f.path}\n" + "\n".join("  " + ln for ln in lines[:diff_lines]) + more
            )
    for stale in previous_files(out):
        if stale not in wanted and (out / stale).is_file():
            report.append(f"stale: {stale} (no longer generated)")
    return report


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _is_safe(relative: str) -> bool:
    parts = Path(relative).parts
    return not Path(relative).is_absolute() and ".." not in parts


def _prune_empty_dirs(root: Path, directory: Path) -> None:
    while directory != root and directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
        directory = directory.parent
