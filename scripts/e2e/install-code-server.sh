#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) into .cache/code-server for the end-to-end tests.
# Not a package.json dependency: it is ~300 MB and only the e2e layer needs it. Steps from
# DESIGN.md §5: install without scripts, then rebuild the native modules from the registry only
# (the ripgrep postinstall would download from GitHub, so Debian's rg is copied in instead).
# Idempotent: does nothing when the pinned version is already installed.
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
STAMP="$DEST/.installed-$VERSION"

if [[ -f "$STAMP" && -x "$DEST/node_modules/.bin/code-server" ]]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi
RG="$(command -v rg || true)"
if [[ -z "$RG" ]]; then
  echo "install-code-server: ripgrep (rg) is missing; install it first: apt-get install -y ripgrep libkrb5-dev" >&2
  exit 1
fi

echo "Installing code-server $VERSION into $DEST (takes a few minutes)…"
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
echo '{"name":"code-server-cache","private":true}' > package.json
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
npm install --ignore-scripts --no-save "code-server@$VERSION"

cd "$DEST/node_modules/code-server/lib/vscode"
npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg
npm rebuild
ln -sfn node_modules node_modules.asar

cd "$DEST/node_modules/code-server"
npm rebuild argon2
cd "$DEST"
npm rebuild argon2

XDG_CONFIG_HOME="$DEST/.config" "$DEST/node_modules/.bin/code-server" --version
touch "$STAMP"
echo "code-server $VERSION installed."
