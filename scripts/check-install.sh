#!/usr/bin/env bash
# Checks `make install` as a new user would meet it: a fresh HOME with nothing in XDG_*, run
# from `/`. Installs under that HOME, then checks that `recall due` lists 20 new cards from the
# built-in decks, that `recall init` keeps the same cards, that bash loads the completion once the
# README's line is in ~/.bashrc, that `man recall` shows the page (when man is installed), and that
# `make uninstall` removes what was installed. Not part of `make test` (it builds in release mode).
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

export HOME="$home"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME RECALL_DECKS RECALL_LOG RECALL_CONFIG
cd /
make -s -C "$checkout" install PREFIX="$HOME/.local" >/dev/null
# The README's line for PATH and bash completion.
echo 'export PATH="$HOME/.local/bin:$PATH"; source ~/.local/share/bash-completion/completions/recall' >> ~/.bashrc

before="$(bash -ic 'recall due --json' 2>/dev/null)"
[ "$(grep -c '"reason": "new"' <<<"$before")" -eq 20 ] || fail "recall due did not list 20 new cards"
bash -ic 'recall decks' 2>/dev/null | head -1 | grep -q 'built-in decks' || fail "recall decks does not say the built-in decks are in use"
bash -ic 'recall init' >/dev/null 2>&1 || fail "recall init failed"
[ -f "$HOME/.local/share/recall/decks/01-concepts-tracker.md" ] || fail "recall init copied no deck"
[ -f "$HOME/.config/recall/config.toml" ] || fail "recall init wrote no config.toml"
after="$(bash -ic 'recall due --json' 2>/dev/null)"
[ "$before" = "$after" ] || fail "recall due lists other cards after recall init"
bash -ic 'complete -p recall' 2>/dev/null | grep -q -- '-F _recall recall' || fail "bash did not load the completion"
if command -v man >/dev/null; then
    bash -ic 'MANPAGER=cat man recall' 2>/dev/null | grep -q 'recall' || fail "man recall shows nothing"
fi
make -s -C "$checkout" uninstall PREFIX="$HOME/.local" >/dev/null
[ ! -e "$HOME/.local/bin/recall" ] || fail "make uninstall left the binary"
echo "check-install: all good (20 new cards, the same after init, completion, man page, uninstall)"
