#!/usr/bin/env python3
"""Writes sessions.json: the rounds the linked-question attack tests run the integer-programming
attacker (scripts/milp-attack.py) on, through the JSON report and the export.

The first three are the shapes of issue 18 case 1 (docs/anonymity.md, "Linked questions");
the others are random small sessions (cells 0-6) of the two workshops here, minGroupSize 3
(strategy.json) and 5 (trust.json), with "don't know", "prefer not to say", skipped optional
questions and follow-ups, answers drawn with weights that change per session so that small
counts are common. Deterministic: re-running writes the same file.

Each session: {"name", "workshop" (file name here), "submissions": [{"partner", "level",
"answers": {question: value}}]}; a value is a scale point, an option id, true/false,
"dont-know" or "prefer-not-to-say" (the import format).
"""

import importlib.util
import json
import pathlib
import random

HERE = pathlib.Path(__file__).parent
spec = importlib.util.spec_from_file_location("attack", HERE / "../../../../scripts/milp-attack.py")
attack = importlib.util.module_from_spec(spec)
spec.loader.exec_module(attack)

PARTNERS = ["Acme", "Globex"]
TOKENS = {attack.DK: "dont-know", attack.PNTS: "prefer-not-to-say"}
CELLS = [(p, l) for p in PARTNERS for l in ["management", "execution"]]


def people(cell, count, **answers):
    return [{"partner": cell[0], "level": cell[1], "answers": dict(answers)} for _ in range(count)]


def shapes():
    am, ae, gm, ge = CELLS
    rest = {"confidence": 2, "exclusive": True}
    one = (people(am, 1, **{"in-strategy": True, "strategy-role": "core"}, **rest)
           + people(am, 5, **{"in-strategy": "dont-know"}, **rest)
           + people(ae, 6, **{"in-strategy": False}, **rest)
           + people(gm, 3, **{"in-strategy": True, "strategy-role": "core"}, **rest)
           + people(gm, 3, **{"in-strategy": True, "strategy-role": "side"}, **rest)
           + people(ge, 2, **{"in-strategy": True, "strategy-role": "core"}, **rest)
           + people(ge, 3, **{"in-strategy": True, "strategy-role": "side"}, **rest)
           + people(ge, 1, **{"in-strategy": False}, **rest))
    two = (people(am, 3, **{"in-strategy": True, "strategy-role": "core"}, **rest)
           + people(am, 3, **{"in-strategy": False}, **rest)
           + people(ae, 1, **{"in-strategy": True, "strategy-role": "core"}, **rest)
           + people(ae, 1, **{"in-strategy": False}, **rest)
           + people(gm, 1, **{"in-strategy": True, "strategy-role": "side"}, **rest)
           + people(gm, 1, **{"in-strategy": True, "strategy-role": "core"}, **rest)
           + people(gm, 2, **{"in-strategy": False}, **rest)
           + people(ge, 1, **{"in-strategy": False}, **rest))
    three = []
    for cell, trusts in [(am, [7, 3, 4, 5]), (ae, ["dont-know", "dont-know"]), (gm, [2]), (ge, [1, 2, 3, 4, 5, 5])]:
        for index, trust in enumerate(trusts):
            answers = {"trust": trust, "exclusive": index % 2 == 0}
            if trust != 7 and cell == ge:
                answers.update({"missing": "time", "meet-more": index % 2 == 0})
            elif trust != 7:
                answers["missing"] = "results"
            three += people(cell, 1, **answers)
    return [
        {"name": "shape 1: cells 6/6/6/6, minGroupSize 3", "workshop": "strategy.json", "submissions": one},
        {"name": "shape 2: cells 6/2/4/1, minGroupSize 3", "workshop": "strategy.json", "submissions": two},
        {"name": "shape 3: cells 4/2/1/6, minGroupSize 5", "workshop": "trust.json", "submissions": three},
    ]


def random_session(rng, workshop, file, index):
    model = attack.Model(workshop, PARTNERS)
    weights = {q.id: {c: rng.choice([0, 1, 1, 3, 8]) + 0.01 for c in q.shown_categories} for q in model.questions}
    submissions = []
    sizes = [rng.randint(0, 6) for _ in CELLS]
    for cell, size in zip(CELLS, sizes):
        for _ in range(size):
            answers = {}
            for q in model.questions:
                if q.condition is not None and not attack.holds(q.condition, answers):
                    continue
                options = q.shown_categories
                answer = rng.choices(options, [weights[q.id][c] for c in options])[0]
                if answer != attack.SKIP:
                    answers[q.id] = answer
            answers = {k: TOKENS.get(v, v) if isinstance(v, str) else v for k, v in answers.items()}
            submissions += people(cell, 1, **answers)
    name = f"random {index}: {file}, cells {'/'.join(map(str, sizes))}"
    return {"name": name, "workshop": file, "submissions": submissions}


def main():
    rng = random.Random(18)
    workshops = {f: json.loads((HERE / f).read_text()) for f in ["strategy.json", "trust.json"]}
    sessions = shapes()
    for index in range(10):
        file = ["strategy.json", "trust.json"][index % 2]
        sessions.append(random_session(rng, workshops[file], file, index))
    (HERE / "sessions.json").write_text(json.dumps(sessions, indent=1) + "\n")


if __name__ == "__main__":
    main()
