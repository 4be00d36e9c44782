"""Command line: argument parsing and exit codes only (0 ok, 1 drift, 2 bad input)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import pipeline
from .diagnostics import GeneratorError, Problem
from .diff import bump, compare
from .format import default_cache_dir
from .load import load_spec
from .publish import publish
from .snapshot import snapshot
from .validate import validate
from .versioning import Release, current_version

DEFAULT_SPEC = Path("spec/openrouter-byok.yaml")
DEFAULT_OUT = Path("generated")


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as problem lines instead of usage text."""

    def error(self, message: str) -> NoReturn:
        hint = f"; run `python -m generator {self.prog.split()[-1]} --help`".replace(
            " generator --help", " --help"
        )
        raise GeneratorError([Problem("<command line>", 1, "#", message + hint)])


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="generator", description="Generate a typed Python SDK from OpenAPI.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, help_text in (
        ("generate", "write the SDK into OUT"),
        ("check", "report drift, write nothing"),
        ("publish", "check, build and upload OUT (TWINE_USERNAME/TWINE_PASSWORD from the env)"),
    ):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC)
        sub.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
        sub.add_argument("--package-name", help="import name of the generated package")
        sub.add_argument(
            "--config", type=Path, help="settings file (default: SPEC stem + .sdk.toml)"
        )
        sub.add_argument(
            "--overlay", type=Path, action="append", default=[], help="OpenAPI Overlay"
        )
        sub.add_argument("--lenient", action="store_true", help="spec errors become warnings")
        sub.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    publish_cmd = commands.choices["publish"]
    publish_cmd.add_argument("--repository-url", required=True, help="upload URL of the index")
    publish_cmd.add_argument("--dist-dir", type=Path, help="also keep the built files here")
    publish_cmd.add_argument("--no-isolation", action="store_true", help="build offline")
    diff_cmd = commands.add_parser("diff", help="list API changes OLD → NEW, suggest a version")
    diff_cmd.add_argument("old", type=Path)
    diff_cmd.add_argument("new", type=Path)
    diff_cmd.add_argument("--config", type=Path, help="settings file for both specs")
    diff_cmd.add_argument("--overlay", type=Path, action="append", default=[])
    diff_cmd.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="current version")
    diff_cmd.add_argument("--current-version", help="default: the version generated in OUT")
    validate_cmd = commands.add_parser("validate", help="validate a spec, exit 2 on problems")
    validate_cmd.add_argument("spec", type=Path)
    validate_cmd.add_argument("--overlay", type=Path, action="append", default=[])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        return _run(args)
    except GeneratorError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        problems = validate(load_spec(args.spec, args.overlay), cache_dir=default_cache_dir())
        for problem in problems:
            print(problem, file=sys.stderr)
        return 2 if any(p.severity == "error" for p in problems) else 0
    if args.command == "diff":
        return _diff(args)
    options = pipeline.Options(
        overlays=tuple(args.overlay),
        lenient=args.lenient,
        package_name=args.package_name,
        config=args.config,
        **({"cache_dir": None} if args.no_cache else {}),
    )
    started = time.perf_counter()
    if args.command == "publish":
        isolation = not args.no_isolation
        return publish(args.spec, args.out, args.repository_url, options, args.dist_dir, isolation)
    if args.command == "check":
        result, drift = pipeline.check(args.spec, args.out, options)
        _print_warnings(result.warnings)
        for block in drift:
            print(block)
        print(f"{args.out}: {len(drift)} file(s) drifted" if drift else f"{args.out}: up to date")
        return 1 if drift else 0
    result, summary = pipeline.generate(args.spec, args.out, options)
    _print_warnings(result.warnings)
    elapsed = time.perf_counter() - started
    print(
        f"{args.out}: {len(summary.written)} written, {len(summary.unchanged)} unchanged, "
        f"{len(summary.removed)} removed in {elapsed:.2f} s"
    )
    _print_release(args.out, result.release)
    return 0


def _diff(args: argparse.Namespace) -> int:
    """One line per change, label first, then the suggested next version. Exit 0."""
    options = pipeline.Options(overlays=tuple(args.overlay), config=args.config)
    old, old_warnings, _ = pipeline.load_api(args.old, options)
    new, new_warnings, _ = pipeline.load_api(args.new, options)
    _print_warnings(old_warnings + new_warnings)
    changes = compare(snapshot(old), snapshot(new))
    for change in changes:
        print(change.line())
    base = args.current_version or current_version(args.out)
    print(f"next version: {bump(base, changes)} (from {base}, {len(changes)} change(s))")
    return 0


def _print_release(out: Path, release: Release | None) -> None:
    if release is None or not release.new_entry:
        return
    counts = ", ".join(
        f"{sum(c.label == label for c in release.changes)} {label.lower()}"
        for label in ("BREAKING", "FEATURE", "FIX")
    )
    before = f"was {release.previous_version}; {counts}" if release.previous_version else "first"
    print(f"{out}: version {release.version} ({before}); see {out}/CHANGELOG.md")


def _print_warnings(warnings: Sequence[Problem]) -> None:
    for warning in warnings:
        print(warning, file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
