#!/usr/bin/env bash
# Suite: runs every test suite and ends with one line "Tests: N passed, N failed".
# (The body of ./test, which only calls it.)
#
#   1. apt packages the suites need (rabbitmq-server, chromium, poppler-utils, nginx, …), installed only if missing
#   2. a private PostgreSQL 15 + RabbitMQ (scripts/services.sh), stopped again on any exit
#   3. Angular: npm install, npm run build (into host/Suite.Host/wwwroot)
#   4. dotnet build Suite.sln -c Release, once
#   5. Angular: npm run api:check (counted as one test), npm run test:ci (JUnit XML)
#   6. every test project (tests/*/*.csproj) except Suite.TestBase, one after
#      another, TRX results in TestResults/<project>/
#   7. the counts over all suites; exit code non-zero if anything failed
#
# A step that fails (install, build, a crashed test run) counts as at least one failed test, the script
# goes on with the rest, and the summary line is printed in every case, also after Ctrl-C.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1            # no MSBuild nodes left behind holding the CI log open
export NG_CLI_ANALYTICS=false               # never prompt (CI has no stdin)
export SUITE_ROOT="$ROOT"
export SUITE_TEST_CHROMIUM=/usr/bin/chromium
export CHROME_BIN=/usr/bin/chromium         # for Angular test runners that look for Chrome
export SUITE_SERVICES_KEEP_LOGS_TO="$ROOT/TestResults/services"   # PostgreSQL/RabbitMQ logs

RESULTS="$ROOT/TestResults"                 # git-ignored
HANG_TIMEOUT="${SUITE_TEST_HANG_TIMEOUT:-10m}"   # per test project: a hung run is killed, not waited for

PASSED=0
FAILED=0
REPORT=()           # one line per suite/step for the closing table
SUMMARY_DONE=0
T_START=$SECONDS

section() { printf '\n========== %s   [%d:%02d] ==========\n' "$*" $(( (SECONDS - T_START) / 60 )) $(( (SECONDS - T_START) % 60 )); }
note() { printf '%s\n' "$*"; }

# record NAME PASSED FAILED [REMARK]
record() {
    PASSED=$((PASSED + $2)); FAILED=$((FAILED + $3))
    REPORT+=("$(printf '%-32s %5s passed %5s failed   %s' "$1" "$2" "$3" "${4:-}")")
}
step_failed() { record "$1" 0 1 "${2:-step failed}"; note "!! $1: ${2:-step failed}"; }

finish() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    if [[ $SUMMARY_DONE -eq 0 ]]; then
        [[ $rc -ne 0 ]] && step_failed "test script" "aborted (exit code $rc)"
        if declare -F suite_services_stop >/dev/null; then
            section "Stopping services"; suite_services_stop
        fi
        command -v dotnet >/dev/null && dotnet build-server shutdown >/dev/null 2>&1
        section "Summary"
        printf '%s\n' "${REPORT[@]}"
        SUMMARY_DONE=1
        echo "Tests: $PASSED passed, $FAILED failed"
    fi
    [[ $FAILED -gt 0 ]] && exit 1
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# ---------------------------------------------------------------------------------------------------
section "System packages"
as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }
# apt may be busy (another install running): wait for its locks instead of failing.
apt_retry() {
    local i
    for i in $(seq 1 60); do
        if as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 "$@"; then return 0; fi
        note "apt-get $1 failed (attempt $i of 60), retrying in 5 s (apt may be locked by another process)"
        sleep 5
    done
    return 1
}
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then note "present: $*"; return 0; fi
    note "installing: ${missing[*]}"
    apt_retry update -q && apt_retry install -y -q --no-install-recommends "${missing[@]}"
}
# nginx + openssl: two hosts behind nginx with a certificate made at test time (tests/Suite.IntegrationTests/Proxy).
# postgresql-client-15: pg_dump/pg_restore for the backup drill (tests/Suite.IntegrationTests/Backups).
# prometheus: scrapes a test host (tests/Suite.IntegrationTests/ServerTelemetryTests.cs).
PACKAGES=(rabbitmq-server chromium poppler-utils zbar-tools nginx openssl prometheus postgresql-client-15)
command -v python3 >/dev/null || PACKAGES+=(python3)      # scripts/count-results.py
ensure_packages "${PACKAGES[@]}" || step_failed "apt packages" "could not install ${PACKAGES[*]}"

# ---------------------------------------------------------------------------------------------------
section "Services: PostgreSQL 15 + RabbitMQ"
# shellcheck source=scripts/services.sh
source "$ROOT/scripts/services.sh"
if suite_services_start; then
    note "SUITE_TEST_POSTGRES=$SUITE_TEST_POSTGRES"
    note "SUITE_TEST_RABBITMQ=$SUITE_TEST_RABBITMQ"
    note "SUITE_TEST_RABBITMQCTL=$SUITE_TEST_RABBITMQCTL"
else
    step_failed "services" "PostgreSQL/RabbitMQ did not start; tests that need them will fail"
fi

# ---------------------------------------------------------------------------------------------------
# npm install with the committed lockfile (never npm ci: see docs). The Angular packages want Node 22,
# which npm runs them on (devDependency node@22); the system Node 20 only installs, so its
# EBADENGINE warnings are noise and filtered out.
npm_install() {
    npm install --no-audit --no-fund --no-progress 2>&1 | { grep -v 'EBADENGINE' || true; }
    return "${PIPESTATUS[0]}"
}
NPM_OK=0
section "Angular: npm install"
if [[ ! -f angular/package.json ]]; then
    step_failed "angular" "angular/package.json not found"
elif ! command -v npm >/dev/null; then
    step_failed "angular" "npm not found"
elif (cd angular && npm_install); then
    NPM_OK=1
else
    step_failed "npm install"
fi

if [[ $NPM_OK -eq 1 ]]; then
    section "Angular: npm run build"
    (cd angular && npm run build) || step_failed "angular build"
fi

# ---------------------------------------------------------------------------------------------------
section ".NET: dotnet build Suite.sln -c Release"
if ! command -v dotnet >/dev/null; then
    step_failed "dotnet build" "dotnet not found"
elif [[ ! -f Suite.sln ]]; then
    step_failed "dotnet build" "Suite.sln not found"
else
    dotnet build Suite.sln -c Release || step_failed "dotnet build"
fi

# ---------------------------------------------------------------------------------------------------
if [[ $NPM_OK -eq 1 ]]; then
    section "Angular: npm run api:check"
    if (cd angular && npm run api:check); then
        record "angular api:check" 1 0
    else
        record "angular api:check" 0 1 "failed: the generated client does not match the API?"
    fi

    section "Angular: npm run test:ci"
    JUNIT="angular/test-results/junit.xml"
    rm -f "$JUNIT"
    t0=$SECONDS; rc=0
    (cd angular && npm run test:ci) || rc=$?
    if [[ -f "$JUNIT" ]] && counts=$(python3 scripts/count-results.py junit "$JUNIT"); then
        read -r p f <<<"$counts"
        if [[ $rc -ne 0 && $f -eq 0 ]]; then
            record "angular unit tests" "$p" 1 "exit code $rc but no failed test in the JUnit XML"
        else
            record "angular unit tests" "$p" "$f" "$((SECONDS - t0)) s"
        fi
    else
        record "angular unit tests" 0 1 "no readable $JUNIT (exit code $rc)"
    fi
fi

# ---------------------------------------------------------------------------------------------------
shopt -s nullglob
PROJECTS=(); LAST=()
for proj in tests/*/*.csproj; do
    name=$(basename "$proj" .csproj)
    [[ $name == Suite.TestBase ]] && continue                   # a library, not a test project
    case $name in *E2E*) LAST+=("$proj") ;; *) PROJECTS+=("$proj") ;; esac   # browser tests last
done
shopt -u nullglob
PROJECTS+=(${LAST[@]+"${LAST[@]}"})

if [[ ${#PROJECTS[@]} -eq 0 ]]; then
    section ".NET tests"
    note "no test projects found (tests/*/*.csproj)"
fi

for proj in ${PROJECTS[@]+"${PROJECTS[@]}"}; do
    name=$(basename "$proj" .csproj)
    section ".NET tests: $name"
    grep -qF "$name.csproj" Suite.sln 2>/dev/null || note "warning: $proj is not in Suite.sln, so the build did not build it"
    if ! command -v dotnet >/dev/null; then step_failed "$name" "dotnet not found"; continue; fi
    # Test hosts name their queues after their database (suite-<hash>.<module>). The previous project's databases are
    # gone: delete their queues so the broker does not keep their messages for the rest of the run.
    if [[ -n ${SUITE_TEST_RABBITMQCTL:-} && -x $SUITE_TEST_RABBITMQCTL ]]; then
        "$SUITE_TEST_RABBITMQCTL" list_queues -q name 2>/dev/null | grep -E '^suite(-[0-9A-Fa-f]+)?\.' |
            while read -r queue; do "$SUITE_TEST_RABBITMQCTL" delete_queue "$queue" </dev/null >/dev/null 2>&1 || true; done || true
    fi
    t0=$SECONDS; rc=0
    dotnet test "$proj" -c Release --no-build \
        --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
        --results-directory "$RESULTS/$name" \
        --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none || rc=$?
    trx="$RESULTS/$name/$name.trx"
    if [[ -f "$trx" ]] && counts=$(python3 scripts/count-results.py trx "$trx"); then
        read -r p f <<<"$counts"
        if [[ $rc -ne 0 && $f -eq 0 ]]; then
            record "$name" "$p" 1 "run aborted, exit code $rc (crash or hang? see its log above)"
        else
            record "$name" "$p" "$f" "$((SECONDS - t0)) s"
        fi
    else
        record "$name" 0 1 "no TRX written (exit code $rc)"
    fi
done

# Stopping the services, the summary and its closing line: finish(), on exit.
exit 0
