#!/usr/bin/env bash
# Writes docs/openapi.json anew from the OpenAPI document the service generates (/openapi/v1.json), after a change
# to an endpoint or to src/Smi.Docs.Server/ApiDocument.cs. OpenApiDocumentTests fail until the file is the generated one.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Smi.Docs.Server.Tests -c Release --nologo -v quiet
SMI_DOCS_UPDATE_OPENAPI=1 dotnet test tests/Smi.Docs.Server.Tests -c Release --no-build \
  --filter "FullyQualifiedName~OpenApiDocumentTests.The_checked_in_openapi_json_is_the_generated_document"
git --no-pager diff --stat -- docs/openapi.json
