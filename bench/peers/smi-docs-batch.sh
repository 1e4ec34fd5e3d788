#!/usr/bin/env bash
# Smi.Docs's batch path in the peers' run (issue 14 point 8): `smi-docs bench --batch` on generated cases (every
# document, 1–3 children, every language), HTML+DOCX on all cores, one JSON line "smi-docs-batch". A script of its own
# so it gets its own 240 s limit in run-peers.sh. Needs the Release build (see smi-docs.sh).
set -euo pipefail
. "$(dirname "$0")/release-build.sh"
exec dotnet "$dll" bench --batch "${SMI_DOCS_BATCH:-1000}" --cases "$root/examples/cases" \
  --profile "$root/examples/profiles/voorbeeldstad.yaml"
