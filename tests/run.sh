#!/usr/bin/env bash
# Runs every test of KhulnasoftBot. On a fresh Debian machine (as root) it first installs what the tests need:
# redis-server, chromium, a TrueType font and dig (dnsutils) from apt, and the npm tools the tests drive (Adaptive Cards parser, Teams manifest
# schemas). Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# The sandbox draws invoice PDFs with PDFsharp, which needs a TrueType font from the machine.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# The sandbox DNS server's tests ask it with Debian's dig, as a person would.
command -v dig >/dev/null 2>&1 || missing+=(dnsutils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tests/run.sh: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "tests/run.sh: missing ${missing[*]}; install them (apt-get install -y ${missing[*]}) or run as root" >&2
    exit 1
  fi
fi

if [ ! -d tests/tools/node_modules ] || [ tests/tools/package-lock.json -nt tests/tools/node_modules ]; then
  echo "tests/run.sh: installing test tools from npm (tests/tools)"
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

log=$(mktemp)
audit=$(mktemp)
trap 'rm -f "$log" "$audit"' EXIT

# Known-vulnerable NuGet packages, direct and transitive: a high or critical advisory fails the run (after the tests,
# so their counts are still printed). When the registry cannot answer the query, say so and go on.
vulnerable=0
if dotnet list KhulnasoftBot.sln package --vulnerable --include-transitive --format json >"$audit" 2>&1 \
    && grep -q '"projects"' "$audit"; then
  if grep -Eq '"severity": *"(High|Critical)"' "$audit"; then
    vulnerable=1
    echo "tests/run.sh: packages with high or critical advisories:"
    grep -E '"(id|resolvedVersion|severity|advisoryurl)"' "$audit" | sed 's/^ */  /'
  elif grep -q '"severity"' "$audit"; then
    echo "tests/run.sh: packages with low or moderate advisories (not failing the run):"
    grep -E '"(id|resolvedVersion|severity|advisoryurl)"' "$audit" | sed 's/^ */  /'
  else
    echo "tests/run.sh: no package has a known vulnerability"
  fi
else
  echo "tests/run.sh: the package registry did not answer the vulnerability query; not checked:"
  head -n 5 "$audit" | sed 's/^/  /'
fi

set +e
dotnet test KhulnasoftBot.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects, e.g. "tests: 120 passed, 0 failed, 0 skipped".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$vulnerable" -ne 0 ]; then
  echo "tests/run.sh: failing: high or critical package advisories (listed above)" >&2
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
