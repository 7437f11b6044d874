# A throwaway PostgreSQL cluster on loopback for the tests; removed on exit. Sourced by scripts/test.
start_throwaway_postgres() {
  local bin; bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
  PG_BIN="$bin"
  PG_DIR=$(mktemp -d /tmp/ocop-pg.XXXXXX)
  PG_PORT=${OCOP_TEST_PG_PORT:-54329}
  local as_user=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_DIR"
    as_user=(runuser -u postgres --)
  fi
  PG_AS=("${as_user[@]}")
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U ocop --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=600" start >/dev/null
  "${PG_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U ocop ocop_test
  THROWAWAY_POSTGRES_URL="postgres://ocop@127.0.0.1:$PG_PORT/ocop_test?sslmode=disable"
  export THROWAWAY_POSTGRES_URL
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
