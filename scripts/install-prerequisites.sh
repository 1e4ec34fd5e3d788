#!/usr/bin/env bash
# Installs what rendering and the tests need on a fresh Debian machine:
# Chromium (PDF route, docs/architecture.md §5), Noto fonts (Latin, Cyrillic, Arabic; CJK and colour emoji, so a name in any
# script prints instead of empty boxes), poppler-utils (pdftotext, pdffonts, pdfinfo), strace (the test that Chromium opens
# no network connection, tests/Smi.Docs.Tests/Pdf/NoNetworkTests.cs),
# the npm packages of package-lock.json (axe-core: the WCAG 2.1 AA check of the generated HTML, tests/Smi.Docs.Tests/Accessibility;
# the studio's front end, bundled by scripts/build-studio.sh),
# PostgreSQL (the service's storage tests start a throw-away cluster, tests/Smi.Docs.Server.Tests/Storage/PostgresCluster.cs)
# and ClamAV's daemon (the online form's attachments are scanned; the tests start one, tests/Smi.Docs.Server.Tests/Attachments).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] || missing+=(fonts-noto-core)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
command -v strace >/dev/null 2>&1 || missing+=(strace)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -x /usr/sbin/clamd ] || missing+=(clamav-daemon)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "dotnet (the .NET 10 SDK) is required" >&2; exit 1; }
# npm ci only when a locked package is absent: it wipes node_modules, and the lock pins one exact version anyway. The lock
# holds axe-core (the accessibility tests) and the studio's front end (CodeMirror, NL Design System CSS, esbuild).
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
locked_missing=$(cd "$repo_root" && node -e '
  const lock = require("./package-lock.json");
  const fs = require("fs");
  const absent = Object.keys(lock.packages).filter((p) => p.startsWith("node_modules/") && !lock.packages[p].optional
    && !fs.existsSync(p + "/package.json"));
  console.log(absent.length);' 2>/dev/null || echo unknown)
if [ "$locked_missing" != "0" ]; then
  command -v npm >/dev/null 2>&1 || { echo "npm (Node.js) is required for axe-core and the studio's front end: apt-get install npm" >&2; exit 1; }
  echo "Installing the locked npm packages (npm ci) ..."
  (cd "$repo_root" && npm ci --no-audit --no-fund --silent)
fi
