#!/bin/sh
# The batch service of the Compose and Swarm stacks: submits BatchJob to the Spark cluster (client
# mode, the driver in this container), then again BATCH_INTERVAL_MINUTES after each run ended, so
# two runs never overlap; 0 submits once. The arguments are BatchJob's (--cold-store, --out, ...).
set -eu

home=/opt/chain-explorer/batch/target
interval=${BATCH_INTERVAL_MINUTES:-15}
master=${SPARK_MASTER_URL:-spark://spark-master:7077}
# The executors connect back to the driver: this task's own address on the stack's network.
driver_host=${BATCH_DRIVER_HOST:-$(hostname -i | awk '{print $1}')}

# The cluster has Spark's jars already: only the ones it lacks travel with the job.
jars=""
for jar in "$home"/lib/*.jar; do
  name=$(basename "$jar")
  [ -e "$SPARK_HOME/jars/$name" ] || jars="${jars:+$jars,}$jar"
done

# docker stop: end the running submission (its driver stops the job's executors) and exit.
child=""
trap '[ -z "$child" ] || kill -TERM "$child" 2>/dev/null; exit 143' TERM INT

while :; do
  started=$(date +%s)
  "$SPARK_HOME/bin/spark-submit" --master "$master" --deploy-mode client \
    --conf "spark.driver.host=$driver_host" --conf spark.driver.bindAddress=0.0.0.0 \
    --class io.chainexplorer.batch.job.BatchJob --jars "$jars" "$home/chain-explorer-batch.jar" \
    --master "$master" "$@" &
  child=$!
  if wait "$child"; then
    echo "batch: run ok in $(($(date +%s) - started)) s"
  else
    echo "batch: run failed (exit $?) after $(($(date +%s) - started)) s" >&2
  fi
  child=""
  [ "$interval" -gt 0 ] || exit 0
  sleep $((interval * 60)) &
  child=$!
  wait "$child" || true
  child=""
done
