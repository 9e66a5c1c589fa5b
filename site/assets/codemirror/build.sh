#!/bin/sh
# Builds site/assets/files/editor.js from editor.src.js with the pinned
# packages of package-lock.json (run by `make codemirror`), and the licence
# file beside it that names every package the bundle holds.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
meta=$(mktemp)
trap 'rm -f "$meta"' EXIT
node build.mjs "$meta"
node -e '
const fs = require("fs");
const meta = JSON.parse(fs.readFileSync(process.argv[1]));
const pkgs = new Set();
for (const out of Object.values(meta.outputs))
  for (const f of Object.keys(out.inputs)) {
    const m = f.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (m) pkgs.add(m[1]);
  }
const lines = ["editor.js is CodeMirror 6 bundled with esbuild. It holds these packages,", "each under the MIT licence; their licence text follows.", ""];
for (const p of [...pkgs].sort()) {
  const j = require("./node_modules/" + p + "/package.json");
  if (j.license !== "MIT") throw new Error(p + " is under " + j.license + ", not MIT");
  lines.push("  " + p + "@" + j.version);
}
lines.push("", fs.readFileSync("node_modules/@codemirror/view/LICENSE", "utf8"));
fs.writeFileSync("../files/editor.js.LICENSE.txt", lines.join("\n"));
' "$meta"
