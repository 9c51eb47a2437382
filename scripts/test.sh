#!/usr/bin/env bash
# Quick start, command 2: install what is needed, then run the whole test suite.
source "$(dirname "$0")/env.sh"
cd "$ROOT"
exec npx vitest run --config tests/vitest.config.ts "$@"
