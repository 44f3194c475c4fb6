#!/usr/bin/env bash
# Makes test/fixtures/docx/corpus/*.docx from the text fixtures with LibreOffice, as an office would
# by pasting a reply into a new document: LibreOffice's default page, styles and margins; and
# test/fixtures/docx/resaved/*.docx: the project's own export of the sample, opened and saved again by
# LibreOffice, as an office would when it edits an exported reply.
# The .docx files are committed, so tests never need LibreOffice; rerun this after changing a fixture.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="$root/test/fixtures/corpus"
out_dir="$root/test/fixtures/docx/corpus"
resaved_dir="$root/test/fixtures/docx/resaved"

if ! command -v soffice >/dev/null 2>&1; then
  bash "$root/scripts/ensure-render-tools.sh"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out_dir" "$resaved_dir" "$profile/export"

# A throwaway profile keeps the user's LibreOffice settings out of the result and lets this run
# beside an open LibreOffice. The text filter is told the encoding instead of guessing it.
soffice -env:UserInstallation="file://$profile/user" --headless --norestore \
  --infilter="Text (encoded):UTF8,LF,,," \
  --convert-to docx --outdir "$out_dir" "$source_dir"/*.txt

[ -f "$root/dist/cli.js" ] || (cd "$root" && node scripts/build.mjs)
node "$root/bin/proposal-reply.js" render "$source_dir/changning-2024-aigc.txt" -o "$profile/export/changning-2024-aigc.docx"
soffice -env:UserInstallation="file://$profile/user" --headless --norestore \
  --convert-to 'docx:MS Word 2007 XML' --outdir "$resaved_dir" "$profile/export/changning-2024-aigc.docx"

ls -l "$out_dir" "$resaved_dir"
