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

ensure_pdf_libraries() {
  # WeasyPrint (the printed programme) draws text with Pango; Debian images without a desktop may lack it.
  if ! ldconfig -p 2>/dev/null | grep -q "libpangoft2-1.0.so.0" && [ "$(id -u)" = "0" ] &&
    command -v apt-get >/dev/null 2>&1; then
    echo "Installing Pango for the printed programme…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 \
      >/dev/null || echo "Could not install Pango; the programme PDF will not work." >&2
  fi
}
