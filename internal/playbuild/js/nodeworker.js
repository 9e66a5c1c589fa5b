// nodeworker.js runs play/worker.js in node, as a Web Worker would run it,
// for the tests (internal/playbuild's TestWorkerInNode): node has no Web
// Workers, importScripts or fetch of files. Usage:
//
//	node nodeworker.js DIR < requests.json
//
// DIR holds worker.js, wasm_exec.js and runner.wasm; standard input is a
// JSON array of run messages. Each message the worker posts is printed as
// one JSON line, with the wall time since the run started (ms, "ms").
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const dir = process.argv[2];
const requests = JSON.parse(fs.readFileSync(0, "utf8"));

let current = null;
globalThis.self = globalThis;
globalThis.importScripts = (...files) => {
	for (const f of files) vm.runInThisContext(fs.readFileSync(path.join(dir, f), "utf8"), { filename: f });
};
globalThis.fetch = async (url) => {
	const b = fs.readFileSync(path.join(dir, url));
	return { ok: true, status: 200, headers: new Map([["Content-Type", "application/octet-stream"]]), arrayBuffer: async () => b };
};
globalThis.postMessage = (m) => {
	const out = Object.assign({}, m);
	delete out.module;
	out.ms = Math.round(performance.now() - current.start);
	process.stdout.write(JSON.stringify(out) + "\n");
	if (m.type === "done" || m.type === "error") current.resolve();
};
importScripts("worker.js");

(async () => {
	for (const r of requests) {
		await new Promise((resolve) => {
			current = { resolve, start: performance.now() };
			globalThis.onmessage({ data: r });
		});
	}
	process.exit(0);
})();
