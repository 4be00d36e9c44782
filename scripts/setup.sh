#!/usr/bin/env bash
# Fresh machine (Python 3.11+, Node 20): create .venv, install the generator and the pinned
# tools (Prism via npm ci), then run the main job: regenerate generated/ from spec/.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "scripts/setup.sh:1: #: Python 3.11+ is required (found $("$PYTHON" --version)); set PYTHON=/path/to/python3.11" >&2; exit 2; }
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
npm ci --silent --no-audit --no-fund
.venv/bin/python -m generator generate
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ./generated
