#!/usr/bin/env python3
"""Writes Tests/MemoryTests/Oracle/fsrs-cases.tsv: seeded random answer sequences with the
stability, difficulty and predicted recall that py-fsrs 6.3.2 (the reference FSRS-6) gives.

Usage:
    python3 -m venv .build/fsrs-venv && .build/fsrs-venv/bin/pip install fsrs==6.3.2
    .build/fsrs-venv/bin/python scripts/fsrs-oracle.py [--cases 3000] [--seed 20261203]

How py-fsrs is driven (its conventions, checked against its source):
- Only the memory update is wanted, so the Scheduler has no learning and no relearning steps
  and no fuzz: `Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)`.
  With no steps, a new card's first answer sets S and D from the initial formulas (D clamped)
  and moves the card to the Review state; every later answer is handled in the Review state,
  where an answer less than one whole day after the previous one uses the short-term stability
  formula, a later one the recall (Hard/Good/Easy) or forget (Again) formula with R at the whole
  days elapsed, and D is updated after S in both cases. An Again in Review with no relearning
  steps stays in Review. So the learning steps never change S or D here.
- Each answer is timed at the start (00:00 UTC) of its study day, so that py-fsrs's
  `(now - last_review).days` equals the study-day count; same-day answers share that instant.
- A forget is a fresh `Card()`.
- Predicted recall on a day is `get_card_retrievability(card, current_datetime=that day 00:00)`.

Each line: case number, the events (`DAY:GRADE` with SM-2 grades 0-5 mapped 0,1,2 -> Again,
3 -> Hard, 4 -> Good, 5 -> Easy; `DAY:F` for a forget), the state after each event (`S,D`, or
`-` after a forget), and the predicted recall of the final state on a few days (`DAY:R`).
"""
import argparse
import importlib.metadata
import random
from datetime import datetime, timedelta, timezone


from fsrs import Card, Rating, Scheduler

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
BASE_DAY = 20454  # 2026-01-01


def rating_of(grade):
    if grade <= 2:
        return Rating.Again
    return {3: Rating.Hard, 4: Rating.Good, 5: Rating.Easy}[grade]


def random_gap(rng):
    roll = rng.random()
    if roll < 0.30:
        return 0
    if roll < 0.65:
        return rng.randint(1, 7)
    if roll < 0.90:
        return rng.randint(8, 60)
    return rng.randint(61, 900)


def random_case(rng):
    events = []
    day = BASE_DAY + rng.randint(0, 400)
    for _ in range(rng.randint(1, 30)):
        day += random_gap(rng)
        if events and rng.random() < 0.04:
            events.append((day, "F"))
        else:
            events.append((day, rng.choices(range(6), weights=[6, 6, 5, 12, 40, 15])[0]))
    return events


def run_case(scheduler, events):
    card = Card()
    states = []
    for day, grade in events:
        if grade == "F":
            card = Card()
            states.append("-")
            continue
        when = EPOCH + timedelta(days=day)
        card, _ = scheduler.review_card(card, rating_of(grade), review_datetime=when)
        states.append(f"{card.stability:.12g},{card.difficulty:.12g}")
    recalls = []
    if card.last_review is not None:
        last = events[-1][0]
        for offset in (0, 1, 3, 10, 45, 400):
            when = EPOCH + timedelta(days=last + offset)
            recall = scheduler.get_card_retrievability(card, current_datetime=when)
            recalls.append(f"{last + offset}:{recall:.12g}")
    return states, recalls


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--out", default="Tests/MemoryTests/Oracle/fsrs-cases.tsv")
    args = parser.parse_args()
    version = importlib.metadata.version("fsrs")
    assert version == "6.3.2", f"needs fsrs 6.3.2, found {version}"
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    rng = random.Random(args.seed)
    with open(args.out, "w") as out:
        out.write(f"# py-fsrs {version}, seed {args.seed}, {args.cases} cases; "
                  "made by scripts/fsrs-oracle.py\n")
        for number in range(args.cases):
            events = random_case(rng)
            states, recalls = run_case(scheduler, events)
            text = ";".join(f"{day}:{grade}" for day, grade in events)
            out.write(f"{number}\t{text}\t{';'.join(states)}\t{';'.join(recalls)}\n")


if __name__ == "__main__":
    main()
