#!/usr/bin/env bash
# `npm start`: builds the package and runs it inside a local n8n 2.x on http://localhost:5678,
# loaded exactly as a community install loads it (one n8n-workflow: n8n's own).
# The n8n user folder (SQLite database, credentials, the installed package) lives in the cache,
# outside the checkout: inside it, the package would resolve the checkout's node_modules/n8n-workflow.
# It survives restarts. Environment: N8N_PORT (5678), N8N_START_USER_FOLDER (the user folder),
# N8N_START_SKIP_BUILD=1 (use dist/ as it is), N8N_LOG_LEVEL (error: n8n's warnings are about
# what cannot work offline, such as the Python task runner). `npm start -- --print-user-folder` prints the folder.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
USER_FOLDER="${N8N_START_USER_FOLDER:-$CACHE_ROOT/editor-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)}"
if [ "${1:-}" = "--print-user-folder" ]; then echo "$USER_FOLDER"; exit 0; fi
PORT="${N8N_PORT:-5678}"
# The task broker listens on 5679 by default: follow N8N_PORT so that two n8n can run side by side.
export N8N_RUNNERS_BROKER_PORT="${N8N_RUNNERS_BROKER_PORT:-$((PORT + 1))}"
use_node24
install_dependencies
[ "${N8N_START_SKIP_BUILD:-}" = 1 ] && [ -d "$ROOT/dist" ] || build_package
N8N_DIR="$(install_n8n "$N8N_V2_VERSION")"
mkdir -p "$USER_FOLDER"
say "Installing $PACKAGE_NAME into $USER_FOLDER/.n8n/nodes (as n8n installs community packages)"
install_package_into "$USER_FOLDER"
check_single_n8n_workflow "$USER_FOLDER" "$N8N_DIR"
[ -d "$ROOT/.n8n-local/.n8n" ] && say "Note: the old user folder $ROOT/.n8n-local is no longer used (delete it when you like)"
n8n_quiet_env
export N8N_USER_FOLDER="$USER_FOLDER" N8N_PORT="$PORT" N8N_LOG_LEVEL="${N8N_LOG_LEVEL:-error}"
say "Starting n8n $N8N_V2_VERSION (Ctrl+C stops it)"
node "$N8N_DIR/node_modules/n8n/bin/n8n" start &
N8N_PID=$!
trap 'kill "$N8N_PID" 2>/dev/null; wait "$N8N_PID"' INT TERM
# Once the REST API answers with JSON, n8n is ready: say where to go and what to try.
for _ in $(seq 1 360); do
	kill -0 "$N8N_PID" 2>/dev/null || break
	if node -e 'fetch(process.argv[1]).then((r) => r.text()).then((t) => process.exit(t.startsWith("{") ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$PORT/rest/settings"; then
		cat >&2 <<MSG

  n8n is ready: http://localhost:$PORT
  (first visit: create the owner account; it stays in $USER_FOLDER)

  Try the ChatWoot node without a ChatWoot server:
    1. in another terminal: npm run mock   (a demo account; prints what to enter for every node and credential)
    2. in the editor: new workflow → + → search "send message", "add label" or "chatwoot contact" → ChatWoot
    3. Credential → Create new: Base URL http://127.0.0.1:3000, Access Token demo-access-token → Save (it tests itself)
    4. Account → From List → Demo Account (or leave it empty), then pick inboxes, labels and teams from their lists

MSG
		break
	fi
	sleep 0.5
done
wait "$N8N_PID"
