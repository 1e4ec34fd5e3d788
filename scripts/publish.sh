#!/usr/bin/env bash
# A build to install: the CLI and the service published for linux-x64 with ReadyToRun (the engine's code compiled ahead
# of time, so a cold process does not wait for the JIT: `smi-docs render` of one HTML letter 0.57 → 0.35 s, one PDF about
# 0.4 s less, docs/performance.md "Cold start"). Framework-dependent: the machine needs the .NET 10 runtime.
# Usage: scripts/publish.sh [out-folder]   (default ./publish; the CLI in <out>/cli, the service in <out>/server)
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$repo_root/publish}")"
cd "$repo_root"
scripts/build-studio.sh
for project in Cli Server; do
  target="$out/$(echo "$project" | tr '[:upper:]' '[:lower:]')"
  rm -rf "$target"
  dotnet publish "src/Smi.Docs.$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$target" --nologo -v quiet
done
echo "Published: $out/cli/smi-docs.dll and $out/server/Smi.Docs.Server.dll (dotnet <dll>)"
