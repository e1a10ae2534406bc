#!/usr/bin/env bash
# Installs what queue mode needs: PostgreSQL and Redis servers from Debian's packages (apt-get,
# when missing). start-queue.sh and the queue suite start them as local processes on 127.0.0.1.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
apt_install_missing "redis-server:redis-server"
[ -n "$(postgres_bin_dir)" ] || apt_install_missing "/nonexistent-postgres:postgresql"
echo "PostgreSQL: $(postgres_bin_dir)  Redis: $(command -v redis-server)" >&2
