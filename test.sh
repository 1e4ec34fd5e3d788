#!/usr/bin/env bash
# Runs every test: installs the prerequisites, builds, then runs the xunit suite.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh
dotnet build Smi.Docs.sln -c Release --nologo -v quiet
dotnet test Smi.Docs.sln -c Release --no-build --nologo "$@"
# The plain-language gate on the Dutch templates (docs/plain-language.md): errors fail the run, warnings are shown.
dotnet src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll lint templates
# The translations (locales/README.md): a missing file or a structure mismatch fails the run; stale ones are listed.
dotnet src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll locales status --root .
