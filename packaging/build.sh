#!/usr/bin/env bash
# Kept for old habits: packaging/build.py builds, self-tests and packages the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python packaging/build.py "$@"
