#!/usr/bin/env bash
# Renders reports of the worked example, real documents, media fixtures and
# an article made of injection payloads, then opens each report.html in
# headless Chromium (browser_check.mjs): nothing loads, nothing runs, every
# verdict shows, phone width fits, printing works. Screenshots and PDFs are
# kept in BUILD/test-artifacts/browser/.
# Usage: browser_test.sh EMBEDCHECK SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
chromium=${EMBEDCHECK_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "Chromium not found at $chromium: scripts/setup installs the Debian package chromium" >&2
  exit 1
fi
shared=${EMBEDCHECK_SHARED_DIR:-$src/../shared}
artifacts=$(dirname "$bin")/test-artifacts/browser
rm -rf "$artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# An article whose every field is a payload: title, text, a quoted post, links.
cat > "$work/hostile.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; &#x202E;gnp.exe</title></head><body>
<p>Officials in Homs said on Monday &lt;img src=x onerror=alert(3)&gt; that the &lt;/style&gt;&lt;script&gt;alert(4)&lt;/script&gt; convoy left.</p>
<p>&lt;svg&gt;&lt;foreignObject&gt;&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;&lt;/foreignObject&gt;&lt;/svg&gt; "onmouseover="alert(5)</p>
<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">&lt;script&gt;alert(6)&lt;/script&gt; &#x202E;override&#x202C; javascript:alert(7) <a href="javascript:alert(8)">click</a></p>&mdash; &lt;b&gt;Name&lt;/b&gt; (@handle) <a href="https://twitter.com/handle/status/1270176497089691648">June 9, 2020</a></blockquote>
<p><a href="javascript:alert(9)">javascript link</a> <a href="data:text/html,&lt;script&gt;alert(10)&lt;/script&gt;">data link</a></p>
</body></html>
HTML

dirs=()
n=0
render() {
  local command=$1 input=$2
  shift 2
  n=$((n + 1))
  local out="$work/out-$n"
  set +e
  "$bin" "$command" "$input" --out "$out" --quiet "$@" 2>/dev/null
  local rc=$?
  set -e
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
    echo "embedcheck $command exited $rc on $input" >&2
    exit 1
  fi
  dirs+=("$out")
}
render verify "$src/examples/tanf-defection.html" --offline
render verify "$work/hostile.html" --offline
for doc in "$shared"/real-embeds/03-*.md "$shared"/real-embeds/07-*.html; do render verify "$doc" --offline; done
fixtures=$(dirname "$bin")/fixtures
render media "$fixtures/apple.mov" --no-ocr --claim-place "Palmyra, Syria" --claim-time 2020-04-14T10:00Z
render media "$fixtures/cuts.mp4" --no-ocr --claim-time 2020-04-14T10:00Z

node "$src/tests/reports/browser_check.mjs" "$chromium" "$artifacts" "${dirs[@]}"
ls "$artifacts"/*-phone.png >/dev/null

# The check must be able to fail: a page that asks for an outside image.
mkdir -p "$work/tampered"
cp "${dirs[0]}/report.json" "$work/tampered/"
sed 's|<h1>|<img src="https://evil.example/x.png"><h1>|' "${dirs[0]}/report.html" > "$work/tampered/report.html"
if node "$src/tests/reports/browser_check.mjs" "$chromium" "$work/tampered-artifacts" "$work/tampered" >/dev/null; then
  echo "the browser check passed a page that loads an outside image" >&2
  exit 1
fi
