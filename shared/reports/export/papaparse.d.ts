/**
 * The one function of papaparse shared/ uses, declared here so shared/ does not load
 * @types/papaparse: those types reference Node's (`/// <reference types="node" />`),
 * which would let Node globals type-check in shared/, meant to run in a browser worker too.
 * The minified build is papaparse's browser build (its `browser` field): the plain one
 * requires Node's `stream` and does not bundle for a worker.
 */
declare module 'papaparse/papaparse.min.js' {
  interface UnparseConfig {
    quotes?: boolean;
    delimiter?: string;
    header?: boolean;
    newline?: string;
    escapeFormulae?: boolean;
  }
  const Papa: { unparse(data: string[][], config?: UnparseConfig): string };
  export default Papa;
}
