#!/usr/bin/env bash
# Benchmark (issue 10 case 10): `accord validate` on a workshop whose description holds N `\n`
# escapes, N doubling from 10 000 to 640 000; prints the time of each step. Linear parsing
# shows each step taking about twice the one before (the old decoder copied its buffer at
# every escape: 80 000 escapes took 1.15 s). Also times an unknown `showIf` reference of
# 4 million characters (issue 19: "did you mean" must not compare it in full).
# Usage: scripts/bench-validate-escapes.sh [ACCORD]   (default: builds and uses the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
accord="${1:-}"
if [ -z "$accord" ]; then
    swift build -c release --product accord >/dev/null
    accord=.build/release/accord
fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import json, sys
base = json.load(open("questionnaires/common-vision.json"))
marked = dict(base, description="@ESCAPES@")
n = 10_000
while n <= 640_000:
    text = json.dumps(marked).replace("@ESCAPES@", "\\n" * n)
    open(f"{sys.argv[1]}/escapes-{n}.json", "w").write(text)
    n *= 2
ref = dict(base)
ref["sections"] = json.loads(json.dumps(base["sections"]))
ref["sections"][0]["questions"][1]["showIf"] = {"question": "x" * 4_000_000, "answered": True}
open(f"{sys.argv[1]}/reference.json", "w").write(json.dumps(ref))
PY
for n in 10000 20000 40000 80000 160000 320000 640000; do
    file="$dir/escapes-$n.json"
    start=$(date +%s.%N)
    "$accord" validate "$file" >/dev/null
    end=$(date +%s.%N)
    printf '%7d escapes  %8d bytes  %6.3f s\n' "$n" "$(wc -c < "$file")" "$(echo "$end - $start" | bc)"
done
start=$(date +%s.%N)
"$accord" validate "$dir/reference.json" >/dev/null 2>&1 || true
end=$(date +%s.%N)
printf 'unknown reference of 4 000 000 characters: %6.3f s\n' "$(echo "$end - $start" | bc)"
