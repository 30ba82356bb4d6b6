#!/usr/bin/env bash
# Shared set-up for scripts/start and scripts/test: a virtual environment in .venv with the pinned
# dependencies, and an up-to-date database. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

find_python() {
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  echo "nahbar needs Python 3.11 (python3.11 on the PATH)." >&2
  exit 1
}

ensure_venv() {
  local requirements="$1"
  if [ ! -x .venv/bin/python ]; then
    "$(find_python)" -m venv .venv
  fi
  local stamp=".venv/.installed-$(basename "$requirements")"
  if [ ! -f "$stamp" ] || [ -n "$(find requirements -newer "$stamp" -name '*.txt' | head -n 1)" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/tools.txt
    .venv/bin/uv pip install --quiet --python .venv/bin/python -r "$requirements"
    touch "$stamp"
  fi
}

ensure_database() {
  .venv/bin/python manage.py migrate --noinput -v 0
}
