#!/usr/bin/env python3
"""A seeded month of study with an interview on day 30, driving the real `recall` binary.

Usage: scripts/simulate-interview.py [--bin .build/release/recall] [--decks Decks] [--seed 7]
       [--days 30] [--runs 5]

Each simulated day, the person runs `recall due --json --now DAY` and answers that queue (the
log gets `review` lines, and `drill` lines until each card graded below 4 gets a 4 or 5, as a
review session writes them). With the plan, they also run `recall ready --json --interview
DAY30 --now DAY` and answer the plan's cards for today as `cram` lines (again until 4 or 5),
as a review session does after the due cards. Without it, they stop after the due queue.

The person is simulated, not Recall: each card has a true memory that follows FSRS-6's curve
with the card's own hidden stability multiplier (log-normal, sigma 0.5), so Recall's model is
not told the truth. An answer is recalled with the true probability; recalled answers get 4 or
5, forgotten ones 1. On the interview day the script reports, for both runs with the same seed:
the share of cards Recall calls ready (`recall ready`), and the share the simulated person really
remembers (the mean of their true recall probabilities, and the share at 90 % or more).
"""
import argparse
import json
import math
import os
import random
import subprocess
import tempfile
from datetime import datetime, timedelta, timezone

W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
     1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]
DECAY = -W[20]
FACTOR = 0.9 ** (1 / DECAY) - 1
START = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def rating(grade):
    return 1 if grade <= 2 else grade - 1


class TrueMemory:
    """The simulated person's memory of one card: FSRS-6 with a hidden stability multiplier."""

    def __init__(self, rng):
        self.multiplier = math.exp(rng.gauss(0, 0.5))
        self.s = None
        self.d = None
        self.last = None

    def recall(self, day):
        if self.s is None:
            return 0.0
        return (1 + FACTOR * max(0, day - self.last) / (self.s * self.multiplier)) ** DECAY

    def answer(self, grade, day):
        r = rating(grade)
        if self.s is None:
            self.s, self.d = W[r - 1], min(max(W[4] - math.exp(W[5] * (r - 1)) + 1, 1), 10)
        else:
            t = day - self.last
            if t == 0:
                inc = math.exp(W[17] * (r - 3 + W[18])) * self.s ** -W[19]
                self.s = self.s * (max(inc, 1) if r > 1 else inc)
            else:
                R = (1 + FACTOR * t / self.s) ** DECAY
                if r == 1:
                    self.s = min(W[11] * self.d ** -W[12] * ((self.s + 1) ** W[13] - 1) * math.exp((1 - R) * W[14]),
                                 self.s / math.exp(W[17] * W[18]))
                else:
                    self.s = self.s * (1 + math.exp(W[8]) * (11 - self.d) * self.s ** -W[9]
                                       * (math.exp((1 - R) * W[10]) - 1) * (W[15] if r == 2 else 1) * (W[16] if r == 4 else 1))
            easy = W[4] - math.exp(W[5] * 3) + 1
            damped = self.d + (10 - self.d) * (-(W[6] * (r - 3))) / 9
            self.d = min(max(W[7] * easy + (1 - W[7]) * damped, 1), 10)
            self.s = max(self.s, 0.001)
        self.last = day


def run(args, with_plan):
    rng = random.Random(args.seed)
    folder = tempfile.mkdtemp(prefix="recall-sim-")
    log = os.path.join(folder, "reviews.log")
    with open(log, "w") as f:
        f.write("# recall review log v1\n")
    memories = {}
    interview = (START + timedelta(days=args.days)).strftime("%Y-%m-%d")
    common = ["--decks", args.decks, "--log", log]
    env = dict(os.environ, TZ="UTC")
    env.pop("RECALL_INTERVIEW", None)
    crams = 0

    def recall_cmd(*extra, when):
        out = subprocess.run([args.bin, *extra, *common, "--now", when.strftime("%Y-%m-%dT%H:%M:%SZ")],
                             capture_output=True, text=True, env=env, check=True)
        return json.loads(out.stdout)

    def answer(card, kind, day, when, lines):
        memory = memories.setdefault(card, TrueMemory(rng))
        while True:
            grade = rng.choice([4, 4, 5]) if rng.random() < memory.recall(day) else 1
            memory.answer(grade, day)
            stamp = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            lines.append(f"{stamp}\t{kind}\t{card}\t{grade}\t{rng.randint(1500, 9000)}")
            when += timedelta(seconds=20)
            if grade >= 4:
                return when
            kind = "drill" if kind == "review" else kind

    for day in range(args.days):
        when = START + timedelta(days=day)
        lines = []
        for item in recall_cmd("due", "--json", when=when):
            when = answer(item["id"], "drill" if item["reason"] == "drill" else "review", day, when, lines)
        if with_plan:
            ready = recall_cmd("ready", "--json", "--interview", interview, when=when)
            today = [d for d in ready["plan"] if d["date"] == when.strftime("%Y-%m-%d")]
            for card in (today[0]["cards"] if today else []):
                when = answer(card, "cram", day, when, lines)
                crams += 1
        with open(log, "a") as f:
            f.write("".join(line + "\n" for line in lines))

    final = START + timedelta(days=args.days)
    ready = recall_cmd("ready", "--json", "--interview", interview, when=final)
    cards = ready["cards"]
    predicted = sum(1 for c in cards if c["ready"]) / len(cards)
    true = [memories[c["id"]].recall(args.days) if c["id"] in memories else 0.0 for c in cards]
    return {
        "predicted_ready": predicted,
        "true_mean_recall": sum(true) / len(true),
        "true_at_90": sum(1 for r in true if r >= 0.9) / len(true),
        "answers": sum(1 for line in open(log) if not line.startswith("#")),
        "crams": crams,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/release/recall")
    parser.add_argument("--decks", default="Decks")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    base = args.seed
    print(f"| seed | plan | answers | of them plan crams | ready on day {args.days} (recall ready) | "
          "true mean recall | truly at 90 % or more |")
    print("|---|---|---|---|---|---|---|")
    for offset in range(args.runs):
        args.seed = base + offset
        for with_plan in (False, True):
            r = run(args, with_plan)
            print(f"| {args.seed} | {'yes' if with_plan else 'no'} | {r['answers']} | {r['crams']} | "
                  f"{r['predicted_ready']:.0%} | {r['true_mean_recall']:.0%} | {r['true_at_90']:.0%} |", flush=True)


if __name__ == "__main__":
    main()
