#!/usr/bin/env bash
# Installs what dyad needs from Debian's packages when it is missing (only as root; otherwise says what
# to install). Idempotent: does nothing when everything is present.
set -euo pipefail
need=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for p in g++ cmake make pkg-config libicu-dev libsqlite3-dev libpq-dev postgresql libgtest-dev libbenchmark-dev nodejs npm; do
  have "$p" || need+=("$p")
done
# npm may come with Node.js outside Debian's packages.
if command -v npm >/dev/null 2>&1; then
  need=("${need[@]/npm}")
fi
if command -v node >/dev/null 2>&1; then
  need=("${need[@]/nodejs}")
fi
pkgs=()
for p in "${need[@]}"; do [ -n "$p" ] && pkgs+=("$p"); done
[ ${#pkgs[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "dyad: missing packages: ${pkgs[*]} (run as root, or: sudo apt-get install ${pkgs[*]})" >&2
  exit 1
fi
echo "dyad: installing ${pkgs[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${pkgs[@]}" >/dev/null
