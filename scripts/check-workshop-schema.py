#!/usr/bin/env python3
"""Check schema/workshop.schema.json against the workshops we ship and the files it must reject.

Run from anywhere: python3 scripts/check-workshop-schema.py

1. Every questionnaires/*.json, Tests/Fixtures/rtl-hebrew.json, and the worked example in docs/workshop-format.md (the
   ```json block that holds "formatVersion"), must pass the schema and the reference check
   below.
2. Every file in Tests/AccordCoreTests/Fixtures/schema-invalid/ must be rejected by the schema,
   at the place EXPECTED_REJECTIONS names (so a fixture cannot pass this check by failing for
   some other, accidental reason). A new fixture needs an entry there.

The reference check covers what a JSON Schema cannot say (docs/workshop-format.md): unique ids,
references to scales, dimensions, options and earlier questions, condition values of the right
kind, translations that include the workshop's language, consecutive scale points, selection
bounds. `accord validate` is the authority; this check exists so the shipped content is known
to be consistent even before (and independently of) the Swift loader.

Exit status: 0 when everything holds, 1 when something does not, 2 when the `jsonschema`
package is missing (pip install jsonschema).
"""

import json
import pathlib
import re
import sys

try:
    import jsonschema
except ImportError:
    print("error: the Python package 'jsonschema' is not installed (python3 -m pip install jsonschema)", file=sys.stderr)
    sys.exit(2)

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "workshop.schema.json"
WORKSHOPS = ROOT / "questionnaires"
FORMAT_DOC = ROOT / "docs" / "workshop-format.md"
# Valid test workshops outside questionnaires/: the right-to-left one of the browser test.
VALID_FIXTURES = [ROOT / "Tests" / "Fixtures" / "rtl-hebrew.json"]
INVALID = ROOT / "Tests" / "AccordCoreTests" / "Fixtures" / "schema-invalid"

# Fixture file → the JSON path where the schema must report an error, or (path, words the
# message must contain). jsonschema reports a key forbidden by a `false` schema (a key of
# another question type) at the enclosing question, not at the key, hence the message.
EXPECTED_REJECTIONS = {
    "unknown-top-level-key.json": "$",
    "unknown-question-key.json": "$.sections[0].questions[0]",
    "wrong-type-timebox.json": "$.sections[0].timeboxMinutes",
    "wrong-type-required.json": "$.sections[0].questions[1].required",
    "missing-format-version.json": "$",
    "missing-question-prompt.json": "$.sections[0].questions[0]",
    "empty-sections.json": "$.sections",
    "bad-question-id.json": "$.sections[0].questions[0].id",
    "bad-option-id-reserved.json": "$.sections[0].questions[1].options[2].id",
    "unknown-question-type.json": "$.sections[0].questions[1].type",
    "text-wrong-shape-array.json": "$.sections[0].questions[0].prompt",
    "text-wrong-shape-translation.json": "$.title",
    "scale-key-on-choice.json": ("$.sections[0].questions[1]", "False schema does not allow 'agree5'"),
    "options-on-number.json": ("$.sections[0].questions[2]", "False schema does not allow [{'id': 'short'"),
    "scale-question-without-scale.json": "$.sections[0].questions[0]",
    "rank-with-one-option.json": "$.sections[0].questions[1].options",
    "unknown-condition-form.json": "$.sections[0].questions[1].showIf",
    "condition-with-two-forms.json": "$.sections[0].questions[1].showIf",
    "nested-condition-wrong.json": "$.sections[0].questions[1].showIf",
    "anonymity-below-floor.json": "$.anonymity.minGroupSize",
    "format-version-2.json": "$.formatVersion",
    "predict-on-text.json": ("$.sections[0].questions[2]", "False schema does not allow True"),
    "empty-prompt.json": "$.sections[0].questions[0].prompt",
}

ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def json_path(parts):
    """`$.sections[0].questions[2]` from a jsonschema path deque."""
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def load_json(path_or_text, name):
    """Parses JSON, rejecting duplicate keys (json.load would keep the last one silently)."""

    def no_duplicates(pairs):
        seen = {}
        for key, value in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen[key] = value
        return seen

    text = path_or_text.read_text(encoding="utf-8") if isinstance(path_or_text, pathlib.Path) else path_or_text
    return json.loads(text, object_pairs_hook=no_duplicates)


def reference_problems(workshop):
    """Everything the format requires that the schema cannot check, as `PATH: message` lines.

    Assumes the workshop already passed the schema."""
    problems = []
    language = workshop["language"]

    def text(value, path):
        if isinstance(value, dict) and language not in value:
            problems.append(f"{path}: translations lack the workshop's language {language!r}")

    def unique(items, path, kind):
        seen = set()
        for index, item in enumerate(items):
            if item["id"] in seen:
                problems.append(f"{path}[{index}].id: duplicate {kind} id {item['id']!r}")
            seen.add(item["id"])

    text(workshop["title"], "$.title")
    if "description" in workshop:
        text(workshop["description"], "$.description")

    anonymity = workshop.get("anonymity", {})
    min_group = anonymity.get("minGroupSize", 3)
    min_text = anonymity.get("minGroupSizeForText", max(5, min_group))
    if min_text < min_group:
        problems.append(f"$.anonymity: minGroupSizeForText ({min_text}) is below minGroupSize ({min_group})")

    scales = {}
    unique(workshop.get("scales", []), "$.scales", "scale")
    for s, scale in enumerate(workshop.get("scales", [])):
        values = [point["value"] for point in scale["points"]]
        if values != list(range(values[0], values[0] + len(values))):
            problems.append(f"$.scales[{s}].points: values {values} are not consecutive ascending integers")
        for p, point in enumerate(scale["points"]):
            text(point["label"], f"$.scales[{s}].points[{p}].label")
        scales[scale["id"]] = set(values)

    dimensions = set()
    unique(workshop.get("dimensions", []), "$.dimensions", "dimension")
    for d, dimension in enumerate(workshop.get("dimensions", [])):
        text(dimension["title"], f"$.dimensions[{d}].title")
        if "description" in dimension:
            text(dimension["description"], f"$.dimensions[{d}].description")
        dimensions.add(dimension["id"])

    unique(workshop["sections"], "$.sections", "section")
    earlier = {}  # question id → question, for questions asked before the current one
    for s, section in enumerate(workshop["sections"]):
        for key in ("title", "introduction", "facilitatorNotes"):
            if key in section:
                text(section[key], f"$.sections[{s}].{key}")
        for q, question in enumerate(section["questions"]):
            path = f"$.sections[{s}].questions[{q}]"
            kind = question["type"]
            if question["id"] in earlier:
                problems.append(f"{path}.id: duplicate question id {question['id']!r}")
            for key in ("prompt", "help", "unit"):
                if key in question:
                    text(question[key], f"{path}.{key}")
            if "dimension" in question and question["dimension"] not in dimensions:
                problems.append(f"{path}.dimension: unknown dimension {question['dimension']!r}")
            if kind == "scale" and question["scale"] not in scales:
                problems.append(f"{path}.scale: unknown scale {question['scale']!r}")
            options = question.get("options", [])
            unique(options, f"{path}.options", "option")
            for o, option in enumerate(options):
                text(option["label"], f"{path}.options[{o}].label")
            if kind == "multi":
                required = question.get("required", True)
                low = question.get("minSelections", 1 if required else 0)
                high = question.get("maxSelections", len(options))
                if not 0 <= low <= high <= len(options):
                    problems.append(
                        f"{path}: needs 0 ≤ minSelections ({low}) ≤ maxSelections ({high}) ≤ options ({len(options)})")
            if kind == "number" and "min" in question and "max" in question and question["min"] > question["max"]:
                problems.append(f"{path}: min {question['min']} is greater than max {question['max']}")
            if "showIf" in question:
                condition_problems(question["showIf"], f"{path}.showIf", earlier, scales, problems)
            earlier[question["id"]] = question
    return problems


def condition_problems(condition, path, earlier, scales, problems):
    """Checks that a condition reads only earlier questions, with values of their kind."""
    for group in ("all", "any"):
        if group in condition:
            for index, inner in enumerate(condition[group]):
                condition_problems(inner, f"{path}.{group}[{index}]", earlier, scales, problems)
            return
    if "not" in condition:
        condition_problems(condition["not"], f"{path}.not", earlier, scales, problems)
        return
    target = earlier.get(condition["question"])
    if target is None:
        problems.append(f"{path}.question: {condition['question']!r} is not a question asked earlier")
        return
    kind = target["type"]
    option_ids = {option["id"] for option in target.get("options", [])}

    def value_fits(value):
        if kind == "scale":
            return isinstance(value, int) and not isinstance(value, bool) and value in scales.get(target["scale"], set())
        if kind == "number":
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind == "choice":
            return isinstance(value, str) and value in option_ids
        if kind == "yesno":
            return isinstance(value, bool)
        return False

    form = next(key for key in condition if key != "question")
    allowed = {
        "equals": {"scale", "number", "choice", "yesno"},
        "oneOf": {"scale", "number", "choice"},
        "greaterThan": {"scale", "number"},
        "lessThan": {"scale", "number"},
        "includes": {"multi"},
        "answered": {"scale", "choice", "multi", "rank", "number", "text", "yesno"},
    }[form]
    if kind not in allowed:
        problems.append(f"{path}: {form!r} does not apply to the {kind} question {condition['question']!r}")
    elif form == "equals" and not value_fits(condition["equals"]):
        problems.append(f"{path}.equals: {condition['equals']!r} is not an answer of {condition['question']!r}")
    elif form == "oneOf":
        for index, value in enumerate(condition["oneOf"]):
            if not value_fits(value):
                problems.append(f"{path}.oneOf[{index}]: {value!r} is not an answer of {condition['question']!r}")
    elif form == "includes" and condition["includes"] not in option_ids:
        problems.append(f"{path}.includes: {condition['includes']!r} is not an option of {condition['question']!r}")


def condition_forms(condition):
    """The forms a condition uses, nested ones included."""
    forms = {key for key in condition if key != "question"}
    for group in ("all", "any"):
        for inner in condition.get(group, []):
            forms |= condition_forms(inner)
    if "not" in condition:
        forms |= condition_forms(condition["not"])
    return forms


def reference_check_misses(workshop):
    """Breaks a valid workshop in ways only the reference check can see; returns the breaks it missed."""
    import copy

    def first(w, kind):
        return next(q for section in w["sections"] for q in section["questions"] if q["type"] == kind)

    def ask_last(w, condition):
        w["sections"][-1]["questions"].append({"id": "late", "type": "yesno", "prompt": "?", "showIf": condition})

    breaks = {
        "duplicate question id":
            lambda w: w["sections"][-1]["questions"].append(copy.deepcopy(w["sections"][0]["questions"][0])),
        "unknown scale": lambda w: first(w, "scale").__setitem__("scale", "no-such-scale"),
        "unknown dimension": lambda w: first(w, "scale").__setitem__("dimension", "no-such-dimension"),
        "condition on a later question": lambda w: w["sections"][0]["questions"][0].__setitem__(
            "showIf", {"question": w["sections"][-1]["questions"][-1]["id"], "answered": True}),
        "condition on itself": lambda w: first(w, "yesno").__setitem__(
            "showIf", {"question": first(w, "yesno")["id"], "equals": True}),
        "option that does not exist": lambda w: ask_last(w, {"question": first(w, "choice")["id"], "equals": "no-such-option"}),
        "value off the scale": lambda w: ask_last(w, {"not": {"question": first(w, "scale")["id"], "oneOf": [99]}}),
        "text value for a yes/no": lambda w: ask_last(w, {"any": [{"question": first(w, "yesno")["id"], "equals": "yes"}]}),
        "includes on a non-multi": lambda w: ask_last(w, {"question": first(w, "scale")["id"], "includes": "x"}),
        "translation without the default language": lambda w: w.__setitem__("title", {"xx": "Titel"}),
        "scale points not consecutive": lambda w: w["scales"][0]["points"][-1].__setitem__("value", 9),
        "maxSelections above the options": lambda w: first(w, "multi").__setitem__("maxSelections", 99),
        "number min above max": lambda w: first(w, "number").__setitem__("min", 1000),
        "text threshold below the group threshold":
            lambda w: w.__setitem__("anonymity", {"minGroupSize": 6, "minGroupSizeForText": 5}),
    }
    missed = []
    for name, mutate in breaks.items():
        broken = copy.deepcopy(workshop)
        mutate(broken)
        if not reference_problems(broken):
            missed.append(name)
    return missed


def main():
    schema = load_json(SCHEMA, SCHEMA)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0

    def check_valid(name, document):
        nonlocal failures
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        if errors:
            failures += 1
            for error in errors:
                print(f"FAIL {name}: {json_path(error.absolute_path)}: {error.message}")
            return
        problems = reference_problems(document)
        if problems:
            failures += 1
            for problem in problems:
                print(f"FAIL {name}: {problem}")
            return
        print(f"ok   {name}")

    workshops = sorted(WORKSHOPS.glob("*.json"))
    if not workshops:
        failures += 1
        print(f"FAIL no workshops in {WORKSHOPS}")
    for path in workshops + VALID_FIXTURES:
        name = path.relative_to(ROOT)
        try:
            document = load_json(path, name)
        except ValueError as error:
            failures += 1
            print(f"FAIL {name}: not valid JSON: {error}")
            continue
        check_valid(name, document)

    shipped = [load_json(path, path) for path in workshops]
    types = {q["type"] for w in shipped for s in w["sections"] for q in s["questions"]}
    forms = set()
    for w in shipped:
        for s in w["sections"]:
            for q in s["questions"]:
                forms |= condition_forms(q.get("showIf", {}))
    all_types = {"scale", "choice", "multi", "rank", "number", "text", "yesno"}
    all_forms = {"equals", "oneOf", "greaterThan", "lessThan", "includes", "answered", "all", "any", "not"}
    if types != all_types or forms != all_forms:
        failures += 1
        print(f"FAIL the shipped workshops do not use every question type {sorted(all_types - types)} "
              f"and condition form {sorted(all_forms - forms)}")
    else:
        print("ok   the shipped workshops use every question type and condition form")

    discovery = WORKSHOPS / "discovery-phase.json"
    if discovery.exists():
        missed = reference_check_misses(load_json(discovery, discovery))
        if missed:
            failures += 1
            print(f"FAIL the reference check misses: {', '.join(missed)}")
        else:
            print("ok   the reference check finds each deliberate break of discovery-phase.json")

    examples = [block for block in re.findall(r"```json\n(.*?)```", FORMAT_DOC.read_text(encoding="utf-8"), re.S)
                if '"formatVersion"' in block]
    if not examples:
        failures += 1
        print(f"FAIL {FORMAT_DOC.relative_to(ROOT)}: no worked example (a ```json block with \"formatVersion\")")
    for index, block in enumerate(examples):
        name = f"{FORMAT_DOC.relative_to(ROOT)} (example {index + 1})"
        try:
            check_valid(name, load_json(block, name))
        except ValueError as error:
            failures += 1
            print(f"FAIL {name}: not valid JSON: {error}")

    fixtures = sorted(INVALID.glob("*"))
    names = {path.name for path in fixtures}
    for missing in sorted(set(EXPECTED_REJECTIONS) - names):
        failures += 1
        print(f"FAIL {INVALID.relative_to(ROOT)}/{missing}: listed in EXPECTED_REJECTIONS but missing")
    for path in fixtures:
        name = path.relative_to(ROOT)
        expected = EXPECTED_REJECTIONS.get(path.name)
        if expected is None:
            failures += 1
            print(f"FAIL {name}: not listed in EXPECTED_REJECTIONS (say where the schema must reject it)")
            continue
        try:
            document = load_json(path, name)
        except ValueError as error:
            failures += 1
            print(f"FAIL {name}: not valid JSON ({error}); schema fixtures must parse")
            continue
        errors = list(validator.iter_errors(document))
        if not errors:
            failures += 1
            print(f"FAIL {name}: accepted by the schema, but must be rejected at {expected}")
            continue
        where, words = expected if isinstance(expected, tuple) else (expected, "")
        found = [error.message for error in errors if json_path(error.absolute_path) == where and words in error.message]
        if not found:
            failures += 1
            reported = "; ".join(f"{json_path(error.absolute_path)}: {error.message[:80]}" for error in errors)
            print(f"FAIL {name}: rejected ({reported}), but expected at {where} {words!r}")
            continue
        print(f"ok   {name}: rejected at {where}: {found[0][:120]}")

    print(f"{failures} failure(s)" if failures else "all workshop schema checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
