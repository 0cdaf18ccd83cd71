#!/usr/bin/env python3
"""An integer-programming attacker on Accord's outputs (docs/anonymity.md, "Linked questions").

It reads what a reader of one round's outputs has: the workshop file (which questions are
required, which offer "don't know" or "prefer not to say", and who is shown a follow-up:
`showIf`), the JSON report (`groups[].n`, and per question every shown group's `n`,
`dontKnow`, `preferNotToSay` and `counts`) and/or the export in JSON Lines (one row per
answer, labelled with the groups its question was exported at). It knows nothing else.

Unknowns: for each partner x level cell, its size and, per group of condition-linked
questions, how many of its participants gave each combination of answers the workshop
allows (a follow-up is answered only by those its condition shows it to; a required question
is never skipped). Every shown number is a linear equation over these whole, non-negative
unknowns, and `scipy.optimize.milp` finds the smallest and largest value of every hidden
quantity: per question, each group hidden for it and each answer, "don't know", "prefer not
to say" and the number of real answers.

A *fact* is a hidden quantity whose range is tighter than the same attacker finds when it
reads each question on its own (follow-ups shown to anyone, nothing tying one question's
answers to another's): what each question's own numbers say about any subset of the hidden
group's size and make-up. Each question on its own is what the per-question rule protects and
the brute-force tests of AccordCoreTests attack; a fact here is what the outputs say about the
hidden group only because questions are linked. Hidden group sizes are compared the same way.

Usage: milp-attack.py CASES.json, where CASES.json is a list of
  {"name": ..., "workshop": path, "partners": [A, B], "report": path or null,
   "export": path or null}
Prints {"cases": [{"name": ..., "facts": [...], "quantities": n}]} on stdout, each fact a line
such as "in-strategy · Acme · management · true: 1…1; each question on its own: 0…1".
Scale, choice and yes/no questions are attacked answer by answer; for the other types only
"don't know", "prefer not to say" and the number of real answers are modelled.
"""

import json
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

LEVELS = ["management", "execution"]
REAL = "real"  # the one category of a question whose answers are not told apart
DK, PNTS, SKIP, HIDDEN = "dontKnow", "preferNotToSay", "skipped", "notShown"
NO_ANSWER = {DK, PNTS, SKIP, HIDDEN}


def text(value):
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


class Question:
    def __init__(self, spec, scales):
        self.id = spec["id"]
        self.type = spec["type"]
        self.required = spec.get("required", True)
        self.condition = spec.get("showIf")
        if self.type == "scale":
            scale = next(s for s in scales if s["id"] == spec["scale"])
            self.values = [p["value"] for p in scale["points"]]
        elif self.type == "choice":
            self.values = [o["id"] for o in spec["options"]]
        elif self.type == "yesno":
            self.values = [True, False]
        else:
            self.values = [REAL]
        extra = []
        if spec.get("allowDontKnow"):
            extra.append(DK)
        if spec.get("allowPreferNotToSay"):
            extra.append(PNTS)
        if not self.required:
            extra.append(SKIP)
        self.shown_categories = self.values + extra

    def key(self, value):
        """The category of an exported code or a report's counts key."""
        if value == Answer.DK_TOKEN:
            return DK
        if value == Answer.PNTS_TOKEN:
            return PNTS
        if self.values == [REAL]:
            return REAL
        if self.type == "scale":
            return int(float(value))
        if self.type == "yesno":
            return value in (True, "true", "yes")
        return value


class Answer:
    """The export's codes for "don't know" and "prefer not to say" (Answer.dontKnowToken...)."""

    DK_TOKEN = "dont-know"
    PNTS_TOKEN = "prefer-not-to-say"


def holds(condition, answers):
    """Whether `condition` holds; None when the answers modelled cannot tell."""

    def value(question):
        answer = answers.get(question)
        return None if answer in NO_ANSWER else answer

    def number(x):
        return x if isinstance(x, (int, float)) and not isinstance(x, bool) else None

    if "all" in condition:
        results = [holds(c, answers) for c in condition["all"]]
        return False if False in results else (None if None in results else True)
    if "any" in condition:
        results = [holds(c, answers) for c in condition["any"]]
        return True if True in results else (None if None in results else False)
    if "not" in condition:
        result = holds(condition["not"], answers)
        return None if result is None else not result
    answer = value(condition["question"])
    if "answered" in condition:
        return (answer is not None) == condition["answered"]
    if answer is None:
        return False
    if answer == REAL:
        return None
    if "equals" in condition:
        return answer == condition["equals"]
    if "oneOf" in condition:
        return answer in condition["oneOf"]
    if "greaterThan" in condition:
        return number(answer) is not None and answer > condition["greaterThan"]
    if "lessThan" in condition:
        return number(answer) is not None and answer < condition["lessThan"]
    return None  # includes: multi answers are not told apart


def components(questions):
    parent = {q.id: q.id for q in questions}

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    def referenced(condition):
        if "all" in condition or "any" in condition:
            return [r for c in condition.get("all", condition.get("any")) for r in referenced(c)]
        if "not" in condition:
            return referenced(condition["not"])
        return [condition["question"]]

    for q in questions:
        for r in referenced(q.condition) if q.condition else []:
            if r in parent and root(r) != root(q.id):
                parent[root(q.id)] = root(r)
    groups = {}
    for q in questions:
        groups.setdefault(root(q.id), []).append(q)
    return list(groups.values())


def answer_types(component, linked):
    """Every combination of answers to the component's questions the workshop allows; not
    `linked`: a follow-up may be shown or not, whatever its condition reads."""
    types = [{}]
    for q in component:
        extended = []
        for t in types:
            shown = True if q.condition is None else (holds(q.condition, t) if linked else None)
            options = []
            if shown in (True, None):
                options += q.shown_categories
            if shown in (False, None):
                options.append(HIDDEN)
            extended += [{**t, q.id: o} for o in options]
        types = extended
    return types


def group_cells(partners, group):
    partner, level = group
    return [
        (p, l)
        for p in partners
        for l in LEVELS
        if (partner is None or p == partner) and (level is None or l == level)
    ]


def all_groups(partners):
    return [(None, None)] + [(p, None) for p in partners] + [(None, l) for l in LEVELS] + [
        (p, l) for p in partners for l in LEVELS
    ]


def group_name(group):
    return " · ".join(x for x in group if x) or "everyone"


class Model:
    def __init__(self, workshop, partners, linked=True):
        scales = workshop.get("scales", [])
        self.questions = [Question(q, scales) for s in workshop["sections"] for q in s["questions"]]
        self.by_id = {q.id: q for q in self.questions}
        self.partners = partners
        self.cells = [(p, l) for p in partners for l in LEVELS]
        self.variables = {}  # ("size", cell) or ("type", component index, type index, cell)
        for cell in self.cells:
            self.variables[("size", cell)] = len(self.variables)
        self.components = components(self.questions) if linked else [[q] for q in self.questions]
        self.types = [answer_types(c, linked) for c in self.components]
        self.component_of = {}
        for index, component in enumerate(self.components):
            for q in component:
                self.component_of[q.id] = index
            for t in range(len(self.types[index])):
                for cell in self.cells:
                    self.variables[("type", index, t, cell)] = len(self.variables)
        self.rows, self.values = [], []
        for index in range(len(self.components)):
            for cell in self.cells:
                row = self.vector({("size", cell): -1})
                for t in range(len(self.types[index])):
                    row[self.variables[("type", index, t, cell)]] = 1
                self.equal(row, 0)
        # What the attacker learns; per question, the groups shown for it.
        self.shown = {q.id: {} for q in self.questions}
        self.sizes = {}
        self.constraint = None
        self.witnesses = []

    def vector(self, terms=None):
        row = np.zeros(len(self.variables))
        for key, coefficient in (terms or {}).items():
            row[self.variables[key]] += coefficient
        return row

    def equal(self, row, value):
        self.rows.append(row)
        self.values.append(value)

    def size_row(self, group):
        return self.vector({("size", cell): 1 for cell in group_cells(self.partners, group)})

    def count_row(self, question, group, category):
        """The group's number of answers in `category` (REAL: every real answer)."""
        index = self.component_of[question]
        row = self.vector()
        for t, answers in enumerate(self.types[index]):
            answer = answers[question]
            if answer == category or (category == REAL and answer not in NO_ANSWER):
                for cell in group_cells(self.partners, group):
                    row[self.variables[("type", index, t, cell)]] = 1
        return row

    def show_size(self, group, n):
        self.sizes[group] = n
        self.equal(self.size_row(group), n)

    def show(self, question, group, counts):
        """A group shown for the question, with its count per category (REAL: real answers)."""
        self.shown[question][group] = counts
        for category, count in counts.items():
            self.equal(self.count_row(question, group, category), count)

    def read_report(self, report):
        for g in report["groups"]:
            if not g["suppressed"] and g["n"] is not None:
                self.show_size((g["partner"], g["level"]), g["n"])
        for q in report["questions"]:
            question = self.by_id.get(q["id"])
            if question is None or question.type == "text":
                continue
            for g in q["groups"]:
                if g["suppressed"] or g["n"] is None:
                    continue
                counts = {REAL: g["n"], DK: g["dontKnow"] or 0, PNTS: g["preferNotToSay"] or 0}
                if question.values != [REAL] and g.get("counts") is not None:
                    for key, count in g["counts"].items():
                        counts[question.key(key)] = count
                self.show(question.id, (g["partner"], g["level"]), counts)

    def read_export(self, lines):
        rows = {}
        for line in lines:
            row = json.loads(line)
            question = self.by_id.get(row["question"])
            if row["kind"] != "answer" or question is None or question.type == "text":
                continue
            rows.setdefault(question.id, []).append(row)
        for question_id, question_rows in rows.items():
            question = self.by_id[question_id]
            by_partner = any(r["partner"] is not None for r in question_rows)
            by_level = any(r["level"] is not None for r in question_rows)
            shown = [(None, None)]
            if by_partner:
                shown += [(p, None) for p in self.partners]
            if by_level:
                shown += [(None, l) for l in LEVELS]
            if by_partner and by_level:
                shown += [(p, l) for p in self.partners for l in LEVELS]
            for partner, level in shown:
                counts = {c: 0 for c in question.shown_categories if c != SKIP}
                counts[REAL] = 0
                for r in question_rows:
                    if (partner is None or r["partner"] == partner) and (level is None or r["level"] == level):
                        category = question.key(r["code"])
                        if category not in NO_ANSWER:
                            counts[REAL] += 1
                        if category != REAL:
                            counts[category] += 1
                self.show(question.id, (partner, level), counts)

    def solve(self, objective, sense):
        """The smallest (sense 1) or largest (sense -1) value of `objective`; None if the
        outputs contradict the model. Every solution found is kept as a witness."""
        if self.constraint is None:
            values = np.array(self.values)
            self.constraint = LinearConstraint(np.array(self.rows), values, values)
        result = milp(
            c=sense * objective,
            constraints=[self.constraint],
            integrality=np.ones(len(self.variables)),
            bounds=Bounds(0, 10_000),
        )
        if result.status != 0:
            return None
        self.witnesses.append(np.round(result.x))
        return round(sense * result.fun)

    def smallest(self, row, bound):
        """The smallest value of `row`, known to be at least `bound`: `bound` without solving
        when a witness (a solution found before) already reaches it."""
        if any(float(row @ w) <= bound for w in self.witnesses):
            return bound
        return self.solve(row, 1)

    def largest(self, row, bound):
        """The largest value of `row`, known to be at most `bound` (as `smallest`)."""
        if any(float(row @ w) >= bound for w in self.witnesses):
            return bound
        return self.solve(row, -1)

def facts(linked, alone):
    """Every hidden quantity the linked model bounds more tightly than the model of each
    question on its own, as lines; and how many quantities were tried."""
    if linked.solve(linked.vector(), 1) is None or alone.solve(alone.vector(), 1) is None:
        return ["error: the outputs contradict the model"], 0
    found = []
    tried = 0

    def compare(name, linked_row, alone_row):
        nonlocal tried
        tried += 1
        # Every quantity is at least 0: a linked solution reaching 0 settles the low side
        # without solving. The high side: the linked range lies within the other, so a linked
        # solution reaching the other's maximum settles it.
        if min(float(linked_row @ w) for w in linked.witnesses) <= 0:
            low = expected_low = 0
        else:
            expected_low = alone.solve(alone_row, 1)
            low = linked.smallest(linked_row, expected_low)
        expected_high = alone.solve(alone_row, -1)
        high = linked.largest(linked_row, expected_high)
        if low > expected_low or high < expected_high:
            found.append(f"{name}: {low}…{high}; each question on its own: {expected_low}…{expected_high}")

    for group in all_groups(linked.partners):
        if group not in linked.sizes:
            compare(f"size of {group_name(group)}", linked.size_row(group), alone.size_row(group))
    for question in linked.questions:
        if question.type == "text" or len(linked.components[linked.component_of[question.id]]) == 1:
            continue
        categories = [c for c in question.values if c != REAL] + [
            c for c in (DK, PNTS) if c in question.shown_categories
        ] + [REAL]
        for group in all_groups(linked.partners):
            if group in linked.shown[question.id]:
                continue
            for category in categories:
                compare(
                    f"{question.id} · {group_name(group)} · {text(category)}",
                    linked.count_row(question.id, group, category),
                    alone.count_row(question.id, group, category))
    return found, tried


def attack(case):
    with open(case["workshop"]) as f:
        workshop = json.load(f)
    models = [Model(workshop, case["partners"], linked=linked) for linked in (True, False)]
    for model in models:
        if case.get("report"):
            with open(case["report"]) as f:
                model.read_report(json.load(f))
        if case.get("export"):
            with open(case["export"]) as f:
                model.read_export([line for line in f if line.strip()])
    found, tried = facts(*models)
    return {"name": case["name"], "facts": found, "quantities": tried}


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    json.dump({"cases": [attack(case) for case in cases]}, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
