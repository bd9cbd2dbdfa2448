#!/usr/bin/env bash
# Installs the system packages Parallax needs (ncursesw headers, pkg-config; tmux for the
# end-to-end tests) when they are missing. Uses sudo only when not already root.
set -euo pipefail

need=()
dpkg -s libncursesw5-dev >/dev/null 2>&1 || need+=(libncursesw5-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
[ ${#need[@]} -eq 0 ] && exit 0

echo "installing ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${need[@]}"
