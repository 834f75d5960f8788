/** YAML files bundled as parsed data (scripts/yaml-data-plugin.mjs, for esbuild and vitest). */
declare module '*.yaml?data' {
  const data: unknown;
  export default data;
}
