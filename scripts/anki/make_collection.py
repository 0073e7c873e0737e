"""Builds an Anki collection of N cards for `make bench`, through the PyPI `anki` package.

The notes and cards are written with bulk inserts into the collection's own tables (one Basic
note and one card each), which Anki accepts as its own data: the script ends with Anki's own
check of the database. Four fifths of the cards have been studied (review cards due over the
past and next weeks, as a three-year history leaves them), one fifth are new, so the first
queue has due and new cards to choose from, as Recall's `due` has.

usage: make_collection.py PATH CARDS SEED
"""
import os
import random
import sys
import time

from anki.collection import Collection


def main() -> None:
    path, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if os.path.exists(path):
        os.remove(path)
    rng = random.Random(seed)
    col = Collection(path)
    model = col.models.by_name("Basic")
    mid = model["id"]
    deck_id = col.decks.id("Default")
    today = col.sched.today
    now = int(time.time())
    base_id = now * 1000
    notes, cards = [], []
    for index in range(count):
        nid = base_id + index
        front = f"Question {index}: what is the idea behind item {rng.randrange(10**6)}?"
        back = f"Answer {index}: a sentence or two of explanation, {rng.randrange(10**9)}."
        fields = front + "\x1f" + back
        notes.append((nid, f"g{index:08d}", mid, now, -1, "", fields, front, rng.randrange(2**31), 0, ""))
        if rng.random() < 0.8:
            interval = rng.choice([1, 3, 6, 15, 40, 100, 250])
            due = today + rng.randrange(-interval // 2 - 1, interval + 1)
            factor = rng.choice([1300, 1800, 2300, 2500, 2700])
            reps, lapses = rng.randrange(1, 30), rng.randrange(0, 4)
            cards.append((nid, nid, deck_id, 0, now, -1, 2, 2, due, interval, factor, reps, lapses, 0, 0, 0, 0, ""))
        else:
            cards.append((nid, nid, deck_id, 0, now, -1, 0, 0, index, 0, 0, 0, 0, 0, 0, 0, 0, ""))
    col.db.executemany("insert into notes values (?,?,?,?,?,?,?,?,?,?,?)", notes)
    col.db.executemany("insert into cards values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", cards)
    problems = col.fix_integrity()
    col.close()
    check = Collection(path)
    found = check.card_count()
    check.close()
    if found != count:
        sys.exit(f"expected {count} cards, the collection has {found} ({problems})")
    print(f"{path}: {found} cards", file=sys.stderr)


if __name__ == "__main__":
    main()
