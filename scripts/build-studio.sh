#!/usr/bin/env bash
# Bundles the template studio's front end (studio/: CodeMirror 6, NL Design System CSS) with esbuild into
# studio/dist/, which the server serves under /studio/assets (src/Smi.Docs.Server/Studio/StudioAssets.cs).
# Offline (everything comes from node_modules, installed from package-lock.json by install-prerequisites.sh) and
# deterministic: no source maps, no timestamps, so the same lock file gives the same bytes.
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
esbuild="node_modules/.bin/esbuild"
[ -x "$esbuild" ] || { echo "esbuild is missing: run scripts/install-prerequisites.sh (npm ci)" >&2; exit 1; }
rm -rf studio/dist
"$esbuild" studio/src/studio.js studio/src/studio.css --bundle --minify --format=iife --target=es2020 \
  --loader:.svg=dataurl --legal-comments=none --log-level=warning --outdir=studio/dist
# The online application form's style sheet (the same components and tokens) and its one script (autosave; the form
# works without it) into formulier/dist/, served under /formulier/assets (src/Smi.Docs.Server/Forms/ApplicationFormSetup.cs).
rm -rf formulier/dist
"$esbuild" formulier/src/formulier.css formulier/src/formulier.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --log-level=warning --outdir=formulier/dist
