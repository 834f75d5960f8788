/** Text files bundled as strings (esbuild's raw-text plugin; Vite/vitest natively). */
declare module '*?raw' {
  const text: string;
  export default text;
}
