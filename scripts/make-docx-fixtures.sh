#!/usr/bin/env bash
# Makes test/fixtures/docx/corpus/*.docx from the text fixtures with LibreOffice, as an office would
# by pasting a reply into a new document: LibreOffice's default page, styles and margins.
# The .docx files are committed, so tests never need LibreOffice; rerun this after changing a fixture.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="$root/test/fixtures/corpus"
out_dir="$root/test/fixtures/docx/corpus"

if ! command -v soffice >/dev/null 2>&1; then
  bash "$root/scripts/ensure-render-tools.sh"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out_dir"

# A throwaway profile keeps the user's LibreOffice settings out of the result and lets this run
# beside an open LibreOffice. The text filter is told the encoding instead of guessing it.
soffice -env:UserInstallation="file://$profile/user" --headless --norestore \
  --infilter="Text (encoded):UTF8,LF,,," \
  --convert-to docx --outdir "$out_dir" "$source_dir"/*.txt

ls -l "$out_dir"
