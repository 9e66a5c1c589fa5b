// Bundles editor.src.js into ../files/editor.js with esbuild (see build.sh).
//
// One change to what the packages do: style-mod, which puts CodeMirror's
// own styles into the page, writes them into a <style> element in a
// document (and uses a constructed stylesheet only in a shadow root). The
// book's pages forbid inline styles (Content-Security-Policy style-src
// 'self'), which blocks that element; a constructed stylesheet
// (document.adoptedStyleSheets) is not inline markup and is allowed. So the
// bundle's style-mod uses the constructed stylesheet in documents too.
import * as esbuild from "esbuild";
import { readFile } from "node:fs/promises";

const adoptInDocuments = {
  name: "style-mod-adopt-in-documents",
  setup(build) {
    build.onLoad({ filter: /style-mod[\\/]src[\\/]style-mod\.js$/ }, async (args) => {
      const src = await readFile(args.path, "utf8");
      const from = "if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {";
      if (!src.includes(from)) throw new Error("style-mod changed: " + from + " is not in " + args.path);
      return { contents: src.replace(from, "if (root.adoptedStyleSheets && win.CSSStyleSheet) {"), loader: "js" };
    });
  },
};

await esbuild.build({
  entryPoints: ["editor.src.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  metafile: true,
  outfile: "../files/editor.js",
  plugins: [adoptInDocuments],
}).then(async (result) => {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(process.argv[2], JSON.stringify(result.metafile));
});
