// The in-page runner's Web Worker (see internal/playbuild and
// PLAY-PROTOCOL-CHANGES.md for the messages). It runs the book's runner,
// compiled to WebAssembly (runner.wasm: runner/worker built for js/wasm
// with -tags faketime and a patched runtime), in two kinds of Go instances
// of one module:
//
//   - one "serve" instance for the worker's life: concbook.prepare
//     type-checks and lowers a program, concbook.verdict judges a run
//     against the program's transcript with the runner's matcher;
//   - one "run" instance per run, which interprets the lowered program on
//     the virtual clock and exits with its status.
//
// Under faketime the Go runtime frames each write to fd 1 and 2 (fs.writeSync
// here): "\0\0PB", 8 bytes of virtual time (Unix ns, big endian), 4 bytes of
// length (big endian), then the bytes. FrameDecoder turns them back into
// writes, each with its virtual time since the program started.
"use strict";

// The faketime clock starts at 2009-11-10 23:00:00 UTC.
const FAKE_EPOCH = 1257894000000000000n;
// Output is capped like the command line's (internal/engine's
// DefaultOutput).
const OUTPUT_LIMIT = 1 << 20;
const MAGIC = [0, 0, 0x50, 0x42];
const HEADER = 16;

// FrameDecoder decodes the framed stream of a faketime Go program, fed in
// chunks of any size. Bytes outside frames (none in practice) are passed
// through with the time of the last frame.
class FrameDecoder {
	constructor() {
		this.buf = new Uint8Array(0);
		this.last = 0;
	}

	// feed takes a chunk (copied) and returns the complete writes in it:
	// [{at: ns since start, data: Uint8Array}].
	feed(chunk) {
		const b = new Uint8Array(this.buf.length + chunk.length);
		b.set(this.buf);
		b.set(chunk, this.buf.length);
		const out = [];
		let i = 0;
		while (i < b.length) {
			if (!this._magicAt(b, i)) {
				// Unframed bytes, up to the next possible frame.
				let j = i + 1;
				while (j < b.length && !this._magicAt(b, j)) j++;
				if (j === b.length && this._partialMagic(b, i)) break;
				out.push({ at: this.last, data: b.slice(i, j) });
				i = j;
				continue;
			}
			if (b.length - i < HEADER) break;
			const dv = new DataView(b.buffer, b.byteOffset + i, HEADER);
			const t = dv.getBigUint64(4);
			const n = dv.getUint32(12);
			if (b.length - i - HEADER < n) break;
			this.last = Number(t - FAKE_EPOCH);
			out.push({ at: this.last, data: b.slice(i + HEADER, i + HEADER + n) });
			i += HEADER + n;
		}
		this.buf = b.slice(i);
		return out;
	}

	// flush returns what is left: bytes of an incomplete frame, as they are.
	flush() {
		const rest = this.buf;
		this.buf = new Uint8Array(0);
		return rest.length ? [{ at: this.last, data: rest }] : [];
	}

	_magicAt(b, i) {
		if (b.length - i < MAGIC.length) return this._partialMagic(b, i);
		return b[i] === 0 && b[i + 1] === 0 && b[i + 2] === 0x50 && b[i + 3] === 0x42;
	}

	// _partialMagic reports whether the bytes from i to the end are the
	// start of the magic.
	_partialMagic(b, i) {
		for (let k = i; k < b.length; k++) {
			if (b[k] !== MAGIC[k - i]) return false;
		}
		return true;
	}
}

if (typeof module !== "undefined") {
	module.exports = { FrameDecoder };
}

// The worker proper; not when a test loads this file for FrameDecoder.
if (typeof importScripts === "function") {
	importScripts("wasm_exec.js");

	// Where writes go: the run in progress, or the console.
	let sink = null;
	const fsys = globalThis.fs;
	const consoleWrite = fsys.writeSync.bind(fsys);
	fsys.writeSync = (fd, buf) => (sink ? sink(fd, buf) : consoleWrite(fd, buf));
	// Standard input is empty, as on the command line: a read is at its end.
	const read = fsys.read.bind(fsys);
	fsys.read = (fd, buffer, offset, length, position, callback) =>
		fd === 0 ? callback(null, 0) : read(fd, buffer, offset, length, position, callback);

	// The compiled module, shared by every instance; the page may hand it
	// over so that a new worker does not compile it again.
	let modulePromise = null;
	function loadModule(given) {
		if (given) modulePromise = Promise.resolve(given);
		if (!modulePromise) {
			modulePromise = (async () => {
				if (self.location && self.location.protocol === "file:") {
					throw new Error("the page runner cannot load runner.wasm from a file:// page: serve the site's folder over HTTP (for one, python3 -m http.server) and open it from there");
				}
				const resp = await fetch("runner.wasm");
				if (!resp.ok) throw new Error(`fetching runner.wasm: ${resp.status} ${resp.statusText}`);
				if (WebAssembly.compileStreaming && (resp.headers.get("Content-Type") || "").startsWith("application/wasm")) {
					return WebAssembly.compileStreaming(resp);
				}
				return WebAssembly.compile(await resp.arrayBuffer());
			})();
			modulePromise.catch(() => { modulePromise = null; });
		}
		return modulePromise;
	}

	// The serve instance, started once.
	let servePromise = null;
	function startService(mod) {
		if (!servePromise) {
			servePromise = (async () => {
				const go = new Go();
				go.argv = ["runner", "serve"];
				go.exit = (code) => { throw new Error(`the runner's service exited with status ${code}`); };
				const inst = await WebAssembly.instantiate(mod, go.importObject);
				go.run(inst); // returns once Go waits for calls: concbook is set
				if (!globalThis.concbook) throw new Error("the runner did not start its service");
				return globalThis.concbook;
			})();
		}
		return servePromise;
	}

	// CAPPED unwinds the run instance when the output limit is reached.
	const CAPPED = { capped: true };

	// A run instance is started ahead of its run (startInstance): its Go
	// runtime and packages initialise, then it waits for the program in
	// concbookStart. The worker keeps one ready for the next run.
	let warm = null;

	function startInstance(mod) {
		const go = new Go();
		go.argv = ["prog", "run"];
		go.env = {};
		const st = { go, exitCode: null, failure: null, start: null };
		go.exit = (code) => { st.exitCode = code; };
		st.ready = (async () => {
			delete globalThis.concbookProgram;
			delete globalThis.concbookStart;
			const inst = await WebAssembly.instantiate(mod, go.importObject);
			go.run(inst).catch((e) => {
				if (e !== CAPPED && st.exitCode === null && !st.failure) st.failure = e;
			});
			st.start = globalThis.concbookStart;
			if (typeof st.start !== "function") throw new Error("the runner's run instance did not start");
		})();
		st.ready.catch(() => {});
		return st;
	}

	function takeInstance(mod) {
		const st = warm || startInstance(mod);
		warm = null;
		return st;
	}

	// runProgram runs a lowered program in a started instance, posting its
	// writes, and resolves to {exitCode, capped, bytes}.
	async function runProgram(st, source) {
		await st.ready;
		const go = st.go;
		const dec = new FrameDecoder();
		const text = new TextDecoder("utf-8");
		const chunks = [];
		let total = 0;
		let capped = false;
		const emit = (writes) => {
			for (const w of writes) {
				let data = w.data;
				if (total + data.length > OUTPUT_LIMIT) {
					data = data.subarray(0, OUTPUT_LIMIT - total);
					capped = true;
				}
				total += data.length;
				chunks.push(data);
				const s = text.decode(data, { stream: !capped });
				if (s) postMessage({ type: "output", text: s, at: w.at });
				if (capped) throw CAPPED;
			}
		};
		const guard = (f) => {
			try {
				f();
			} catch (e) {
				if (e !== CAPPED && st.exitCode === null && !st.failure) st.failure = e;
			}
		};
		sink = (fd, buf) => {
			if (capped) throw CAPPED;
			emit(dec.feed(buf)); // feed copies: buf is a view of Go's memory
			return buf.length;
		};
		try {
			// The program runs during this call, which returns when it has
			// exited or when Go has nothing left to do: under faketime the
			// runtime schedules no timers (it jumps the clock), so that is
			// a deadlock.
			guard(() => st.start(source));
			if (st.exitCode === null && !capped && !st.failure && go._scheduledTimeouts.size === 0) {
				// Resume Go with event 0, as wasm_exec_node.js does when
				// node finds nothing left to do: the runtime then reports
				// "all goroutines are asleep - deadlock!" and exits 2.
				go._pendingEvent = { id: 0 };
				guard(() => go._resume());
			}
			if (!capped) emit(dec.flush());
		} catch (e) {
			if (e !== CAPPED) throw e;
		} finally {
			sink = null;
		}
		if (!capped && st.exitCode === null) {
			throw st.failure || new Error("the program stopped without exiting: it waits for something the page cannot give");
		}
		const bytes = new Uint8Array(total);
		let off = 0;
		for (const c of chunks) {
			bytes.set(c, off);
			off += c.length;
		}
		return { exitCode: capped ? -1 : st.exitCode, capped, bytes };
	}

	let readySent = false;
	let busy = false;

	async function handleRun(msg) {
		const mod = await loadModule(msg.module);
		const service = await startService(mod);
		if (!readySent) {
			readySent = true;
			postMessage({ type: "ready", module: mod });
		}
		const transcript = msg.transcript || "";
		const name = msg.name || "";
		const t0 = performance.now();
		const prep = service.prepare(msg.source);
		const t1 = performance.now();
		if (prep.error) throw new Error(prep.error);
		let result;
		if (prep.compileError !== undefined) {
			const out = prep.compileError + "\n";
			postMessage({ type: "output", text: out, at: 0 });
			result = { exitCode: 1, capped: false, bytes: new TextEncoder().encode(out) };
		} else {
			result = await runProgram(takeInstance(mod), prep.source);
		}
		const t2 = performance.now();
		const v = service.verdict(result.bytes, result.exitCode, result.capped, transcript, name);
		const t3 = performance.now();
		return {
			type: "done",
			exitCode: result.exitCode,
			verdict: v.verdict,
			report: v.report,
			output: v.output,
			capped: result.capped,
			// Real milliseconds of each step, for benchmarks and curious readers.
			timings: { prepare: t1 - t0, run: t2 - t1, verdict: t3 - t2 },
		};
	}

	self.onmessage = async (e) => {
		const msg = e.data || {};
		if (msg.type !== "run") {
			postMessage({ type: "error", message: `unknown message type ${JSON.stringify(msg.type)}` });
			return;
		}
		if (busy) {
			postMessage({ type: "error", message: "a program is already running in this worker" });
			return;
		}
		busy = true;
		let reply;
		try {
			reply = await handleRun(msg);
		} catch (err) {
			reply = { type: "error", message: String((err && err.message) || err) };
		}
		busy = false; // before the reply: the page may send the next run at once
		postMessage(reply);
		// The next run's instance starts now, while the reader reads.
		if (modulePromise && !warm) {
			modulePromise.then((mod) => { if (!warm) warm = startInstance(mod); }, () => {});
		}
	};
}
