#!/usr/bin/env bash
# Every test: drift gate, lint, types, the generator's tests, then the generated package's own
# tests (offline and contract tests against Prism). Exits non-zero on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
step() { printf '\n== %s\n' "$*"; }
step "drift: generated/ matches spec/"
$PY -m generator check
step "ruff"
$PY -m ruff check generator tests benchmarks
$PY -m ruff format --check generator tests benchmarks
step "mypy --strict generator/"
$PY -m mypy
step "pyflakes rules (ruff F) on the generated package and its tests"
$PY -m ruff check --no-cache --select F --ignore F403,F405 generated/src generated/tests
step "mypy --strict generated package and its tests"
(cd generated && ../$PY -m mypy --strict src tests)
step "generator tests"
$PY -m pytest -q tests
step "generated package tests"
(cd generated && ../$PY -m pytest -q tests)
