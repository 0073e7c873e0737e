"""One start of Anki as `make bench` times it: import Anki's backend, open the collection,
build the first review queue, print how many cards it holds, exit.

usage: open_queue.py PATH
"""
import sys

from anki.collection import Collection

col = Collection(sys.argv[1])
queued = col.sched.get_queued_cards(fetch_limit=1000)
print(f"{len(queued.cards)} queued; new {queued.new_count}, learning {queued.learning_count}, review {queued.review_count}")
col.close(downgrade=False) if "downgrade" in Collection.close.__code__.co_varnames else col.close()
