# Sourced by the scripts beside it (not executable, so run-peers.sh does not run it): sets root and dll, the
# Release build of smi-docs, and stops with a clear message when it is missing — the scripts build nothing themselves.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dll="$root/src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll"
if [ ! -f "$dll" ]; then
  echo "$(basename "$0"): no Release build at $dll; run 'dotnet build Smi.Docs.sln -c Release' in $root first" >&2
  exit 2
fi
