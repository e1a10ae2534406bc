#!/usr/bin/env bash
# `npm run start:queue`: the package in n8n 2.x queue mode, as production installs run it, on this
# machine: PostgreSQL and Redis (Debian's packages, installed by scripts/queue.sh when missing)
# started as local processes on 127.0.0.1, then one main (the editor, http://localhost:5678), one
# webhook process (http://localhost:5680, where ChatWoot delivers) and two workers (they run the
# executions), sharing the database, Redis and the encryption key. Everything lives in
# ~/.cache/n8n-nodes-chatwoot-api/queue-<hash of the checkout path> (QUEUE_STATE_DIR) and survives
# restarts. Ctrl+C stops all of it (so does SIGTERM to this script). N8N_LOG_LEVEL: error. Ports: N8N_PORT (5678) and the next nine, QUEUE_POSTGRES_PORT
# (5433), QUEUE_REDIS_PORT (6380). test/e2e/queue.e2e.test.ts runs the same set-up on both n8n versions.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bash "$ROOT/scripts/queue.sh"
STATE="${QUEUE_STATE_DIR:-$CACHE_ROOT/queue-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)}"
PORT="${N8N_PORT:-5678}"
PG_PORT="${QUEUE_POSTGRES_PORT:-5433}"
REDIS_PORT="${QUEUE_REDIS_PORT:-6380}"
PG_BIN="$(postgres_bin_dir)"
use_node24
install_dependencies
[ "${N8N_START_SKIP_BUILD:-}" = 1 ] && [ -d "$ROOT/dist" ] || build_package
N8N_DIR="$(install_n8n "$N8N_V2_VERSION")"
mkdir -p "$STATE/n8n" "$STATE/redis"
install_package_into "$STATE/n8n"
check_single_n8n_workflow "$STATE/n8n" "$N8N_DIR"

PIDS=()
stop_all() {
	trap - INT TERM EXIT
	say "Stopping n8n, Redis and PostgreSQL"
	# n8n first (it holds connections to both), then Redis and PostgreSQL.
	for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
		kill "${PIDS[i]}" 2>/dev/null || true
		wait "${PIDS[i]}" 2>/dev/null || true
	done
}
trap stop_all INT TERM EXIT

# PostgreSQL refuses to run as root: as root, its data folder belongs to the postgres user.
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)
if [ ! -f "$STATE/postgres/PG_VERSION" ]; then
	say "Creating the PostgreSQL database in $STATE/postgres"
	chmod 755 "$STATE"
	mkdir -p "$STATE/postgres"
	[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$STATE/postgres"
	"${as_postgres[@]}" "$PG_BIN/initdb" -D "$STATE/postgres" -U n8n --auth=trust -E UTF8 >/dev/null
fi
say "Starting PostgreSQL on 127.0.0.1:$PG_PORT and Redis on 127.0.0.1:$REDIS_PORT"
"${as_postgres[@]}" "$PG_BIN/postgres" -D "$STATE/postgres" -k "$STATE/postgres" -p "$PG_PORT" -c listen_addresses=127.0.0.1 >"$STATE/postgres.log" 2>&1 &
PIDS+=($!)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$STATE/redis" --save "" --appendonly no >"$STATE/redis.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 0.5; done
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || { cat "$STATE/postgres.log" >&2; exit 1; }
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U n8n -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'n8n'" | grep -q 1 ||
	"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U n8n n8n

# What every n8n process shares. The encryption key is made once and kept with the database.
[ -f "$STATE/encryption-key" ] || node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("hex"))' >"$STATE/encryption-key"
n8n_quiet_env
export N8N_USER_FOLDER="$STATE/n8n" N8N_ENCRYPTION_KEY="$(cat "$STATE/encryption-key")" N8N_LOG_LEVEL="${N8N_LOG_LEVEL:-error}" \
	EXECUTIONS_MODE=queue OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS=true \
	QUEUE_BULL_REDIS_HOST=127.0.0.1 QUEUE_BULL_REDIS_PORT="$REDIS_PORT" \
	DB_TYPE=postgresdb DB_POSTGRESDB_HOST=127.0.0.1 DB_POSTGRESDB_PORT="$PG_PORT" DB_POSTGRESDB_DATABASE=n8n \
	DB_POSTGRESDB_USER=n8n DB_POSTGRESDB_PASSWORD=n8n \
	N8N_WEBHOOK_URL="http://localhost:$((PORT + 2))/" N8N_WORKER_SERVER_ADDRESS=127.0.0.1
N8N=("node" "$N8N_DIR/node_modules/n8n/bin/n8n")
# Each process: its own N8N_PORT and task-broker port (N8N_RUNNERS_BROKER_PORT).
run_n8n() {
	local name="$1" port="$2" broker="$3"
	shift 3
	N8N_PORT="$port" N8N_RUNNERS_BROKER_PORT="$broker" "${N8N[@]}" "$@" > >(sed -u "s/^/[$name] /") 2>&1 &
	PIDS+=($!)
}
say "Starting n8n $N8N_V2_VERSION in queue mode: main, webhook process, two workers"
run_n8n main "$PORT" "$((PORT + 1))" start
for _ in $(seq 1 360); do
	node -e 'fetch(process.argv[1]).then((r) => r.text()).then((t) => process.exit(t.startsWith("{") ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$PORT/rest/settings" && break
	sleep 0.5
done
run_n8n webhook "$((PORT + 2))" "$((PORT + 3))" webhook
QUEUE_HEALTH_CHECK_ACTIVE=true QUEUE_HEALTH_CHECK_PORT="$((PORT + 8))" run_n8n worker-1 "$((PORT + 4))" "$((PORT + 5))" worker --concurrency=5
QUEUE_HEALTH_CHECK_ACTIVE=true QUEUE_HEALTH_CHECK_PORT="$((PORT + 9))" run_n8n worker-2 "$((PORT + 6))" "$((PORT + 7))" worker --concurrency=5
for port in "$((PORT + 2))" "$((PORT + 8))" "$((PORT + 9))"; do
	for _ in $(seq 1 240); do
		node -e 'fetch(process.argv[1]).then(() => process.exit(0), () => process.exit(1))' "http://127.0.0.1:$port/healthz" && break
		sleep 0.5
	done
done
cat >&2 <<MSG

  n8n is ready in queue mode:
    editor (main)     http://localhost:$PORT
    webhook process   http://localhost:$((PORT + 2))   (production webhook URLs point here)
    workers           2, health at http://127.0.0.1:$((PORT + 8))/healthz and :$((PORT + 9))/healthz
    PostgreSQL        127.0.0.1:$PG_PORT (database n8n, user n8n)   Redis 127.0.0.1:$REDIS_PORT
    state             $STATE

  Executions run on the workers: with N8N_LOG_LEVEL=info their lines "[worker-1] Worker started
  execution …" show which one. n8n 2.x warns that PostgreSQL 15 (Debian 12's) is older than it
  supports (16 and 17); it works for trying the package, not for production.
  With \`npm run mock\` in another terminal, the ChatWoot node works as in \`npm start\`.

MSG
wait "${PIDS[2]}"
