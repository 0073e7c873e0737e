#!/usr/bin/env bash
# Installs what Recall needs from Debian's packages when it is missing:
# libncursesw5-dev (the wide-character curses the interface draws with), tmux
# (which the end-to-end tests drive the real terminal through) and git (which
# `recall sync` runs, and its tests with it).
set -euo pipefail

missing=()
dpkg -s libncursesw5-dev >/dev/null 2>&1 || missing+=(libncursesw5-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
# A real full-screen editor for the end-to-end test of `e` under job control.
command -v vim >/dev/null 2>&1 || missing+=(vim)
# git: the program `recall sync` runs, and the end-to-end tests of two machines.
command -v git >/dev/null 2>&1 || missing+=(git)
for extra in "$@"; do
    dpkg -s "$extra" >/dev/null 2>&1 || missing+=("$extra")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
