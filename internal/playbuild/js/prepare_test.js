// prepare_test.js asks the page runner's service instance to prepare
// programs, as the page does, for internal/playbuild's
// TestLoweredAheadIsThePages. Usage:
//
//	node prepare_test.js WASM_EXEC.js RUNNER.wasm < sources.json
//
// Standard input is a JSON array of program sources; the output is a JSON
// array of what the service answered for each ({source} or
// {compileError} or {error}).
"use strict";
const fs = require("fs");
globalThis.fs = fs;
globalThis.path = require("path");
globalThis.crypto ??= require("crypto");
require(require("path").resolve(process.argv[2]));

const sources = JSON.parse(fs.readFileSync(0, "utf8"));
const go = new Go();
go.argv = ["runner", "serve"];
go.env = {};
WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject).then((r) => {
	go.run(r.instance);
	const out = sources.map((s) => Object.assign({}, globalThis.concbook.prepare(s, false)));
	// Written whole before exit (a pipe may take it in parts).
	const b = Buffer.from(JSON.stringify(out));
	for (let off = 0; off < b.length; ) off += fs.writeSync(1, b, off);
	process.exit(0);
});
