"""Per-SDK settings: `spec/<stem>.sdk.toml` beside the spec, defaults derived from the spec."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .diagnostics import GeneratorError, Problem
from .naming import pascal, snake

_KEYS = {
    "dist_name",
    "package_name",
    "client_name",
    "async_client_name",
    "error_base",
    "default_error",
    "env_var",
    "version",
    "license",
    "description",
    "homepage",
    "repository",
}


def config_path_for(spec_path: Path) -> Path:
    return spec_path.with_name(spec_path.name.split(".")[0] + ".sdk.toml")


def read_config(path: Path | None) -> dict[str, str]:
    """The `[sdk]` table of a config file; {} when there is none."""
    if path is None or not path.is_file():
        return {}
    shown = path.as_posix()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", 1) or 1
        raise GeneratorError([Problem(shown, line, "#", f"not valid TOML: {exc}")]) from None
    sdk: Any = table.get("sdk", {})
    problems = []
    if not isinstance(sdk, dict):
        problems.append(Problem(shown, 1, "#/sdk", "[sdk] must be a table of settings"))
        sdk = {}
    for key, value in sdk.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            problems.append(
                Problem(shown, 1, f"#/sdk/{key}", f"unknown setting; use one of {known}")
            )
        elif not isinstance(value, str) or not value:
            problems.append(Problem(shown, 1, f"#/sdk/{key}", "must be a non-empty string"))
    if problems:
        raise GeneratorError(problems)
    return {str(k): str(v) for k, v in sdk.items()}


def derive_defaults(title: str, version: str) -> dict[str, str]:
    """Names for a spec without config: title `Acme Widgets API` → `acme_widgets`, `AcmeWidgets`."""
    words = title.replace("API", " ").replace("Api", " ").strip() or "Api"
    package = snake(words)
    client = pascal(words)
    return {
        "dist_name": package.replace("_", "-"),
        "package_name": package,
        "client_name": client,
        "async_client_name": f"Async{client}",
        "error_base": f"{client}Error",
        "default_error": f"{client}DefaultError",
        "env_var": f"{package.upper()}_API_KEY",
        "version": version if _is_semver(version) else "0.1.0",
        "license": "MIT",
        "description": f"Typed Python client for the {title}",
        "homepage": "",
        "repository": "",
    }


def _is_semver(text: str) -> bool:
    parts = text.split(".")
    return len(parts) == 3 and all(p.isdigit() for p in parts)
