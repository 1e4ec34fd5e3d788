#!/usr/bin/env bash
# Smi.Docs in the peers' run (issue 15 point 1). Contract: peers/extra/README.md — run-peers.sh runs every executable
# in $PEERS_EXTRA with PEERS_ROOT (the peers' copy) and PEERS_OUT set, under a 240 s limit, and keeps the JSON lines
# printed here. Usage, from the repository root after `dotnet build Smi.Docs.sln -c Release`:
#   p="$(mktemp -d)/peers"; cp -r /work/shared/peers "$p"; PEERS_EXTRA="$PWD/bench/peers" "$p/run-peers.sh"
# Rows: smi-docs-docx and smi-docs-pdf (one letter at a time, as the peers), smi-docs-pdf-parallel (the page pool
# full), chromium-raw-smi-letter(-1page) (the ceiling: Playwright printing our letter's HTML, nothing around it).
# The peers' cases are mapped to our case format in src/Smi.Docs.Cli/BenchPeerCase.cs, which lists the defaults for
# what their cases lack (child's birth date, LRK number, days per week, reason, payee, income) and the profile that
# signs the letter (Voorbeeldstad).
# Every 100th letter goes to $PEERS_OUT/smi-docs/letter-<nnnn>-case<k>.docx|pdf and verify.sh checks them like the
# peers'. Our letter is another letter and fails some of its checks (docs/performance.md, "Side by side with the
# peers"): 3-4 pages, not 2 (so no "Pagina 2 van 2"); no kinderopvangtoeslag paragraph (their ontvangtToeslag has no
# counterpart in our letter); no monthly total over the children; in the DOCX an amount can sit in two runs ("€ 678"
# and ",64"), and the check, which turns every tag into a space, then does not find "678,64" although Word shows it.
# We leave those failures visible rather than shape our output to their checker.
set -euo pipefail
. "$(dirname "$0")/release-build.sh"
: "${PEERS_ROOT:?set by run-peers.sh: the peers folder with data/case-{1,2,3}.json}"
: "${PEERS_OUT:?set by run-peers.sh: the peers output folder}"
# The peers' DOCX count (2000) and enough PDFs per row that every 100th covers the three cases (0000, 0100, 0200).
exec dotnet "$dll" bench peers --data "$PEERS_ROOT/data" --out "$PEERS_OUT/smi-docs" \
  --n "${SMI_DOCS_N:-2000}" --pdf-n "${SMI_DOCS_PDF_N:-201}" --warmup "${SMI_DOCS_WARMUP:-300}" \
  --profile "$root/examples/profiles/voorbeeldstad.yaml"
