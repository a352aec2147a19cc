#!/usr/bin/env bash
# The services of role-compare's cluster mode on one Debian or Ubuntu machine: PostgreSQL (job
# repository and staging tables) and RabbitMQ (the queue of report partitions). See README.md here.
#
#   sudo bash deploy/cluster/services.sh           install what is missing, start both, create the database
#   bash deploy/cluster/services.sh --check        only check that both answer (one line each; exit 1 if one does not)
#        [--db-host=HOST] [--db-port=PORT] [--broker-host=HOST] [--broker-port=PORT]   (with --check; default 127.0.0.1:5432 and :5672)
#
# Safe to run again, and on a machine where both already run: it never stops, uninstalls or
# reconfigures a running service. What it does:
#   PostgreSQL  apt-get install postgresql if no server is installed, and only then binds it to
#               127.0.0.1 (conf.d/role-compare.conf); creates the cluster "main" if there is none; starts
#               it (systemctl, or pg_ctlcluster without systemd); creates the database rolecompare
#               (owner postgres) if missing. With ROLE_COMPARE_DB_PASSWORD set it also sets that as
#               the postgres user's password (then put `password-env: ROLE_COMPARE_DB_PASSWORD` in the
#               job file's cluster.database). Last it checks that postgres can log in over TCP the way
#               role-compare will.
#   RabbitMQ    apt-get install rabbitmq-server if missing, and only then binds it to 127.0.0.1
#               (/etc/rabbitmq/rabbitmq.conf and rabbitmq-env.conf, written before the install so it
#               never listens on other addresses); starts it (systemctl, or rabbitmq-server -detached).
#               With ROLE_COMPARE_BROKER_PASSWORD set it creates (or updates) the user
#               ${ROLE_COMPARE_BROKER_USER:-rolecompare} with that password and all rights on vhost /.
#               The guest user (password guest) works on loopback only.
#
# Opening the services to worker machines (by hand, on the services' machine; then restart them):
#   PostgreSQL  listen_addresses = '*' (or this machine's address) in
#               /etc/postgresql/VER/main/conf.d/role-compare.conf, and a line per network in pg_hba.conf:
#               host rolecompare postgres 10.0.0.0/24 scram-sha-256   (with a password, see above)
#   RabbitMQ    listeners.tcp.default = 5672 in /etc/rabbitmq/rabbitmq.conf (instead of listeners.tcp.local),
#               and a non-guest user (ROLE_COMPARE_BROKER_PASSWORD above): guest may only connect from loopback.
#   Open ports 5432 and 5672 only to the cluster's machines.
set -euo pipefail

DB_NAME=rolecompare
DB_HOST=127.0.0.1
DB_PORT=5432
BROKER_HOST=127.0.0.1
BROKER_PORT=5672
CHECK=0

usage() {
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
}

for arg in "$@"; do
    case $arg in
        --check) CHECK=1 ;;
        --db-host=?*) DB_HOST=${arg#*=} ;;
        --db-port=?*) DB_PORT=${arg#*=} ;;
        --broker-host=?*) BROKER_HOST=${arg#*=} ;;
        --broker-port=?*) BROKER_PORT=${arg#*=} ;;
        -h|--help) usage; exit 0 ;;
        *) echo "services.sh: unknown option '$arg'" >&2; usage >&2; exit 64 ;;
    esac
done

say() { echo "services.sh: $*"; }
fail() { echo "services.sh: $*" >&2; exit 1; }

have_systemd() { [ -d /run/systemd/system ]; }

is_loopback() { case $1 in 127.*|localhost|::1) return 0 ;; *) return 1 ;; esac; }

# --- checks -------------------------------------------------------------------------------------

# PostgreSQL answers on HOST:PORT (pg_isready; a plain TCP connect when the client is not installed).
postgres_up() {
    if command -v pg_isready > /dev/null; then
        pg_isready -q -h "$DB_HOST" -p "$DB_PORT" -t 5
    else
        timeout 5 bash -c "exec 3<>/dev/tcp/$DB_HOST/$DB_PORT" 2> /dev/null
    fi
}

# RabbitMQ answers AMQP on HOST:PORT: the protocol header gets a Connection.Start frame (type 1) back.
amqp_up() {
    local first
    first=$(timeout 5 bash -c "exec 3<>/dev/tcp/$BROKER_HOST/$BROKER_PORT && printf 'AMQP\\x00\\x00\\x09\\x01' >&3 && head -c 1 <&3" 2> /dev/null \
        | od -An -tx1 | tr -d ' \n') || true
    [ "$first" = 01 ]
}

# The local node answers its CLI tools (only for the local broker, as root or rabbitmq).
rabbit_node_up() {
    (cd / && rabbitmq-diagnostics -q ping > /dev/null 2>&1)
}

check_postgres() {
    if postgres_up; then
        say "PostgreSQL on $DB_HOST:$DB_PORT: up (accepting connections)"
    else
        say "PostgreSQL on $DB_HOST:$DB_PORT: DOWN (pg_isready: no answer)"
        return 1
    fi
}

check_rabbitmq() {
    local node=""
    if is_loopback "$BROKER_HOST" && command -v rabbitmq-diagnostics > /dev/null && [ "$(id -u)" = 0 ]; then
        if rabbit_node_up; then node="; rabbitmq-diagnostics ping: ok"; else node="; rabbitmq-diagnostics ping: FAILED"; fi
    fi
    if amqp_up; then
        say "RabbitMQ on $BROKER_HOST:$BROKER_PORT: up (answers AMQP 0-9-1$node)"
    else
        say "RabbitMQ on $BROKER_HOST:$BROKER_PORT: DOWN (no AMQP answer$node)"
        return 1
    fi
}

if [ "$CHECK" = 1 ]; then
    code=0
    check_postgres || code=1
    check_rabbitmq || code=1
    exit $code
fi

# --- install and start --------------------------------------------------------------------------

[ "$(id -u)" = 0 ] || fail "run as root (sudo): it installs and starts services; --check needs no root"
command -v apt-get > /dev/null || fail "needs a Debian or Ubuntu machine (apt-get); on others install PostgreSQL and RabbitMQ by hand"
if [ "$DB_HOST" != 127.0.0.1 ] || [ "$BROKER_HOST" != 127.0.0.1 ]; then
    fail "--db-host and --broker-host only go with --check; the services are set up on this machine"
fi

export DEBIAN_FRONTEND=noninteractive
apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then
        say "apt-get update"
        apt-get update -q > /dev/null
        apt_updated=1
    fi
    say "apt-get install $*"
    apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confold "$@" > /dev/null
}

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
    local seconds=$1
    shift
    for _ in $(seq "$seconds"); do
        "$@" && return 0
        sleep 1
    done
    "$@"
}

as_postgres() { (cd / && runuser -u postgres -- "$@"); }

# PostgreSQL ---------------------------------------------------------------------------------------
pg_fresh=0
if ! ls /usr/lib/postgresql/*/bin/postgres > /dev/null 2>&1; then
    apt_install postgresql postgresql-client
    pg_fresh=1
fi
pg_version=$(pg_lsclusters -h 2> /dev/null | awk '$2 == "main" { v = $1 } END { print v }')
if [ -z "$pg_version" ]; then
    pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    say "creating PostgreSQL cluster $pg_version/main"
    pg_createcluster "$pg_version" main > /dev/null
    pg_fresh=1
fi
pg_conf=/etc/postgresql/$pg_version/main
DB_PORT=$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" { print $3 }')
if [ "$pg_fresh" = 1 ] && [ ! -f "$pg_conf/conf.d/role-compare.conf" ]; then
    mkdir -p "$pg_conf/conf.d"
    printf "# role-compare (deploy/cluster/services.sh): loopback only; see that script for opening it to workers.\nlisten_addresses = '127.0.0.1'\n" \
        > "$pg_conf/conf.d/role-compare.conf"
    chown postgres:postgres "$pg_conf/conf.d/role-compare.conf"
    if pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 == "online" { f = 1 } END { exit !f }'; then
        # only a server this script has just installed is restarted, to bind it to loopback
        say "restarting the new PostgreSQL $pg_version/main to listen on 127.0.0.1 only"
        if have_systemd; then systemctl restart "postgresql@$pg_version-main"; else pg_ctlcluster --skip-systemctl-redirect "$pg_version" main restart; fi
    fi
fi
if pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 == "online" { f = 1 } END { exit !f }'; then
    say "PostgreSQL $pg_version/main is already running (port $DB_PORT); left as it is"
elif have_systemd; then
    say "starting PostgreSQL $pg_version/main (systemctl)"
    systemctl enable --now "postgresql@$pg_version-main"
else
    say "starting PostgreSQL $pg_version/main (pg_ctlcluster; no systemd)"
    pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
fi
wait_for 30 pg_isready -q -h 127.0.0.1 -p "$DB_PORT" || fail "PostgreSQL does not answer on 127.0.0.1:$DB_PORT; see /var/log/postgresql/"
listen=$(as_postgres psql -X -p "$DB_PORT" -Atc 'SHOW listen_addresses')
[ "$listen" = 127.0.0.1 ] || [ "$listen" = localhost ] \
    || say "note: PostgreSQL listens on '$listen' (set before this script; not changed)"

if [ "$(as_postgres psql -X -p "$DB_PORT" -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" = 1 ]; then
    say "database $DB_NAME exists"
else
    as_postgres psql -X -q -p "$DB_PORT" -c "CREATE DATABASE $DB_NAME OWNER postgres"
    say "database $DB_NAME created (owner postgres)"
fi
if [ -n "${ROLE_COMPARE_DB_PASSWORD:-}" ]; then
    # through stdin, so the password shows in no process list
    as_postgres psql -X -q -p "$DB_PORT" -v ON_ERROR_STOP=1 <<< "ALTER ROLE postgres PASSWORD '${ROLE_COMPARE_DB_PASSWORD//\'/\'\'}';"
    say "password of PostgreSQL user postgres set from ROLE_COMPARE_DB_PASSWORD"
fi
how="without a password (trust)"
[ -z "${ROLE_COMPARE_DB_PASSWORD:-}" ] || how="with the password in ROLE_COMPARE_DB_PASSWORD"
if PGPASSWORD=${ROLE_COMPARE_DB_PASSWORD:-} PGCONNECT_TIMEOUT=5 psql -X -w -h 127.0.0.1 -p "$DB_PORT" -U postgres -d "$DB_NAME" -Atc 'SELECT 1' > /dev/null 2>&1; then
    say "postgres can log in to $DB_NAME on 127.0.0.1:$DB_PORT $how"
else
    fail "postgres cannot log in to $DB_NAME on 127.0.0.1:$DB_PORT $how, as role-compare will:" \
        "run again with ROLE_COMPARE_DB_PASSWORD=... set (and password-env: ROLE_COMPARE_DB_PASSWORD in the job file)," \
        "or allow it in $pg_conf/pg_hba.conf"
fi

# RabbitMQ -----------------------------------------------------------------------------------------
if ! command -v rabbitmq-server > /dev/null; then
    # written before the install, so the new broker never listens beyond loopback (the package owns neither file)
    mkdir -p /etc/rabbitmq
    if [ ! -f /etc/rabbitmq/rabbitmq.conf ]; then
        printf '# role-compare (deploy/cluster/services.sh): AMQP on loopback only. For workers on other machines:\n# listeners.tcp.default = 5672 and a non-guest user.\nlisteners.tcp.local = 127.0.0.1:5672\n' \
            > /etc/rabbitmq/rabbitmq.conf
    fi
    if [ ! -f /etc/rabbitmq/rabbitmq-env.conf ]; then
        printf '# role-compare (deploy/cluster/services.sh): node name, epmd and inter-node port on loopback only\nNODENAME=rabbit@localhost\nERL_EPMD_ADDRESS=127.0.0.1\nexport ERL_FLAGS="-kernel inet_dist_use_interface {127,0,0,1}"\n' \
            > /etc/rabbitmq/rabbitmq-env.conf
    fi
    apt_install rabbitmq-server
fi
if rabbit_node_up; then
    say "RabbitMQ is already running; left as it is"
elif have_systemd; then
    say "starting RabbitMQ (systemctl)"
    systemctl enable --now rabbitmq-server
else
    say "starting RabbitMQ (rabbitmq-server -detached; no systemd)"
    (cd / && rabbitmq-server -detached)
fi
wait_for 60 rabbit_node_up || fail "RabbitMQ does not answer rabbitmq-diagnostics ping; see /var/log/rabbitmq/"
wait_for 30 amqp_up || fail "RabbitMQ runs but does not answer AMQP on 127.0.0.1:$BROKER_PORT; see /var/log/rabbitmq/"
if [ -n "${ROLE_COMPARE_BROKER_PASSWORD:-}" ]; then
    broker_user=${ROLE_COMPARE_BROKER_USER:-rolecompare}
    if (cd / && rabbitmqctl -q list_users) | awk '{ print $1 }' | grep -qxF "$broker_user"; then
        (cd / && rabbitmqctl -q change_password "$broker_user" "$ROLE_COMPARE_BROKER_PASSWORD") > /dev/null
        say "RabbitMQ user $broker_user: password updated from ROLE_COMPARE_BROKER_PASSWORD"
    else
        (cd / && rabbitmqctl -q add_user "$broker_user" "$ROLE_COMPARE_BROKER_PASSWORD") > /dev/null
        say "RabbitMQ user $broker_user created"
    fi
    (cd / && rabbitmqctl -q set_permissions -p / "$broker_user" '.*' '.*' '.*') > /dev/null
fi

check_postgres
check_rabbitmq
