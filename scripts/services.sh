#!/usr/bin/env bash
# Private PostgreSQL 15 cluster + private RabbitMQ node for the test suites.
#
# Both live in one temp folder, listen on 127.0.0.1 only, on free ports, and never touch a system
# cluster/node (no 5432, no 5672, no 4369: the node gets its own epmd port).
#
# Two ways to use it:
#
#   1. Sourced (this is what ./test does):
#        source scripts/services.sh
#        trap suite_services_stop EXIT        # the caller owns the trap
#        suite_services_start                 # exports the SUITE_TEST_* variables below
#        ...
#        suite_services_stop                  # idempotent; safe to call again from the trap
#
#   2. Executed:
#        scripts/services.sh run -- CMD ARGS  # start, run CMD with the variables set, stop
#        scripts/services.sh shell            # start, open an interactive shell, stop when it exits
#        scripts/services.sh check            # self-test: start, query both, restart the broker, stop
#
# Exported after suite_services_start:
#   SUITE_TEST_POSTGRES     Npgsql connection string of superuser postgres (may create databases)
#   SUITE_TEST_RABBITMQ     amqp://guest:guest@127.0.0.1:PORT/
#   SUITE_TEST_RABBITMQCTL  a generated wrapper that runs rabbitmqctl against this node
#                           ("$SUITE_TEST_RABBITMQCTL stop_app" / "start_app" simulate a broker restart)
#   SUITE_SERVICES_DIR      the temp folder (deleted by suite_services_stop)
#
# Optional input: SUITE_SERVICES_KEEP_LOGS_TO=DIR copies the PostgreSQL and RabbitMQ logs there on stop.

PG_BIN_DIR="${PG_BIN_DIR:-/usr/lib/postgresql/15/bin}"
RABBITMQ_BIN_DIR="${RABBITMQ_BIN_DIR:-/usr/lib/rabbitmq/bin}"

_svc_log() { printf '[services] %s\n' "$*" >&2; }

# Prints N distinct free TCP ports on 127.0.0.1. All sockets are held open until all ports are chosen,
# so the ports are distinct; they come from the kernel's ephemeral range.
_svc_free_ports() {
    local n="$1"
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$n" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
PY
        return
    fi
    # Fallback: probe random ports below the ephemeral range with bash's /dev/tcp.
    local ports=() p tries=0
    while ((${#ports[@]} < n)); do
        ((tries++ < 1000)) || { _svc_log "no free ports found"; return 1; }
        p=$((20000 + RANDOM % 12000))
        [[ " ${ports[*]} " == *" $p "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then ports+=("$p"); fi
    done
    echo "${ports[*]}"
}

# Runs a command as user postgres when we are root (initdb/postgres refuse to run as root).
_svc_as_pg() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- env "SUITE_SVC_MARK=$SUITE_SVC_MARK" "$@"
    else
        env "SUITE_SVC_MARK=$SUITE_SVC_MARK" "$@"
    fi
}

# Seconds since an epoch-with-nanoseconds start value, one decimal.
_svc_elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

_svc_start_postgres() {
    local dir="$SUITE_SERVICES_DIR/pg" port="$1"
    mkdir -p "$dir/data" "$dir/sock"
    printf 'postgres\n' >"$dir/pwfile"
    [[ $EUID -eq 0 ]] && chown -R postgres: "$dir"
    chmod 700 "$dir/data"

    _svc_as_pg "$PG_BIN_DIR/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1 || { _svc_log "initdb failed:"; cat "$dir/initdb.log" >&2; return 1; }

    # Throw-away cluster: durability off, enough connections for parallel test databases.
    cat >>"$dir/data/postgresql.conf" <<EOF

# --- suite test cluster (scripts/services.sh) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/sock'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
EOF

    _svc_as_pg "$PG_BIN_DIR/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
        || { _svc_log "PostgreSQL did not start:"; tail -n 30 "$dir/postgres.log" >&2; return 1; }
}

_svc_start_rabbitmq() {
    local dir="$SUITE_SERVICES_DIR/rabbitmq" amqp_port="$1" dist_port="$2" epmd_port="$3"
    local node="suite-$$-$RANDOM@localhost"
    mkdir -p "$dir/home" "$dir/mnesia" "$dir/log"

    # Erlang cookie shared by the node and the rabbitmqctl wrapper (both use HOME=$dir/home).
    head -c 30 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr 'a-f' 'A-F' >"$dir/home/.erlang.cookie"
    chmod 400 "$dir/home/.erlang.cookie"
    : >"$dir/rabbitmq-env.conf"                 # keeps /etc/rabbitmq/rabbitmq-env.conf out
    echo '[].' >"$dir/enabled_plugins"          # no plugins (no management UI)
    cat >"$dir/rabbitmq.conf" <<EOF
loopback_users.guest = true
log.console = false
log.file.level = info
EOF

    # Everything the node and rabbitmqctl need; written once, used by the node and the wrapper.
    cat >"$dir/env.sh" <<EOF
export HOME='$dir/home'
export SUITE_SVC_MARK='$SUITE_SVC_MARK'
export RABBITMQ_NODENAME='$node'
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$amqp_port
export RABBITMQ_DIST_PORT=$dist_port
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT=$epmd_port
export RABBITMQ_CONF_ENV_FILE='$dir/rabbitmq-env.conf'
export RABBITMQ_CONFIG_FILE='$dir/rabbitmq.conf'
export RABBITMQ_ADVANCED_CONFIG_FILE='$dir/advanced.config'
export RABBITMQ_ENABLED_PLUGINS_FILE='$dir/enabled_plugins'
export RABBITMQ_MNESIA_BASE='$dir/mnesia'
export RABBITMQ_LOG_BASE='$dir/log'
export RABBITMQ_PID_FILE='$dir/rabbitmq.pid'
# rabbitmqctl's own distribution listener: any free port (its default 35672-35682 may collide).
export RABBITMQ_CTL_DIST_PORT_MIN=0
export RABBITMQ_CTL_DIST_PORT_MAX=0
# Erlang distribution (node and CLI) on loopback only, like AMQP.
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
export RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
unset RABBITMQ_USE_LONGNAME
EOF

    cat >"$dir/rabbitmqctl" <<EOF
#!/usr/bin/env bash
# rabbitmqctl against the private test node $node (generated by scripts/services.sh)
. '$dir/env.sh'
exec '$RABBITMQ_BIN_DIR/rabbitmqctl' -n '$node' "\$@"
EOF
    chmod 755 "$dir/rabbitmqctl"

    # setsid: a Ctrl-C in the terminal reaches our trap, which stops the node in order.
    ( . "$dir/env.sh"; exec setsid "$RABBITMQ_BIN_DIR/rabbitmq-server" ) \
        >"$dir/log/console.log" 2>&1 </dev/null &
    echo $! >"$dir/server.pid"

    local deadline=$((SECONDS + 90))
    until "$dir/rabbitmqctl" await_startup --timeout 10 >/dev/null 2>&1; do
        if ! kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; then
            _svc_log "RabbitMQ exited during start:"; tail -n 40 "$dir/log/console.log" >&2; return 1
        fi
        if ((SECONDS > deadline)); then
            _svc_log "RabbitMQ did not start within 90 s:"; tail -n 40 "$dir/log/console.log" >&2; return 1
        fi
        sleep 1
    done
}

suite_services_start() {
    if [[ -n "${SUITE_SERVICES_DIR:-}" && -d "${SUITE_SERVICES_DIR:-}" ]]; then
        _svc_log "already running in $SUITE_SERVICES_DIR"; return 0
    fi
    [[ -x "$PG_BIN_DIR/initdb" ]] || { _svc_log "PostgreSQL 15 not found in $PG_BIN_DIR"; return 1; }
    [[ -x "$RABBITMQ_BIN_DIR/rabbitmq-server" ]] \
        || { _svc_log "RabbitMQ not found in $RABBITMQ_BIN_DIR (apt-get install rabbitmq-server)"; return 1; }

    local t0; t0=$(date +%s.%N)
    SUITE_SERVICES_DIR=$(mktemp -d /tmp/suite-services.XXXXXX) || return 1
    chmod 755 "$SUITE_SERVICES_DIR"             # user postgres must traverse it
    # Marks every process we start (in its environment), so stop can find stragglers by it.
    SUITE_SVC_MARK="suite-services-$(basename "$SUITE_SERVICES_DIR")"
    export SUITE_SERVICES_DIR

    local ports pg_port amqp_port dist_port epmd_port
    ports=$(_svc_free_ports 4) || return 1
    read -r pg_port amqp_port dist_port epmd_port <<<"$ports"

    _svc_start_postgres "$pg_port" || return 1
    _svc_log "PostgreSQL 15 on 127.0.0.1:$pg_port ($(_svc_elapsed "$t0") s)"
    _svc_start_rabbitmq "$amqp_port" "$dist_port" "$epmd_port" || return 1
    _svc_log "RabbitMQ on 127.0.0.1:$amqp_port (dist $dist_port, epmd $epmd_port) ($(_svc_elapsed "$t0") s)"

    export SUITE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres"
    export SUITE_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$amqp_port/"
    export SUITE_TEST_RABBITMQCTL="$SUITE_SERVICES_DIR/rabbitmq/rabbitmqctl"
    _svc_log "services up in $(_svc_elapsed "$t0") s, folder $SUITE_SERVICES_DIR"
}

# Pids of live processes whose environment carries our mark.
_svc_marked_pids() {
    local f pid
    [[ -n "${SUITE_SVC_MARK:-}" ]] || return 0
    for f in /proc/[0-9]*/environ; do
        pid=${f#/proc/}; pid=${pid%/environ}
        [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
        if { tr '\0' '\n' <"$f"; } 2>/dev/null | grep -qxF "SUITE_SVC_MARK=$SUITE_SVC_MARK"; then echo "$pid"; fi
    done
}

suite_services_stop() {
    local dir="${SUITE_SERVICES_DIR:-}"
    [[ -n "$dir" && -d "$dir" ]] || return 0
    local t0; t0=$(date +%s.%N)
    _svc_log "stopping services in $dir"

    # RabbitMQ: orderly stop, then signals if it does not go.
    local rpid=""
    [[ -f "$dir/rabbitmq/server.pid" ]] && rpid=$(cat "$dir/rabbitmq/server.pid")
    if [[ -n "$rpid" ]] && kill -0 "$rpid" 2>/dev/null; then
        timeout 30 "$dir/rabbitmq/rabbitmqctl" stop >/dev/null 2>&1 || true
        for _ in $(seq 1 100); do kill -0 "$rpid" 2>/dev/null || break; sleep 0.1; done
        kill -TERM "$rpid" 2>/dev/null && sleep 1
        kill -KILL "$rpid" 2>/dev/null || true
    fi
    # The node's own epmd (started by erl as a daemon on our private port).
    if [[ -f "$dir/rabbitmq/env.sh" ]]; then
        ( . "$dir/rabbitmq/env.sh"; epmd -kill >/dev/null 2>&1 ) || true
    fi

    # PostgreSQL.
    if [[ -f "$dir/pg/data/postmaster.pid" ]]; then
        _svc_as_pg "$PG_BIN_DIR/pg_ctl" -D "$dir/pg/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    fi

    # Anything of ours still alive (e.g. after a kill -9 of a parent): by our mark, TERM then KILL.
    local left; left=$(_svc_marked_pids)
    if [[ -n "$left" ]]; then
        _svc_log "terminating leftover processes: $(echo $left)"
        kill -TERM $left 2>/dev/null || true; sleep 1
        left=$(_svc_marked_pids); [[ -n "$left" ]] && kill -KILL $left 2>/dev/null || true
    fi

    if [[ -n "${SUITE_SERVICES_KEEP_LOGS_TO:-}" ]]; then
        mkdir -p "$SUITE_SERVICES_KEEP_LOGS_TO/rabbitmq"
        cp "$dir/pg/postgres.log" "$SUITE_SERVICES_KEEP_LOGS_TO/" 2>/dev/null || true
        cp -r "$dir/rabbitmq/log/." "$SUITE_SERVICES_KEEP_LOGS_TO/rabbitmq/" 2>/dev/null || true
    fi
    rm -rf "$dir"
    unset SUITE_SERVICES_DIR SUITE_TEST_POSTGRES SUITE_TEST_RABBITMQ SUITE_TEST_RABBITMQCTL
    _svc_log "services stopped in $(_svc_elapsed "$t0") s"
}

# ---------------------------------------------------------------------------------------------------
# Self-test: everything the test suites rely on.
_svc_check() {
    local dir="$SUITE_SERVICES_DIR" port fail=0
    port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SUITE_TEST_POSTGRES")
    echo "== psql over TCP with the password"
    PGPASSWORD=postgres psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -At -v ON_ERROR_STOP=1 \
        -c "select version()" -c "create database suite_check" -c "drop database suite_check" || fail=1
    echo "== PostgreSQL listens on 127.0.0.1 only"
    grep -qE "listening on IPv4 address \"127.0.0.1\", port $port" "$dir/pg/postgres.log" || fail=1
    grep -E "listening on" "$dir/pg/postgres.log"
    echo "== rabbitmqctl status via $SUITE_TEST_RABBITMQCTL"
    "$SUITE_TEST_RABBITMQCTL" status | grep -E "Node name|RabbitMQ version|Interface" || fail=1
    "$SUITE_TEST_RABBITMQCTL" status | grep -A3 "^Listeners" || true
    echo "== guest/guest authenticates"
    "$SUITE_TEST_RABBITMQCTL" authenticate_user guest guest || fail=1
    echo "== AMQP port accepts connections"
    local amqp=${SUITE_TEST_RABBITMQ##*:}; amqp=${amqp%/}
    (exec 3<>"/dev/tcp/127.0.0.1/$amqp") || fail=1
    echo "== stop_app / start_app (broker restart)"
    local t; t=$(date +%s.%N)
    "$SUITE_TEST_RABBITMQCTL" stop_app || fail=1
    if (exec 3<>"/dev/tcp/127.0.0.1/$amqp") 2>/dev/null; then echo "AMQP still open after stop_app"; fail=1; fi
    "$SUITE_TEST_RABBITMQCTL" start_app || fail=1
    "$SUITE_TEST_RABBITMQCTL" await_startup || fail=1
    (exec 3<>"/dev/tcp/127.0.0.1/$amqp") || fail=1
    echo "restart took $(_svc_elapsed "$t") s"
    return $fail
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    cmd="${1:-}"; shift || true
    case "$cmd" in
        run)
            [[ "${1:-}" == "--" ]] && shift
            (($# > 0)) || { echo "usage: $0 run -- CMD [ARGS]" >&2; exit 2; }
            trap suite_services_stop EXIT
            suite_services_start
            # In the background + wait, so a TERM/INT to this script stops the services at once.
            "$@" <&0 & child=$!
            trap 'kill -TERM $child 2>/dev/null; exit 143' TERM
            trap 'kill -INT $child 2>/dev/null; exit 130' INT
            rc=0; wait $child || rc=$?
            exit $rc ;;
        shell)
            trap suite_services_stop EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
            suite_services_start
            env | grep '^SUITE_TEST_' >&2
            rc=0; "${SHELL:-bash}" -i || rc=$?
            exit $rc ;;
        check)
            trap suite_services_stop EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
            suite_services_start
            env | grep '^SUITE_TEST_'
            rc=0; _svc_check || rc=$?
            dir=$SUITE_SERVICES_DIR; mark=$SUITE_SVC_MARK
            suite_services_stop
            echo "== after stop"
            [[ -e "$dir" ]] && { echo "folder $dir still exists"; rc=1; }
            SUITE_SVC_MARK=$mark; left=$(_svc_marked_pids)
            [[ -n "$left" ]] && { echo "processes left: $left"; ps -o pid,args -p "$left"; rc=1; }
            ((rc == 0)) && echo "services check: OK" || echo "services check: FAILED"
            exit $rc ;;
        *)
            echo "usage: $0 run -- CMD [ARGS] | shell | check   (or: source $0)" >&2; exit 2 ;;
    esac
fi
