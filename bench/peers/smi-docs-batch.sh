#!/usr/bin/env bash
# Smi.Docs's batch path in the peers' run (issue 14 point 8): `smi-docs bench --batch` on generated cases (every
# document, 1–3 children, every language), HTML+DOCX on all cores, one JSON line "smi-docs-batch". A script of its own
# so it gets its own 240 s limit in run-peers.sh. Needs the Release build (see smi-docs.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dll="$root/src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll"
if [ ! -f "$dll" ]; then
  echo "smi-docs-batch.sh: no Release build at $dll; run 'dotnet build Smi.Docs.sln -c Release' in $root first" >&2
  exit 2
fi
exec dotnet "$dll" bench --batch "${SMI_DOCS_BATCH:-1000}" --cases "$root/examples/cases" \
  --profile "$root/examples/profiles/voorbeeldstad.yaml"
