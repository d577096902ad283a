/** Bundles web/src into web/dist/app.js with esbuild; resolves to the files written. */
export function build(opts?: { quiet?: boolean }): Promise<string[]>;
