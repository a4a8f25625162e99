#!/usr/bin/env bash
# One command for the benchmark: bench/run.sh [--build] [run.py options, e.g. --sizes 1k,10k --reps 3]
# --build first builds the application jar (./mvnw -q -DskipTests install; not needed when app/target/vico.jar
# is current). Needs Java 17 and Debian's python3-networkx python3-igraph python3-numpy python3-scipy
# libigraph-dev gcc (see bench/README.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "${1:-}" = "--build" ]; then
  shift
  (cd "$here/.." && ./mvnw -q -B -DskipTests install)
fi
exec /usr/bin/python3 "$here/run.py" "$@"
