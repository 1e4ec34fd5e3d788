#!/usr/bin/env bash
# Renders every bundled example case with its profile into ./out/<case>/<document>.<lang>.<ext>.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh
dotnet build src/Smi.Docs.Cli -c Release --nologo -v quiet
echo "(the render command arrives with the CLI)"
