#!/bin/bash
# Clean a corpus on a shared file system as a Slurm job array, one task per shard:
#   sbatch --export=ALL,IN=/shared/corpus,OUT=/shared/cleaned examples/slurm/rewrite-array.sh
# TFIX: the tfix binary on the shared file system (a self-contained publish, see examples/spark/README.md).
#SBATCH --job-name=tfix-rewrite
#SBATCH --array=1-16
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=02:00:00
#SBATCH --output=tfix-rewrite-%A_%a.log
set -euo pipefail
: "${IN:?set IN to the corpus folder}" "${OUT:?set OUT to the output folder}"
TFIX="${TFIX:-$HOME/tfix/tfix}"
K="$SLURM_ARRAY_TASK_ID"            # 1-based, as --shard wants
N="$SLURM_ARRAY_TASK_COUNT"
mkdir -p "$OUT/.tfix-reports"
report="$OUT/.tfix-reports/shard-$K.jsonl"
touch "$report"                     # a re-queued task resumes from its own report
# Exit 2: some file was skipped (listed in the report); treat it as done.
"$TFIX" rewrite "$IN" --out-dir "$OUT" --shard "$K/$N" --jobs "${SLURM_CPUS_PER_TASK:-1}" \
  --report "$report" --since-report "$report" || [ $? -eq 2 ]
