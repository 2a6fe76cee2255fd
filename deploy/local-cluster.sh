#!/usr/bin/env bash
# A Marigold cluster on this machine, for trying scale-out and failover: PostgreSQL (started if it is not running),
# two Payara Micro instances clustered by their Hazelcast data grid on loopback (a TCP/IP member list, no multicast),
# and HAProxy in front. Nothing listens beyond 127.0.0.1.
#
#   deploy/local-cluster.sh start     build if needed, start everything, print the address
#   deploy/local-cluster.sh stop      stop everything it started
#   deploy/local-cluster.sh kill a    kill instance a (or b) with SIGKILL, to watch the other carry on
#   deploy/local-cluster.sh revive a  start instance a (or b) again: it rejoins the cluster and HAProxy sends people to it
#   deploy/local-cluster.sh status
#
# Needs: Java 17, Maven, Debian's postgresql and haproxy packages (apt-get install postgresql haproxy).
set -euo pipefail
cd "$(dirname "$0")/.."

RUN=target/cluster
LB_PORT=${MARIGOLD_LB_PORT:-8080}
PORT_A=${MARIGOLD_PORT_A:-8081}
PORT_B=${MARIGOLD_PORT_B:-8082}
GRID_A=${MARIGOLD_GRID_A:-5901}
GRID_B=${MARIGOLD_GRID_B:-5902}
DB=${MARIGOLD_CLUSTER_DB:-marigold_cluster}
export MARIGOLD_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
export MARIGOLD_DB_URL=${MARIGOLD_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB}
export MARIGOLD_DB_USER=${MARIGOLD_DB_USER:-marigold}
export MARIGOLD_DB_PASSWORD=${MARIGOLD_DB_PASSWORD:-marigold}
# HAProxy on loopback names each client (deploy/haproxy.cfg: option forwardfor); login throttling counts by client.
export MARIGOLD_TRUSTED_PROXIES=${MARIGOLD_TRUSTED_PROXIES:-127.0.0.1}

postgres() {
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_lsclusters -h | awk '{print $2}' | grep -qx main || pg_createcluster "$version" main >/dev/null
  pg_isready -h 127.0.0.1 -q || pg_ctlcluster "$version" main start
  for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
SELECT 'CREATE ROLE marigold LOGIN PASSWORD ''marigold''' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'marigold')\gexec
SELECT 'CREATE DATABASE $DB OWNER marigold' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DB')\gexec
SQL
}

instance() {
  local name=$1 port=$2 grid=$3
  java -Xmx768m -Dhazelcast.socket.bind.any=false -jar target/payara-micro.jar --deploy target/marigold.war --contextroot / \
    --postbootcommandfile deploy/post-boot.asadmin --port "$port" --clustername marigold-local --interfaces 127.0.0.1 \
    --clustermode "tcpip:127.0.0.1:$GRID_A,127.0.0.1:$GRID_B" --startport "$grid" >"$RUN/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

ready() {
  local port=$1
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "The instance on port $port did not become ready; see $RUN/*.log" >&2
  return 1
}

start() {
  mkdir -p "$RUN"
  [ -f target/marigold.war ] && [ -f target/payara-micro.jar ] || mvn -q package -DskipTests
  postgres
  instance a "$PORT_A" "$GRID_A"
  ready "$PORT_A"
  instance b "$PORT_B" "$GRID_B"
  ready "$PORT_B"
  MARIGOLD_LB_PORT=$LB_PORT MARIGOLD_PORT_A=$PORT_A MARIGOLD_PORT_B=$PORT_B \
    haproxy -f deploy/haproxy.cfg -D -p "$RUN/haproxy.pid"
  echo "Marigold on http://127.0.0.1:$LB_PORT/ (instances on $PORT_A and $PORT_B; logs in $RUN)"
}

stop() {
  for name in haproxy a b; do
    if [ -f "$RUN/$name.pid" ]; then
      kill "$(cat "$RUN/$name.pid")" 2>/dev/null || true
      rm -f "$RUN/$name.pid"
    fi
  done
}

status() {
  for name in haproxy a b; do
    if [ -f "$RUN/$name.pid" ] && kill -0 "$(cat "$RUN/$name.pid")" 2>/dev/null; then echo "$name: running"; else echo "$name: stopped"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill) kill -9 "$(cat "$RUN/${2:?a or b}.pid")" && rm -f "$RUN/$2.pid" && echo "instance $2 killed" ;;
  revive)
    case "${2:?a or b}" in
      a) instance a "$PORT_A" "$GRID_A"; ready "$PORT_A" ;;
      b) instance b "$PORT_B" "$GRID_B"; ready "$PORT_B" ;;
      *) echo "a or b" >&2; exit 2 ;;
    esac
    echo "instance $2 is back" ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
