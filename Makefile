# Recall's two commands: `make run` and `make test`. Both install what is missing first.
SWIFT ?= swift
BIN_DEBUG := .build/debug/recall
BIN_RELEASE := .build/release/recall

.PHONY: run test deps build release clean install uninstall man

## Installs the system packages, builds, and starts Recall on the checkout's decks (Decks/).
run: release
	RECALL_DECKS=$(CURDIR)/Decks $(BIN_RELEASE) $(ARGS)

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

# `make install` puts recall, its man page and its completions under PREFIX (no root needed for
# the default); `make uninstall PREFIX=…` removes exactly those files.
PREFIX ?= $(HOME)/.local
BINDIR := $(PREFIX)/bin
MANDIR := $(PREFIX)/share/man/man1
BASHDIR := $(PREFIX)/share/bash-completion/completions
ZSHDIR := $(PREFIX)/share/zsh/site-functions
FISHDIR := $(PREFIX)/share/fish/vendor_completions.d
MANPAGE := .build/man/recall.1

## The man page, generated from the command definitions by swift-argument-parser's
## generate-manual tool (the tool behind its plugin, run directly: the plugin builds every
## product in release mode and ignores --product).
man: release
	$(SWIFT) build --product generate-manual
	mkdir -p .build/man
	"$$($(SWIFT) build --show-bin-path)/generate-manual" $(BIN_RELEASE) \
		--authors "The Recall authors" --output-directory .build/man
	sed -i '/^$$/d' $(MANPAGE)  # mdoc warns about blank lines, which the help texts leave

## Installs the release binary, the man page and the bash, zsh and fish completions under PREFIX.
install: release man
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 $(BIN_RELEASE) "$(BINDIR)/recall"
	install -m 644 $(MANPAGE) "$(MANDIR)/recall.1"
	$(BIN_RELEASE) --generate-completion-script bash > "$(BASHDIR)/recall"
	$(BIN_RELEASE) --generate-completion-script zsh > "$(ZSHDIR)/_recall"
	$(BIN_RELEASE) --generate-completion-script fish > "$(FISHDIR)/recall.fish"
	@echo "Installed recall in $(BINDIR); see the README's install section for PATH and completion."

## Removes what `make install` installed (decks, settings and the review log stay).
uninstall:
	rm -f "$(BINDIR)/recall" "$(MANDIR)/recall.1" "$(BASHDIR)/recall" "$(ZSHDIR)/_recall" "$(FISHDIR)/recall.fish"

.PHONY: install-check
## Installs into a fresh HOME, from `/`, and checks what a new user meets (not part of `make test`).
install-check: deps
	scripts/check-install.sh
