#!/bin/sh
# Experiment (not part of the product or its tests): bench/experiments/memory-probes.ts on a vault,
# by default the bench's 10,000 notes (npm run bench makes them). Usage:
#   sh bench/experiments/memory-probes.sh stages|allocation [VAULT]
#   sh bench/experiments/memory-probes.sh snapshot VAULT OUT.heapsnapshot
set -e
mkdir -p .bench/experiments
node -e "import('esbuild').then(({build})=>import('./scripts/yaml-data-plugin.mjs').then(({yamlData})=>build({entryPoints:['bench/experiments/memory-probes.ts'],outfile:'.bench/experiments/memory-probes.mjs',bundle:true,platform:'node',format:'esm',target:'node20',plugins:[yamlData],logLevel:'warning',banner:{js:\"import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\"}})))"
node --expose-gc .bench/experiments/memory-probes.mjs "$1" "${2:-.bench/vault-10000}" "$3"
