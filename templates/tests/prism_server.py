"""Prism, the OpenAPI mock server, started from the spec for the contract tests."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import httpx
import pytest

START_TIMEOUT = 30.0  # seconds until Prism must accept connections
STOP_TIMEOUT = 5.0  # seconds between SIGTERM and SIGKILL
START_ATTEMPTS = 3  # another process may take the free port before Prism binds it


def unprefix(table: Sequence[tuple[str, re.Pattern[str], str]], request: httpx.Request) -> None:
    """Sends `request` to its operation's path when `table` lists the operation, as (HTTP
    method, URL path pattern, prefix): its relative server of its own put the prefix before
    the path, and Prism serves every operation at its path alone."""
    for method, pattern, prefix in table:
        if request.method == method and pattern.fullmatch(request.url.path):
            raw_path = request.url.raw_path.removeprefix(prefix.encode())
            request.url = request.url.copy_with(raw_path=raw_path)
            return


def serve(
    root: Path, prism_candidates: Sequence[str], spec_candidates: Sequence[str]
) -> Iterator[str]:
    """Yields the URL of a Prism mock server for the spec until the generator is closed.

    Prism is `$SDKGEN_PRISM` or the first of `prism_candidates` (relative to `root`) that
    exists, the spec likewise from `$SDKGEN_SPEC` and `spec_candidates`. A missing one skips
    the test, or fails it when `SDKGEN_REQUIRE_PRISM=1`."""
    prism, prism_from = _locate(root, "SDKGEN_PRISM", prism_candidates)
    if prism is None or not prism.is_file():
        _unavailable(f"Prism not found at {prism or prism_from}; run `npm ci` or set SDKGEN_PRISM")
    spec, spec_from = _locate(root, "SDKGEN_SPEC", spec_candidates)
    if spec is None or not spec.is_file():
        _unavailable(f"OpenAPI spec not found at {spec or spec_from}; set SDKGEN_SPEC")
    if shutil.which("node") is None:
        _unavailable("Node.js (`node`) is not on PATH; Prism needs it")
    assert prism is not None and spec is not None
    problems = []
    for _ in range(START_ATTEMPTS):
        port = _free_port()
        command = [str(prism), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec)]
        with tempfile.TemporaryFile() as log:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # so that stopping it stops any child it spawns
            )
            try:
                if _wait_until_ready(process, port):
                    yield f"http://127.0.0.1:{port}"
                    return
                problems.append(f"$ {' '.join(command)}\n{_outcome(process, port, log)}")
            finally:
                _stop(process)
    pytest.fail("Prism did not start:\n" + "\n\n".join(problems), pytrace=False)


def _locate(root: Path, env: str, candidates: Sequence[str]) -> tuple[Path | None, str]:
    """The file named by `env`, else the first candidate that exists; and where it came from."""
    if os.environ.get(env):
        return Path(os.environ[env]), f"${env}"
    for candidate in candidates:
        path = root / candidate
        if path.is_file():
            return path.resolve(), candidate
    return None, f"${env} or " + ", ".join(candidates)


def _unavailable(reason: str) -> None:
    if os.environ.get("SDKGEN_REQUIRE_PRISM") == "1":
        pytest.fail(
            f"{reason} (SDKGEN_REQUIRE_PRISM=1: the contract tests must run)", pytrace=False
        )
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _outcome(process: subprocess.Popen[bytes], port: int, log: IO[bytes]) -> str:
    code = process.poll()
    if code is not None:
        outcome = f"exited with code {code}"
    else:
        outcome = f"not listening on port {port} after {START_TIMEOUT:.0f} s"
    log.seek(0)
    text = log.read().decode(errors="replace").strip()
    return f"{outcome}; its output:\n{text[-4000:] or '(no output)'}"


def _wait_until_ready(process: subprocess.Popen[bytes], port: int) -> bool:
    """True once Prism accepts connections; False if it exits first."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to Prism's process group (it is its own session), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            if hasattr(os, "killpg"):
                os.killpg(process.pid, sig)
            else:  # pragma: no cover - Windows
                process.kill()
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=STOP_TIMEOUT)
            return
        except subprocess.TimeoutExpired:
            continue
