#!/usr/bin/env bash
# Renders every bundled example case with the Voorbeeldstad profile into
# ./out/<case>/<document>.nl.{html,docx,pdf}. A case file's name starts with its document id (the longest
# id that matches wins, so aanvraagformulier-verlenging-*.json renders the extension form). Forms are also
# printed blank, without a case, into ./out/<form>-leeg/, the publiekstekst of every example profile (made from
# the profile alone) into ./out/publiekstekst-<profile>/, and the basislijn check of every example profile
# goes to ./out/beleid/<profile>.{html,pdf}. The grant of the first case in every translation, bundled with the Dutch
# original, goes to ./out/vertalingen/toekenning.<lang>+nl.{html,docx,pdf}. A second run replaces what the first
# wrote (--overwrite); the cases and forms, made in one batch, are made again only when they changed.
#
# Then it serves the HTTP API on http://127.0.0.1:8080 with the embedded SQLite in ./smi-docs-data: a demo tenant
# (Voorbeeldstad) is added once, a fresh key for it is printed, and the interactive API reference is at /api/docs.
# The template studio is at /studio, with a demo redacteur and beheerder made once; their passwords are kept in
# ./smi-docs-data/demo-studio-accounts.txt (this machine's demo only) and printed on every run.
# Ctrl-C stops the service. `./run-examples.sh --render-only` renders the examples and stops.
set -euo pipefail
cd "$(dirname "$0")"
serve=1
case "${1:-}" in
  "") ;;
  --render-only) serve=0 ;;
  *) echo "usage: ./run-examples.sh [--render-only]" >&2; exit 2 ;;
esac
scripts/install-prerequisites.sh
dotnet build src/Smi.Docs.Cli -c Release --nologo -v quiet
[ "$serve" -eq 0 ] || scripts/build-studio.sh
[ "$serve" -eq 0 ] || dotnet build src/Smi.Docs.Server -c Release --nologo -v quiet
cli=(dotnet src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll)
status=0
# Every example case and both blank forms in one batch run (smi-docs batch: one warm Chromium for all of them, a
# report in out/rapport.json, an index in out/index.csv). Each case is wrapped in an envelope that names its
# document; the envelope file keeps the case's name, which becomes its folder under out/. A second run makes again
# only what changed since the first.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
for case_file in examples/cases/*.json; do
  name=$(basename "$case_file" .json)
  document=""
  for id in aanvraagformulier aanvraagformulier-verlenging ontbrekende-gegevens niet-in-behandeling toekenning verlenging afwijzing; do
    [[ "$name" == "$id"* ]] && document=$id
  done
  [ -n "$document" ] || { echo "skipping $case_file: its name does not start with a document id" >&2; continue; }
  { printf '{"document": "%s", "taal": "nl", "zaak": ' "$document"; cat "$case_file"; printf '}\n'; } > "$staging/$name.json"
done
for form in aanvraagformulier aanvraagformulier-verlenging; do
  printf '{"document": "%s", "taal": "nl", "zaak": null}\n' "$form" > "$staging/$form-leeg.json"
done
"${cli[@]}" batch "$staging" --profile examples/profiles/voorbeeldstad.yaml --format html,docx,pdf --out out || status=$?
# The publiekstekst is made from the profile alone (no case): one web page and leaflet per example profile.
for profile in examples/profiles/*.yaml; do
  id=$(basename "$profile" .yaml)
  "${cli[@]}" render --profile "$profile" --doc publiekstekst \
    --lang nl --format html,docx,pdf --overwrite --out "out/publiekstekst-$id" || status=$?
done
# Every translation of the grant (locales/), each followed by the Dutch original in one file per format (--bundle).
for language in en ar tr pl uk; do
  "${cli[@]}" render examples/cases/toekenning-een-kind-dagopvang.json --profile examples/profiles/voorbeeldstad.yaml \
    --doc toekenning --lang "$language" --bundle --format html,docx,pdf --overwrite --out out/vertalingen || status=$?
done
# The basislijn check of every example profile, as the report a municipality hands to its council.
for profile in examples/profiles/*.yaml; do
  id=$(basename "$profile" .yaml)
  for format in html pdf; do
    "${cli[@]}" beleid toets "$profile" --format "$format" --out "out/beleid/$id.$format" --overwrite || status=$?
  done
done
if [ "$status" -ne 0 ] || [ "$serve" -eq 0 ]; then
  exit $status
fi

# The service, as a municipality's case system would call it (docs/server.md).
export SMI_DOCS_DATA="$PWD/smi-docs-data"
# Every example municipality is a tenant, so each has its online form; voorbeeldstad also gets the demo key and accounts.
for profile in examples/profiles/*.yaml; do
  tenant=$(basename "$profile" .yaml)
  if ! "${cli[@]}" tenants list | grep -q "^$tenant"$'\t'; then
    "${cli[@]}" tenants add "$tenant" --profile "$profile"
  fi
done
key=$("${cli[@]}" keys create voorbeeldstad 2>/dev/null)
# The studio's demo accounts: made once, their generated passwords kept beside the demo database (0600).
demo_accounts="$SMI_DOCS_DATA/demo-studio-accounts.txt"
if [ ! -f "$demo_accounts" ]; then
  (umask 077
   for role in redacteur beheerder; do
     password=$("${cli[@]}" users add --tenant voorbeeldstad --name "$role" --role "$role" 2>/dev/null) || password="(made before; password unknown)"
     printf '  %-10s %s\n' "$role" "$password" >> "$demo_accounts"
   done)
fi
rm -rf "$staging"
printf '\nRendered examples: ./out (report out/rapport.json, index out/index.csv)\n'
printf 'Service:           http://127.0.0.1:8080/api/v1   (embedded SQLite in ./smi-docs-data)\n'
printf 'API reference:     http://127.0.0.1:8080/api/docs\n'
printf 'Demo key for tenant voorbeeldstad (shown once; revoke with smi-docs keys revoke):\n  %s\n' "$key"
printf 'Studio:            http://127.0.0.1:8080/studio   (gemeente voorbeeldstad; user name and password:)\n'
cat "$demo_accounts"
printf 'Application form:  http://127.0.0.1:8080/formulier/voorbeeldstad   (?taal=en|ar|tr|pl|uk; sent ones under /api/v1/aanvragen)\n'
printf '                   also /formulier/%s\n' $(for p in examples/profiles/*.yaml; do b=$(basename "$p" .yaml); [ "$b" = voorbeeldstad ] || echo "$b"; done)
printf 'Try:               curl -s -H "Authorization: Bearer %s" http://127.0.0.1:8080/api/v1/documenten\n' "$key"
printf 'Stop with Ctrl-C.\n\n'
exec env ASPNETCORE_URLS=http://127.0.0.1:8080 dotnet src/Smi.Docs.Server/bin/Release/net10.0/Smi.Docs.Server.dll
