#!/usr/bin/env bash
# Renders every bundled example case with the Voorbeeldstad profile into
# ./out/<case>/<document>.nl.{html,docx,pdf}. A case file's name starts with its document id (the longest
# id that matches wins, so aanvraagformulier-verlenging-*.json renders the extension form). Forms are also
# printed blank, without a case, into ./out/<form>-leeg/, the publiekstekst of every example profile (made from
# the profile alone) into ./out/publiekstekst-<profile>/, and the basislijn check of every example profile
# goes to ./out/beleid/<profile>.{html,pdf}. The grant of the first case in every translation, bundled with the Dutch
# original, goes to ./out/vertalingen/toekenning.<lang>+nl.{html,docx,pdf}. A second run replaces what the first
# wrote (--overwrite); the cases and forms, made in one batch, are made again only when they changed.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh
dotnet build src/Smi.Docs.Cli -c Release --nologo -v quiet
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
exit $status
