#!/bin/sh
# Experiment (not part of the product or its tests; needs python3 with numpy and PyYAML): would a
# classifier learnt from the labelled sets' development parts hear what the patterns miss? Trains a
# softmax regression on words and word pairs of the development parts of the sets tuned on, and
# prints counts only (true, false, missed, precision, recall) on the held-out parts and sets 5 and 6:
# the classifier alone, the detector, and the detector with the classifier's reading where the
# detector heard nothing. See "A classifier, measured" in the README.
set -e
mkdir -p .bench/experiments
node -e "import('esbuild').then(({build})=>import('./scripts/yaml-data-plugin.mjs').then(({yamlData})=>build({entryPoints:['bench/experiments/heard.ts'],outfile:'.bench/experiments/heard.cjs',bundle:true,platform:'node',format:'cjs',target:'node20',plugins:[yamlData],logLevel:'warning'})))"
node .bench/experiments/heard.cjs > .bench/experiments/heard.json
python3 bench/experiments/classifier.py .bench/experiments/heard.json "${L2:-1e-4}" "${STEPS:-1200}"
