#!/usr/bin/env bash
# The browser tests use Debian's Chromium (no tool may download its own browser here),
# the export tests open the exported SVG in LibreOffice, as a report author would, and the
# report test converts the Word export to PDF with LibreOffice's Writer and renders its first
# page with Ghostscript.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-draw-nogui)
command -v gs >/dev/null 2>&1 || missing+=(ghostscript)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || dpkg -s libreoffice-writer >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Missing for the browser tests: ${missing[*]}. Run 'sudo apt-get install -y ${missing[*]}' and try again." >&2
  exit 1
fi
echo "Installing Debian's ${missing[*]} for the browser tests..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
