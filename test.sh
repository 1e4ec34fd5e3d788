#!/usr/bin/env bash
# Runs every test: installs the prerequisites, builds, then runs the xunit suite.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-prerequisites.sh
scripts/build-studio.sh
dotnet build Smi.Docs.sln -c Release --nologo -v quiet
if [ $# -gt 0 ]; then
  dotnet test Smi.Docs.sln -c Release --no-build --nologo "$@"
else
  # Every test, in two runs: the fast suite with Chromium pointed at a path that does not exist, so a test that prints
  # without [NeedsChromium] fails here (tests/Smi.Docs.Tests/NeedsAttributes.cs), then the tests that need Chromium,
  # poppler, npm or mount (a real full disk, as root).
  SMI_DOCS_CHROMIUM=/nonexistent/smi-docs-fast-suite/chromium \
    dotnet test Smi.Docs.sln -c Release --no-build --nologo --filter "Speed!=Slow"
  dotnet test Smi.Docs.sln -c Release --no-build --nologo --filter "Speed=Slow"
fi
# The plain-language gate on the Dutch templates (docs/plain-language.md): errors fail the run, warnings are shown.
dotnet src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll lint templates
# The translations (locales/README.md): a missing file or a structure mismatch fails the run; stale ones are listed.
dotnet src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll locales status --root .
