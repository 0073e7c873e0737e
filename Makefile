# Recall's two commands: `make run` and `make test`. Both install what is missing first.
SWIFT ?= swift
BIN_DEBUG := .build/debug/recall
BIN_RELEASE := .build/release/recall

.PHONY: run test deps build release clean

## Installs the system packages, builds, and starts Recall on the shipped decks.
run: release
	$(BIN_RELEASE) $(ARGS)

## Installs the system packages, builds, and runs every test (unit, CLI and tmux end to end).
test: deps
	$(SWIFT) build --build-tests
	RECALL_BIN=$(CURDIR)/$(BIN_DEBUG) $(SWIFT) test --skip-build

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product recall

clean:
	rm -rf .build

.PHONY: bench soak fuzz

## Benchmarks at 1k-100k cards and 10k-1M events (not part of `make test`); writes BENCHMARKS.md.
bench: deps
	scripts/bench.sh

## The long fault-injection variants: hundreds of kill -9 trials of a review session.
soak: deps
	$(SWIFT) build --build-tests
	RECALL_SOAK=1 RECALL_BIN=$(CURDIR)/$(BIN_DEBUG) $(SWIFT) test --skip-build --filter Fault

## libFuzzer runs of the deck parser and the log reader, FUZZ_SECONDS (default 60) each.
fuzz:
	scripts/fuzz.sh all
