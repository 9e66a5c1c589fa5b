#!/usr/bin/env bash
# soak.sh RUNS: check the whole book RUNS times (default 100) with two
# CPU-burning processes beside it, and report how many runs failed. A book
# that never flakes reports 0; the script exits 1 otherwise.
set -euo pipefail
runs=${1:-100}
cd "$(dirname "$0")/.."

bin=$(mktemp -d)/runner
go build -o "$bin" ./runner
"$bin" check -count=1 >/dev/null 2>&1 || true # builds the workers outside the count

burners=()
cleanup() { kill "${burners[@]}" 2>/dev/null || true; }
trap cleanup EXIT
for _ in 1 2; do
	sh -c 'while :; do :; done' &
	burners+=($!)
done

failed=0
log=$(mktemp)
start=$(date +%s)
for i in $(seq 1 "$runs"); do
	if ! "$bin" check -count=1 >"$log" 2>&1; then
		failed=$((failed + 1))
		echo "run $i failed:"
		grep -A8 -e '--- FAIL' "$log" | head -40
	fi
done
echo "soak: $runs runs of the whole book in $(($(date +%s) - start))s beside 2 CPU burners"
echo "$((runs - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
