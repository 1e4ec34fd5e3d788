#!/usr/bin/env bash
# Accepts the output of the last test run: every *.received.* snapshot becomes the *.verified.* one.
# Read the test failure diffs first; commit the verified files with the change that caused them.
set -euo pipefail
cd "$(dirname "$0")/.."
count=0
while IFS= read -r -d '' received; do
  mv "$received" "${received/.received./.verified.}"
  echo "accepted ${received/.received./.verified.}"
  count=$((count + 1))
done < <(find tests -name '*.received.*' -print0)
echo "$count snapshot(s) accepted"
