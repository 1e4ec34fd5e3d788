#!/usr/bin/env bash
# Installs what rendering and the tests need on a fresh Debian machine:
# Chromium (PDF route, docs/architecture.md §5), Noto fonts (Latin, Cyrillic, Arabic; CJK and colour emoji, so a name in any
# script prints instead of empty boxes), poppler-utils (pdftotext, pdffonts, pdfinfo), strace (the test that Chromium opens
# no network connection, tests/Smi.Docs.Tests/Pdf/NoNetworkTests.cs),
# axe-core from package-lock.json (the WCAG 2.1 AA check of the generated HTML, tests/Smi.Docs.Tests/Accessibility),
# and PostgreSQL (the service's storage tests start a throw-away cluster, tests/Smi.Docs.Server.Tests/Storage/PostgresCluster.cs).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] || missing+=(fonts-noto-core)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
command -v strace >/dev/null 2>&1 || missing+=(strace)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "dotnet (the .NET 10 SDK) is required" >&2; exit 1; }
# npm ci only when axe-core is absent: it wipes node_modules, and the lock pins one exact version anyway.
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$repo_root/node_modules/axe-core/axe.min.js" ]; then
  command -v npm >/dev/null 2>&1 || { echo "npm (Node.js) is required to install axe-core for the accessibility tests: apt-get install npm" >&2; exit 1; }
  echo "Installing axe-core (npm ci) ..."
  (cd "$repo_root" && npm ci --no-audit --no-fund --silent)
fi
