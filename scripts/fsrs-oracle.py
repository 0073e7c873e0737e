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

With --log-dir it also writes a whole review log for the command-line test: a deck of question
cards, `reviews.log` with reviews, drills, crams and undos at random times of day over months
(study days start at 04:00 UTC, so an answer at 02:00 counts for the day before), and
`expected.tsv` with each card's stability, difficulty and recall on the `now` day as py-fsrs
gives them after the undone answers are taken out.
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


def write_log_case(scheduler, rng, folder, cards=40, now_day=BASE_DAY + 200):
    import os
    os.makedirs(folder, exist_ok=True)
    ids = [f"MEM-{n:03d}" for n in range(cards)]
    with open(os.path.join(folder, "memory.md"), "w") as deck:
        deck.write("# Memory\n\n## Phase 1: Oracle\n\n")
        for number, card_id in enumerate(ids):
            deck.write(f"- Question number {number}? :: Answer {number} {{#{card_id}}}\n")
    lines = ["# recall review log v1"]
    stack = []  # answers not yet taken back: (card, grade, study day)
    seconds = (BASE_DAY + 1) * 86400 + 6 * 3600
    end = (now_day - 1) * 86400
    while seconds < end:
        seconds += rng.choices([rng.randint(20, 900), rng.randint(3600, 20 * 3600), rng.randint(86400, 9 * 86400)], weights=[12, 3, 1])[0]
        stamp = datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        day = (seconds - 4 * 3600) // 86400
        if stack and rng.random() < 0.06:
            card = stack.pop()[0]
            lines.append(f"{stamp}\tundo\t{card}\t-\t-")
            continue
        card = rng.choice(ids[: rng.choice([5, cards - 1])])
        kind = rng.choices(["review", "drill", "cram"], weights=[6, 2, 2])[0]
        grade = rng.choices(range(6), weights=[6, 6, 5, 12, 40, 15])[0]
        lines.append(f"{stamp}\t{kind}\t{card}\t{grade}\t{rng.randint(500, 9000)}")
        stack.append((card, grade, day))
    with open(os.path.join(folder, "reviews.log"), "w") as log:
        log.write("\n".join(lines) + "\n")
    with open(os.path.join(folder, "expected.tsv"), "w") as out:
        out.write(f"# now {datetime.fromtimestamp(now_day * 86400 + 12 * 3600, timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}\n")
        for card_id in ids:
            card = Card()
            for answered, grade, day in stack:
                if answered == card_id:
                    card, _ = scheduler.review_card(card, rating_of(grade), review_datetime=EPOCH + timedelta(days=day))
            if card.last_review is None:
                out.write(f"{card_id}\tnull\tnull\tnull\n")
            else:
                recall = scheduler.get_card_retrievability(card, current_datetime=EPOCH + timedelta(days=now_day))
                out.write(f"{card_id}\t{card.stability:.12g}\t{card.difficulty:.12g}\t{recall:.12g}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--out", default="Tests/MemoryTests/Oracle/fsrs-cases.tsv")
    parser.add_argument("--log-dir", default="Tests/MemoryTests/Oracle/memory-log")
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
    write_log_case(scheduler, random.Random(args.seed + 1), args.log_dir)


if __name__ == "__main__":
    main()
