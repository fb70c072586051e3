#!/usr/bin/env bash
# Build the site and render three pages to PNG with headless Chromium (Debian: apt-get
# install chromium), to look at before a release: Arabic reads right to left, code and tables
# do not overflow, the navigation makes sense. Not run in CI.
#
#   docs/screenshots.sh [OUT_DIR]     # default: /tmp/cleannews-screenshots
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/cleannews-screenshots}"
site="$(mktemp -d)/site"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"

python docs/gen.py
NO_MKDOCS_2_WARNING=1 mkdocs build --strict --quiet --site-dir "$site"
mkdir -p "$out"
shot() {  # shot NAME PAGE
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1280,2000 --screenshot="$out/$1.png" "file://$site/$2" 2>/dev/null
    echo "$out/$1.png"
}
shot home index.html
shot pass reference/passes/headlines/index.html
shot cli cli/index.html
