#!/usr/bin/env bash
# Installs what the render tests need to see the output as a person would:
# LibreOffice (docx -> pdf), poppler (pdfinfo, pdftoppm), Chromium (print the HTML)
# and CJK fonts. Idempotent: does nothing when everything is already there.
set -euo pipefail

packages=(libreoffice-writer-nogui poppler-utils chromium fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "render tools: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "render tools: installing ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
