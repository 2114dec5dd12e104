#!/usr/bin/env bash
# Builds the Teams app package: manifest/build/khulnasoft-teams-app.zip (manifest.json + color.png + outline.png).
#   manifest/build.sh <app-id> [domain]     e.g. manifest/build.sh 3f1b7a0e-6c2d-4e8f-9a11-5b2c3d4e5f60 bot.example.com
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: manifest/build.sh <app-id> [domain]" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
args=(build --app-id "$1")
if [ $# -ge 2 ]; then args+=(--domain "$2"); fi
exec dotnet run --project "$here/Khulnasoft.Manifest" -- "${args[@]}"
