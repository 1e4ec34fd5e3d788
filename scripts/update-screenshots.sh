#!/usr/bin/env bash
# Makes the README's studio screenshot (docs/images/studio-editor.png) anew from the browser test that types an error in
# the editor (tests/Smi.Docs.Server.Tests/Studio/StudioBrowserTests.cs), after the studio's look changed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-studio.sh
dotnet build tests/Smi.Docs.Server.Tests -c Release --nologo -v quiet
mkdir -p docs/images
SMI_DOCS_UPDATE_SCREENSHOTS=1 dotnet test tests/Smi.Docs.Server.Tests -c Release --no-build \
  --filter "FullyQualifiedName~StudioBrowserTests.A_redacteur_types_an_error"
ls -l docs/images/studio-editor.png
