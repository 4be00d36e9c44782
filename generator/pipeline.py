"""The whole pipeline, top to bottom: load → validate → normalize → render → format → write."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .config import config_path_for, read_config
from .diagnostics import GeneratorError, Problem
from .format import default_cache_dir, format_files, start_worker, start_workers
from .load import LoadedSpec, load_spec
from .model import Api
from .normalize import normalize
from .render import RenderedFile, header_line, render_all
from .validate import start as start_validation
from .validate import validate
from .versioning import (
    Previous,
    Release,
    plan,
    read_previous,
    release_files,
    stamp_drift,
    with_version,
)
from .write import WriteSummary, check_tree, manifest_file, write_tree


@dataclass(frozen=True)
class Options:
    overlays: Sequence[Path] = ()
    lenient: bool = False  # spec-validation errors become warnings
    package_name: str | None = None
    config: Path | None = None  # default: spec/<stem>.sdk.toml beside the spec
    cache_dir: Path | None = field(default_factory=default_cache_dir)


@dataclass(frozen=True)
class Build:
    api: Api
    files: list[RenderedFile]
    warnings: list[Problem]
    release: Release | None = None


def load_api(spec_path: Path, options: Options = Options()) -> tuple[Api, list[Problem], Path]:
    """load → validate → normalize: the model, the warnings and the SDK config file's path."""
    spec = load_spec(spec_path, options.overlays)
    warnings = _triage(validate(spec, cache_dir=options.cache_dir), options.lenient)
    api, more, config_file = _normalize(spec, spec_path, options)
    return api, warnings + more, config_file


def _normalize(
    spec: LoadedSpec, spec_path: Path, options: Options
) -> tuple[Api, list[Problem], Path]:
    config_file = options.config or config_path_for(spec_path)
    config = read_config(config_file)
    if options.package_name:
        config["package_name"] = options.package_name
    api, problems = normalize(
        spec.data, file=spec.display_path, line_of=spec.line_of, digest=spec.digest, config=config
    )
    return api, _triage(problems, lenient=False), config_file


def build(spec_path: Path, options: Options = Options(), out: Path | None = None) -> Build:
    """Everything `generate` writes, in memory; raises GeneratorError on bad input. The version,
    changelog and snapshot follow from the previous snapshot in `out` (none: first release)."""
    pool = None
    try:
        previous, unreadable = _read_previous(out)
        spec = load_spec(spec_path, options.overlays)
        # An uncached validation (seconds on a big spec) runs in a forked process meanwhile.
        validated = start_validation(spec, cache_dir=options.cache_dir)
        # black's workers: now when black has all to do (a small spec, an empty cache)
        pool = start_workers(options.cache_dir, spec_path, busy=validated.running)
        if pool is None and _edited(previous, spec):
            pool = start_worker()
        try:
            api, warnings, config_file = _normalize(spec, spec_path, options)
            # The spec's tree and the model live to the end: full collections during rendering
            # need not walk them again (at 1,000 operations they took 0.2 s of 2).
            gc.freeze()
            if unreadable is not None:
                raise unreadable
            pinned = read_config(config_file).get("version")
            release = plan(api, previous.snapshot, pinned, config_file.as_posix())
            api = with_version(api, release.version)
            rendering = render_all(api, cache_dir=options.cache_dir)
            warnings += _test_warnings(rendering.left_out, spec)
        except Exception:
            _triage(validated(), options.lenient)  # spec errors first, as if validated first
            raise
        # An uncached validation may still run: black takes the other core meanwhile.
        files, format_problems = format_files(
            rendering.files, options.cache_dir, pool, busy=validated.running
        )
        warnings = [*_triage(validated(), options.lenient), *warnings, *release.warnings]
    finally:
        gc.unfreeze()
        if pool is not None:
            pool.close()
    if format_problems:
        raise GeneratorError(format_problems)
    files += release_files(api, release, previous)
    files.append(manifest_file(files, header_line("", api)))
    return Build(api, files, warnings, release)


def _test_warnings(left_out: Sequence[tuple[str, str]], spec: LoadedSpec) -> list[Problem]:
    """What the generated tests leave out for want of a mock server able to answer it."""
    return [
        Problem(spec.display_path, spec.line_of(pointer), pointer, message, "warning")
        for pointer, message in left_out
    ]


def _read_previous(out: Path | None) -> tuple[Previous, GeneratorError | None]:
    """The previous generation, read early; a damaged one is reported where it always was."""
    try:
        return read_previous(out), None
    except GeneratorError as exc:
        return Previous(None, ""), exc


def _edited(previous: Previous, spec: LoadedSpec) -> bool:
    """Generated before from another spec: some modules will need black."""
    return previous.snapshot is not None and previous.snapshot.get("spec_digest") != spec.digest


def generate(
    spec_path: Path, out: Path, options: Options = Options()
) -> tuple[Build, WriteSummary]:
    result = build(spec_path, options, out)
    return result, write_tree(out, result.files)


def check(spec_path: Path, out: Path, options: Options = Options()) -> tuple[Build, list[str]]:
    result = build(spec_path, options, out)
    stamps = stamp_drift(out, result.files, result.api.spec_digest, result.api.spec_path)
    return result, check_tree(out, result.files) + stamps


def _triage(problems: Sequence[Problem], lenient: bool) -> list[Problem]:
    """Raise on errors (unless lenient, which downgrades them); return the warnings."""
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    if errors and not lenient:
        raise GeneratorError(sorted(errors))
    return warnings + [Problem(p.file, p.line, p.pointer, p.message, "warning") for p in errors]
