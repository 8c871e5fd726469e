#!/usr/bin/env bash
# Runs embedcheck over real and bad inputs and validates every report.json,
# and the samples in tests/reports/samples/, against the schema; then proves
# the validator rejects a broken report.
# Usage: schema_test.sh EMBEDCHECK SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
shared=${EMBEDCHECK_SHARED_DIR:-$src/../shared}
if [ ! -d "$shared/real-embeds" ]; then
  echo "shared folder not found at $shared: set EMBEDCHECK_SHARED_DIR" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=("$src"/examples/*.txt "$src"/examples/*.html "$shared"/examples/tanf-2020.txt
        "$shared"/real-embeds/*.md "$shared"/real-embeds/*.html)
: > "$work/empty.txt"
printf 'abc\000\001\002' > "$work/binary.txt"
printf 'caf\xe9 au lait' > "$work/latin1.txt"
inputs+=("$work/empty.txt" "$work/binary.txt" "$work/latin1.txt")

reports=()
n=0
# report_of COMMAND INPUT ARGS…: runs `embedcheck COMMAND INPUT --out … ARGS…`,
# which must exit 0 or 2 (input unreadable, report still written).
report_of() {
  local command=$1 input=$2
  shift 2
  n=$((n + 1))
  local out="$work/out-$n" rc
  set +e
  "$bin" "$command" "$input" --out "$out" --quiet "$@" 2>/dev/null
  rc=$?
  set -e
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
    echo "embedcheck $command exited $rc on $input" >&2
    exit 1
  fi
  reports+=("$out/report.json")
}
for input in "${inputs[@]}"; do
  report_of verify "$input" --offline  # --offline: tests reach no network beyond 127.0.0.1
done
# Bare media files through `embedcheck media` (fixtures made by scripts/make-fixtures
# beside the binary): good files, files with tags and GPS, and bad ones.
fixtures=$(dirname "$bin")/fixtures
for input in "$fixtures"/tags.mp4 "$fixtures"/apple.mov "$fixtures"/photo-exif.jpg "$fixtures"/cuts.mp4 \
             "$fixtures"/zero.mp4 "$fixtures"/random.mp4 "$fixtures"/audio-only.m4a; do
  report_of media "$input" --no-ocr --claim-place "Palmyra, Syria" --claim-time 2020-04-14T10:00Z
done
# Hand-built samples of what real inputs may not yet produce (place claims and
# their checks); schema_sample_test keeps them equal to the writer's output.
reports+=("$src"/tests/reports/samples/*.json)
node "$src/tests/reports/validate_reports.mjs" "$src/reports/schema/report.schema.json" "${reports[@]}"

# Each claimreview.jsonld written beside a report, against its own schema.
claimreviews=()
for r in "${reports[@]}"; do
  [ -f "$(dirname "$r")/claimreview.jsonld" ] && claimreviews+=("$(dirname "$r")/claimreview.jsonld")
done
node "$src/tests/reports/validate_reports.mjs" "$src/reports/schema/claimreview.schema.json" "${claimreviews[@]}"
grep -q '"@type": "ClaimReview"' "${claimreviews[@]}" || { echo "no ClaimReview written for any report" >&2; exit 1; }
sed 's/"@type": "ClaimReview"/"@type": "Review"/' "${claimreviews[0]}" > "$work/broken.jsonld"
for f in "${claimreviews[@]}"; do
  if grep -q '"@type": "ClaimReview"' "$f"; then
    sed 's/"@type": "Rating"/"@type": "Rating", "ratingValue": 1/' "$f" > "$work/rated.jsonld"
    break
  fi
done
for broken in "$work/broken.jsonld" "$work/rated.jsonld"; do
  if node "$src/tests/reports/validate_reports.mjs" "$src/reports/schema/claimreview.schema.json" "$broken" >/dev/null; then
    echo "the validator accepted a broken claimreview.jsonld: $broken" >&2
    exit 1
  fi
done

# The validator must be able to fail: break one report and expect a rejection.
sed 's/"verdict": "[a-z]*"/"verdict": "true"/; s/"schema_version": 1/"schema_version": "1"/' \
  "${reports[0]}" > "$work/broken.json"
if node "$src/tests/reports/validate_reports.mjs" "$src/reports/schema/report.schema.json" "$work/broken.json" >/dev/null; then
  echo "the validator accepted a broken report" >&2
  exit 1
fi
echo "schema: ${#reports[@]} reports and ${#claimreviews[@]} claimreview drafts valid; broken ones rejected"
