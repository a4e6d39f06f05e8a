#!/usr/bin/env bash
# A standalone single-node Kafka broker (KRaft: broker and controller in one process), from the Kafka jars on Maven
# Central. No Docker, no download outside Maven Central.
#
#   infra/kafka/kafka.sh start   # in the background; waits until the broker answers; prints the bootstrap address
#   infra/kafka/kafka.sh stop
#   infra/kafka/kafka.sh run     # in the foreground
#
# KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093) and KAFKA_WORK_DIR (infra/kafka/run) change the defaults.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${KAFKA_PORT:-9092}
controller_port=${KAFKA_CONTROLLER_PORT:-9093}
work=${KAFKA_WORK_DIR:-$here/run}
libs=$here/libs
pid_file=$work/kafka.pid

resolve_jars() {
  if [ ! -f "$libs/.complete" ]; then
    echo "Resolving the Kafka broker jars from Maven Central into $libs ..."
    "$root/mvnw" -B -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$libs" -DincludeScope=runtime
    touch "$libs/.complete"
  fi
}

configure() {
  mkdir -p "$work/data"
  cat > "$work/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://localhost:$port,CONTROLLER://localhost:$controller_port
advertised.listeners=PLAINTEXT://localhost:$port
controller.listener.names=CONTROLLER
controller.quorum.bootstrap.servers=localhost:$controller_port
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$work/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  if [ ! -f "$work/data/meta.properties" ]; then
    cluster_id=$(java -Dlog4j.configuration="file:$here/log4j.properties" -cp "$libs/*" kafka.tools.StorageTool random-uuid)
    java -Dlog4j.configuration="file:$here/log4j.properties" -cp "$libs/*" kafka.tools.StorageTool format \
      --standalone -t "$cluster_id" -c "$work/server.properties" >/dev/null
  fi
}

broker() {
  exec java -Xms256m -Xmx512m -Dlog4j.configuration="file:$here/log4j.properties" -cp "$libs/*" kafka.Kafka \
    "$work/server.properties"
}

running() {
  [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

case "${1:-}" in
  run)
    resolve_jars; configure; broker ;;
  start)
    if running; then echo "Kafka already running (pid $(cat "$pid_file")) at localhost:$port"; exit 0; fi
    resolve_jars; configure
    (broker >"$work/kafka.log" 2>&1 &
     echo $! >"$pid_file")
    for _ in $(seq 1 60); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Kafka is up at localhost:$port (pid $(cat "$pid_file"), log $work/kafka.log)"; exit 0
      fi
      running || { echo "Kafka failed to start; see $work/kafka.log" >&2; exit 1; }
      sleep 1
    done
    echo "Kafka did not answer on port $port within 60 s; see $work/kafka.log" >&2; exit 1 ;;
  stop)
    if running; then kill "$(cat "$pid_file")"; echo "Kafka stopped"; else echo "Kafka is not running"; fi
    rm -f "$pid_file" ;;
  *)
    sed -n '2,12p' "$0"; exit 2 ;;
esac
