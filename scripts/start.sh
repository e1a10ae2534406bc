#!/usr/bin/env bash
# `npm start`: builds the package and runs it inside a local n8n 2.x on http://localhost:5678.
# The n8n user folder (SQLite database, credentials, the installed package) is .n8n-local/,
# which git ignores; it survives restarts. Set N8N_PORT to use another port.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
use_node24
install_dependencies
build_package
N8N_DIR="$(install_n8n "$N8N_V2_VERSION")"
USER_FOLDER="$ROOT/.n8n-local"
mkdir -p "$USER_FOLDER"
say "Installing $PACKAGE_NAME into $USER_FOLDER/.n8n/nodes (as n8n installs community packages)"
install_package_into "$USER_FOLDER"
say "Starting n8n $N8N_V2_VERSION on http://localhost:${N8N_PORT:-5678} (Ctrl+C stops it)"
echo "In the editor: add a node, search for \"ChatWoot\", and create a \"ChatWoot API\" credential." >&2
export N8N_USER_FOLDER="$USER_FOLDER" N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false \
	N8N_PERSONALIZATION_ENABLED=false N8N_SECURE_COOKIE=false
exec node "$N8N_DIR/node_modules/n8n/bin/n8n" start
