/** `?raw` imports: a file's text, inlined at build time (tsup plugin in tsup.config.ts; Vite does it natively in tests). */
declare module '*?raw' {
  const text: string
  export default text
}
