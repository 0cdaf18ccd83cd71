#!/usr/bin/env bash
# Benchmark: time `accord validate` on a generated workshop of about 100 000 lines
# (3 400 questions with conditions), the size of a large JSON Lines import.
# Usage: scripts/bench-validate.sh [QUESTIONS]   (builds in release mode first)
set -euo pipefail
cd "$(dirname "$0")/.."
questions="${1:-3400}"
file="$(mktemp --suffix=.json)"
trap 'rm -f "$file"' EXIT
python3 - "$questions" > "$file" <<'PY'
import json, sys
n = int(sys.argv[1])
questions = []
for i in range(n):
    q = {"id": f"q{i}", "type": "choice", "prompt": {"en": f"Question {i} é✓", "de": f"Frage {i}"},
         "options": [{"id": "yes", "label": "Yes"}, {"id": "no", "label": "No"}]}
    if i:
        q["showIf"] = {"any": [{"question": f"q{i-1}", "equals": "yes"}, {"question": "q0", "answered": False}]}
    questions.append(q)
workshop = {"formatVersion": 1, "id": "bench", "version": "1", "title": "Bench", "language": "en",
            "sections": [{"id": "all", "title": "All", "questions": questions}]}
print(json.dumps(workshop, indent=1))
PY
echo "$(wc -l < "$file") lines, $(wc -c < "$file") bytes"
swift build -c release --product accord >/dev/null
time .build/release/accord validate "$file"
