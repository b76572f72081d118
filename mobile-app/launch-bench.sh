#!/usr/bin/env bash
# The tablet's launch to its caseload, measured as ./doorstep demo runs the app (docs/benchmarks.md, "Tablet launch"):
# the packaged jars (mobile-app/target/lib, plus the test jar for LaunchBench itself), with an AppCDS archive written
# by a first launch, then RUNS launches from that archive, each from a fresh copy of an enrolled tablet's home
# (40 cached cases, 200 queued notes, server unreachable). TYPING_MS: how long the "person" takes to type the PIN.
#   mobile-app/launch-bench.sh [RUNS] [TYPING_MS]     (after ./mvnw -B -o -q -pl mobile-app -am package -DskipTests)
# Needs xvfb-run when there is no display. Prints the load average before each run: the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
TYPING="${2:-0}"
OUT=mobile-app/target/launch-bench
# LAUNCH_BENCH_JARS: a folder laid out as mobile-app/target (the two jars and lib/), e.g. a copy of an earlier build.
JARS="${LAUNCH_BENCH_JARS:-mobile-app/target}"
APP="$JARS/mobile-app-0.1.0-SNAPSHOT.jar"
TESTS="$JARS/mobile-app-0.1.0-SNAPSHOT-tests.jar"
[ -f "$APP" ] && [ -f "$TESTS" ] || { echo "Build first: ./mvnw -B -o -q -pl mobile-app -am package -DskipTests" >&2; exit 1; }

# A copy of the jars, so a build meanwhile cannot change what the archive was made from.
rm -rf "$OUT" && mkdir -p "$OUT/lib"
cp "$APP" "$TESTS" "$OUT/" && cp "$JARS"/lib/*.jar "$OUT/lib/"
CP="$OUT/$(basename "$TESTS"):$OUT/$(basename "$APP"):$OUT/lib/*"
RUN=(java -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP")
DISPLAY_RUN=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then DISPLAY_RUN=(xvfb-run -a); fi

"${RUN[@]}" org.doorstep.app.ui.LaunchBench prepare "$OUT/home"
launch() {
  rm -rf "$OUT/run" && cp -r "$OUT/home" "$OUT/run"
  "${DISPLAY_RUN[@]}" "${RUN[@]}" "$@" org.doorstep.app.ui.LaunchBench launch "$OUT/run" "$TYPING"
}
echo "first launch, writing the AppCDS archive (as ./doorstep demo's first launch after a build):"
launch -XX:ArchiveClassesAtExit="$OUT/app.jsa"
for i in $(seq 1 "$RUNS"); do
  echo "run $i, $(uptime | sed 's/.*load/load/')"
  launch -XX:SharedArchiveFile="$OUT/app.jsa"
done
