#!/usr/bin/env bash
# Bounded fuzzing run of the text, HTML and feed harnesses, one after another.
#   fuzz/run.sh SECONDS        (default 60 each; CI may run ~60, by hand run longer)
# Findings (crash-*, timeout-*, oom-*) land in fuzz/artifacts/; exit status 1 if any.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PYTHON:-python}"
SECONDS_EACH="${1:-60}"
"$PY" "$HERE/build_corpus.py" >/dev/null
mkdir -p "$HERE/artifacts"
status=0
for target in text html feed; do
    mkdir -p "$HERE/work/$target"
    echo "== fuzz_$target for ${SECONDS_EACH}s"
    "$PY" "$HERE/fuzz_$target.py" "$HERE/work/$target" "$HERE/corpus/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$HERE/artifacts/${target}-" -print_final_stats=1 \
        2>"$HERE/artifacts/$target.log" || status=1
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|Traceback|crash-|timeout-" \
        "$HERE/artifacts/$target.log" | head -20
done
exit $status
