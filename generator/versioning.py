"""Versioning: the release state `generate` keeps beside the package, and the next version.

State lives in the output directory, read before anything is written: the previous snapshot
(`.sdkgen-snapshot.json`: spec digest, version, user-visible API) and `CHANGELOG.md`. A spec
whose digest equals the snapshot's gives the same version and changelog again, so generating
twice changes nothing and `check` in a clean checkout computes exactly what is on disk. A new
digest is diffed against the snapshot (`diff.compare`), the version bumped (`diff.bump`) and an
entry prepended to the changelog. A `version` pinned in the SDK config wins over the computed
one, with a warning when it is lower.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import GeneratorError, Problem
from .diff import Change, bump, compare, parse_version
from .model import Api
from .render import RenderedFile, header_line, with_header
from .snapshot import FILE_NAME, Snapshot, dumps, loads, snapshot

CHANGELOG = "CHANGELOG.md"
INITIAL_VERSION = "0.1.0"
_SECTIONS = (("BREAKING", "Breaking changes"), ("FEATURE", "Features"), ("FIX", "Fixes"))
_TITLE = """# Changelog

One entry per change of the spec, newest first, written by `python -m generator generate` from
the differences in the Python API (`python -m generator diff OLD NEW` previews them). Versions
follow semver; before 1.0.0 a breaking change bumps the minor version.
"""


@dataclass(frozen=True)
class Previous:
    snapshot: Snapshot | None
    changelog: str  # CHANGELOG.md as on disk; "" when absent


@dataclass(frozen=True)
class Release:
    version: str
    computed: str  # what the changes call for, whatever the pin says
    previous_version: str | None
    changes: tuple[Change, ...]
    new_entry: bool  # first generation or a changed spec: the changelog gets an entry
    warnings: tuple[Problem, ...] = ()


def read_previous(out: Path | None) -> Previous:
    if out is None:
        return Previous(None, "")
    changelog = _read(out / CHANGELOG) or ""
    text = _read(out / FILE_NAME)
    if text is None:
        return Previous(None, changelog)
    snap = loads(text)
    if snap is None:
        where = (out / FILE_NAME).as_posix()
        message = "not a snapshot this generator wrote; restore it from version control"
        raise GeneratorError([Problem(where, 1, "#", message)])
    return Previous(snap, changelog)


def current_version(out: Path) -> str:
    """The version generated in `out` (its snapshot), or the first version when none is."""
    previous = read_previous(out).snapshot
    return str(previous["version"]) if previous else INITIAL_VERSION


def plan(api: Api, previous: Snapshot | None, pinned: str | None, config_file: str) -> Release:
    """The version of this generation and the changes since the previous one."""
    changes: tuple[Change, ...] = ()
    if previous is None:
        computed, new_entry = INITIAL_VERSION, True
    elif previous["spec_digest"] == api.spec_digest:
        computed, new_entry = str(previous["version"]), False
    else:
        changes = tuple(compare(previous, snapshot(api)))
        computed, new_entry = bump(str(previous["version"]), changes), True
    before = str(previous["version"]) if previous else None
    version, warnings = _apply_pin(pinned, computed, config_file)
    return Release(version, computed, before, changes, new_entry, warnings)


def _apply_pin(
    pinned: str | None, computed: str, config_file: str
) -> tuple[str, tuple[Problem, ...]]:
    if not pinned:
        return computed, ()
    try:
        too_low = parse_version(pinned) < parse_version(computed)
    except ValueError as exc:
        raise GeneratorError([Problem(config_file, 1, "#/sdk/version", str(exc))]) from None
    if not too_low:
        return pinned, ()
    message = (
        f"pinned version {pinned} is lower than {computed}, the version the API changes call "
        "for; users may get breaking changes without a version to tell them. Raise the pin or "
        "remove it to use the computed version"
    )
    return pinned, (Problem(config_file, 1, "#/sdk/version", message, "warning"),)


def with_version(api: Api, version: str) -> Api:
    return dataclasses.replace(api, settings=dataclasses.replace(api.settings, version=version))


def release_files(api: Api, release: Release, previous: Previous) -> list[RenderedFile]:
    """The snapshot and the changelog of this generation (`api` carries the final version)."""
    note = header_line(FILE_NAME, api)
    entries = _old_entries(previous.changelog)
    if release.new_entry:
        entries = changelog_entry(api, release) + ("\n" + entries if entries else "")
    text = _TITLE + ("\n" + entries if entries else "")
    return [
        RenderedFile(FILE_NAME, dumps(snapshot(api, note))),
        RenderedFile(CHANGELOG, with_header(CHANGELOG, text, api)),
    ]


def changelog_entry(api: Api, release: Release) -> str:
    lines = [f"## {release.version}", ""]
    # "digest", not "sha256": older entries keep older digests, which `stamp_drift` must not see
    source = f"Generated from `{api.spec_path}` (spec digest `{api.spec_digest[:16]}`)"
    if release.previous_version is None:
        lines += [f"{source}: first release.", ""]
    else:
        lines += [f"{source}, after {release.previous_version}.", ""]
    if release.version != release.computed:
        lines += [f"Version pinned in the SDK config; the changes call for {release.computed}.", ""]
    for label, title in _SECTIONS:
        picked = [c for c in release.changes if c.label == label]
        if picked:
            lines += [f"### {title}", "", *(_bullet(c) for c in picked), ""]
    return "\n".join(lines)


def _bullet(change: Change) -> str:
    return f"- `{change.symbol}`: {change.message}. Migration: {change.hint}."


def _old_entries(changelog: str) -> str:
    """Everything from the first `## ` heading on: the entries of earlier generations."""
    found = re.search(r"^## ", changelog, flags=re.MULTILINE)
    return changelog[found.start() :] if found else ""


_STAMPS = (  # the provenance header, and `__spec_digest__ = "…"` / `"spec_digest": "…"` assignments
    re.compile(r"\(sha256 ([0-9a-f]{16,64})\)"),
    re.compile(r"spec_digest\w*[\"']?\s*[:=]\s*[\"']([0-9a-f]{16,64})[\"']", re.IGNORECASE),
)


def stamp_drift(out: Path, files: Sequence[RenderedFile], digest: str, spec: str) -> list[str]:
    """Generated files on disk whose stamped spec digest is not the spec's: one block per wrong
    digest (package `__spec_digest__`, docs and tests headers, snapshot)."""
    wrong: dict[str, list[str]] = {}
    for f in files:
        text = _read(out / f.path) or ""
        for stamp in {m for pattern in _STAMPS for m in pattern.findall(text)}:
            if not digest.startswith(stamp) and f.path not in wrong.get(stamp[:16], []):
                wrong.setdefault(stamp[:16], []).append(f.path)
    return [
        f"digest: {len(paths)} file(s) stamp sha256 {stamp}, but {spec} has sha256 "
        f"{digest[:16]}: " + ", ".join(sorted(paths)[:5]) + (", ..." if len(paths) > 5 else "")
        for stamp, paths in sorted(wrong.items())
    ]


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
