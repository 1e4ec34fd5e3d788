#!/usr/bin/env bash
# Renders every bundled example case with the Voorbeeldstad profile into
# ./out/<case>/<document>.nl.{html,docx,pdf} (a case file's name starts with its document id), and the
# basislijn check of every example profile into ./out/beleid/<profile>.{html,pdf}.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh
dotnet build src/Smi.Docs.Cli -c Release --nologo -v quiet
cli=(dotnet src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll)
status=0
for case_file in examples/cases/*.json; do
  name=$(basename "$case_file" .json)
  document=""
  for id in aanvraagformulier ontbrekende-gegevens toekenning verlenging afwijzing publiekstekst; do
    [[ "$name" == "$id"* ]] && document=$id
  done
  [ -n "$document" ] || { echo "skipping $case_file: its name does not start with a document id" >&2; continue; }
  "${cli[@]}" render "$case_file" --profile examples/profiles/voorbeeldstad.yaml --doc "$document" \
    --lang nl --format html,docx,pdf --out "out/$name" || status=$?
done
# The basislijn check of every example profile, as the report a municipality hands to its council.
for profile in examples/profiles/*.yaml; do
  id=$(basename "$profile" .yaml)
  for format in html pdf; do
    "${cli[@]}" beleid toets "$profile" --format "$format" --out "out/beleid/$id.$format" || status=$?
  done
done
exit $status
