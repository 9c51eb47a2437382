#!/usr/bin/env bash
# Quick start, command 1: install what is needed, then build the whole edition (web, search, PDFs) into dist/.
source "$(dirname "$0")/env.sh"
cd "$ROOT"
exec node scripts/build.ts "$@"
