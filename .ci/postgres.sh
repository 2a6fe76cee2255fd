# Starts Debian's PostgreSQL cluster (creating it if needed) and gives the tests fresh databases: marigold_test for the
# cluster test, marigold_test_1 and marigold_test_2 for the two test forks of the PostgreSQL pass (pom.xml, it.forks).
start_test_postgres() {
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $2}' | grep -qx main; then
    pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_isready -h 127.0.0.1 -q; then
    pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 60); do
    pg_isready -h 127.0.0.1 -q && break
    sleep 1
  done
  pg_isready -h 127.0.0.1
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
SELECT 'CREATE ROLE marigold LOGIN PASSWORD ''marigold''' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'marigold')\gexec
DROP DATABASE IF EXISTS marigold_test;
CREATE DATABASE marigold_test OWNER marigold;
DROP DATABASE IF EXISTS marigold_test_1;
CREATE DATABASE marigold_test_1 OWNER marigold;
DROP DATABASE IF EXISTS marigold_test_2;
CREATE DATABASE marigold_test_2 OWNER marigold;
SQL
}
