#!/usr/bin/env bash
# The whole benchmark in one command (docs/benchmarks.md): builds the benchmark (Release), installs the two peers from
# npm (npm ci in Peers/, from the committed package-lock.json), then measures bare Kestrel, ours (memory and Redis),
# botbuilder-js and the Agents SDK at 16 and 64 conversations, 3 rounds, and prints the tables, medians and ratios.
# Servers run pinned to CPU 0; this driver (and redis-server) to CPU 1. Extra arguments go to the run mode, e.g.
#   ./run.sh --users 16,64 --seconds 20 --warmup 30 --repeat 3
# `./run.sh product [options]` runs the product mode instead: the real host's deletion conversation and the memory soak
# (needs redis-server, not node).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install -y redis-server" >&2; exit 2; }
pin=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin=(taskset -c 1); fi
dll="$here/bin/Release/net10.0/Khulnasoft.Bot.Benchmarks.dll"
if [ "${1:-}" = product ]; then
  dotnet build "$here/Khulnasoft.Bot.Benchmarks.csproj" -c Release --nologo -v q
  exec "${pin[@]}" dotnet "$dll" "$@"
fi
command -v node >/dev/null || { echo "node is missing: apt-get install -y nodejs npm" >&2; exit 2; }
if [ ! -d "$here/Peers/node_modules" ] || [ "$here/Peers/package-lock.json" -nt "$here/Peers/node_modules/.package-lock.json" ]; then
  (cd "$here/Peers" && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build "$here/Khulnasoft.Bot.Benchmarks.csproj" -c Release --nologo -v q
# The driver's socket continuations run on the runtime's event thread (Driver/DriverSockets.cs): less of CPU 1 for the
# driver, more for redis-server. The servers it starts never inherit this.
export DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1
exec "${pin[@]}" dotnet "$dll" run --peers "$here/Peers" "$@"
