#!/usr/bin/env bash
# Builds the benchmark (Release) and runs bare Kestrel, runtime+memory and runtime+Redis in one go.
# Extra arguments go to the run mode, e.g. ./run.sh --users 8 --seconds 15 --warmup 3
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build "$here/Khulnasoft.Bot.Benchmarks.csproj" -c Release --nologo -v q
exec dotnet "$here/bin/Release/net10.0/Khulnasoft.Bot.Benchmarks.dll" run "$@"
