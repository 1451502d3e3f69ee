#!/usr/bin/env bash
# Times ND4J's avx2 and avx512 native builds against each other on the lecture workloads (what decides
# NativeBuildChoice.AVX512_BY_DEFAULT): each round runs every workload once per build, in a fresh JVM, the
# two builds in turn (which one goes first alternates), so the shared machine's drift hits both alike.
# Prints each timed epoch's wall and CPU seconds (the worker JVM's user + system time, all threads: on a
# busy machine it moves far less than the wall time) and, per workload, the median over rounds of
# avx512 / avx2 for both.
#
#   bench/native-builds.sh [ROUNDS]      (default 5; build first: mvn -q package -DskipTests && mvn -q test-compile)
#
# Workloads: four of ./lectern bench's (their worker arguments are Job.training(workload, 60000) and
# Job.imageFitting(ImageSpec.NOTEBOOK)), one warm-up and two timed epochs each; and DL4J's convolutional
# autoencoder of notebook 06 (ConvStepTimes, batch 100, seconds per step, mean of 20 steps).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROUNDS=${1:-5}
[[ $ROUNDS =~ ^[1-9][0-9]?$ ]] || { echo "usage: bench/native-builds.sh [ROUNDS 1-99]" >&2; exit 2; }
[ -f target/lectern.jar ] && [ -d target/test-classes ] || { echo "build first: mvn -q package -DskipTests && mvn -q test-compile" >&2; exit 2; }
[ -f target/test-classpath.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
# A snapshot of the build (hard links), so a rebuild during the run cannot change what is measured.
SNAP=$(mktemp -d)
trap 'rm -rf "$SNAP"' EXIT
cp -al target/lectern.jar target/lib target/classes target/test-classes "$SNAP/"
export OMP_WAIT_POLICY=PASSIVE
JAVA=(java -Xmx4g --add-modules jdk.incubator.vector)
TICKS=$(getconf CLK_TCK)
declare -A WORKER=(
  [ae-b1000]="train --images 60000 --sizes 784,400,784 --activations tanh,sigmoid --loss mse --optimizer sgd --lr 0.98 --batch 1000"
  [dae-l1-b1000]="train --images 60000 --sizes 784,400,784 --activations tanh,sigmoid --loss mse --optimizer adam --lr 0.001 --batch 1000 --noise-mean 0.1 --noise-sigma 0.2 --l1 0.1"
  [clf-b100]="train --images 60000 --sizes 784,400,256,10 --activations tanh,tanh,logsoftmax --loss nll --optimizer sgd --lr 0.1 --batch 100"
  [pe-mlp]="image --images 16384 --size 256 --mapping-size 256 --sigma 10 --width 256 --depth 4 --lr 0.001 --steps 20 --seed 42"
)
WORKLOADS=(ae-b1000 dae-l1-b1000 clf-b100 pe-mlp cae-b100)
OUT=$(mktemp -p "$SNAP")

cpu_seconds() { awk -v t="$TICKS" '{ sub(/^.*\) /, ""); print ($12 + $13) / t }' "/proc/$1/stat"; }

# One fresh JVM for a workload on a build; prints "workload build round wall cpu" per timed epoch.
run_once() {
  local workload=$1 build=$2 round=$3 line pid before after epoch
  if [ "$workload" = cae-b100 ]; then
    LECTERN_NATIVE_BUILD=$build timeout 900 "${JAVA[@]}" -cp "$SNAP/test-classes:$SNAP/classes:$(cat target/test-classpath.txt)" \
      org.lectern.train.bench.ConvStepTimes 100 2>/dev/null \
      | awk -v w="$workload" -v b="$build" -v r="$round" '/^batch 100:/ {print w, b, r, $3 / 1000, $(NF - 4) / 1000}'
    return
  fi
  # shellcheck disable=SC2086
  coproc WORKER_PROC { LECTERN_NATIVE_BUILD=$build exec timeout 900 "${JAVA[@]}" -cp "$SNAP/lectern.jar" \
    org.lectern.bench.WorkerMain ${WORKER[$workload]} 2>/dev/null; }
  exec {to}>&"${WORKER_PROC[1]}" {from}<&"${WORKER_PROC[0]}"
  read -r line <&"$from"
  pid=$(pgrep -P "$WORKER_PROC_PID" java)
  case "$build:$line" in
    avx2:*native_build=AVX2*|avx512:*native_build=AVX-512*) ;;
    *) echo "wrong build for $build: $line" >&2; exit 1 ;;
  esac
  for epoch in 0 1 2; do
    before=$(cpu_seconds "$pid")
    echo epoch >&"$to"
    read -r line <&"$from"
    after=$(cpu_seconds "$pid")
    if ((epoch > 0)); then
      line=${line#*seconds=}
      echo "$workload $build $round ${line%%[[:space:]]*} $(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')"
    fi
  done
  echo quit >&"$to"
  exec {to}>&- {from}<&-
  wait "$WORKER_PROC_PID" || true
}

for ((round = 1; round <= ROUNDS; round++)); do
  for workload in "${WORKLOADS[@]}"; do
    if ((round % 2)); then order=(avx2 avx512); else order=(avx512 avx2); fi
    for build in "${order[@]}"; do
      run_once "$workload" "$build" "$round" | tee -a "$OUT"
    done
  done
done

echo
echo "workload      wall: avx2 s  avx512 s  median avx512/avx2    CPU: avx2 s  avx512 s  median avx512/avx2   rounds"
awk '
  function median(s,   a, n, i, j, x) { n = split(s, a, " "); for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
                                         return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { wall[$1, $2, $3] += $4; cpu[$1, $2, $3] += $5; c[$1, $2, $3]++; walls[$1, $2] = walls[$1, $2] " " $4; cpus[$1, $2] = cpus[$1, $2] " " $5
    if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } r[$3] = 1 }
  END { for (i = 1; i <= n; i++) { k = order[i]; wr = ""; cr = ""; m = 0
          for (q in r) if (c[k, "avx2", q] && c[k, "avx512", q]) {
            wr = wr " " wall[k, "avx512", q] / wall[k, "avx2", q]; cr = cr " " cpu[k, "avx512", q] / cpu[k, "avx2", q]; m++ }
          printf "%-12s %12.3f %9.3f %12.3f %20.3f %9.3f %12.3f %12d\n", k, median(walls[k, "avx2"]), median(walls[k, "avx512"]), median(wr),
                 median(cpus[k, "avx2"]), median(cpus[k, "avx512"]), median(cr), m } }' "$OUT"
