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

// The open flags MemFS takes (Linux's values); Go's syscall package reads
// them from fs.constants when an instance starts.
const O = { O_WRONLY: 1, O_RDWR: 2, O_CREAT: 0o100, O_EXCL: 0o200, O_TRUNC: 0o1000, O_APPEND: 0o2000, O_DIRECTORY: 0o200000 };
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
// The working directory of a run, empty at its start, as the command line
// gives each program a fresh temporary directory.
const WORK_DIR = "/tmp/run";

// fsError is the error Go's syscall package maps by its code (ENOENT...).
function fsError(code) {
	const e = new Error(code);
	e.code = code;
	return e;
}

// MemFS is a file system in memory, in the shape of node's fs module as Go's
// syscall/fs_js.go calls it (callbacks, node's flags and stat fields): a
// run's program can create, write, read, list and remove files and
// directories, all gone when the next run starts (reset). It has / , /tmp
// and the working directory; no links, owners or devices. File descriptors
// 0, 1 and 2 are the program's standard streams, which the worker handles.
class MemFS {
	constructor() {
		this.constants = O;
		this.reset();
	}

	reset() {
		this.ino = 0;
		this.root = this._node(S_IFDIR | 0o755);
		this.fds = new Map();
		this.nextFD = 3;
		this.cwd = "/";
		this.mkdirAll("/tmp");
		this.mkdirAll(WORK_DIR);
		this.cwd = WORK_DIR;
	}

	mkdirAll(path) {
		let dir = this.root;
		for (const name of this._parts(path)) {
			if (!dir.entries.has(name)) dir.entries.set(name, this._node(S_IFDIR | 0o755));
			dir = dir.entries.get(name);
		}
	}

	_node(mode) {
		const now = Date.now();
		const n = { mode, ino: ++this.ino, atimeMs: now, mtimeMs: now, ctimeMs: now };
		if (mode & S_IFDIR) n.entries = new Map();
		else n.data = new Uint8Array(0), n.size = 0;
		return n;
	}

	_parts(path) {
		if (typeof path !== "string" || path === "") throw fsError("ENOENT");
		const abs = path.startsWith("/") ? path : this.cwd + "/" + path;
		const parts = [];
		for (const p of abs.split("/")) {
			if (p === "" || p === ".") continue;
			if (p === "..") parts.pop();
			else parts.push(p);
		}
		return parts;
	}

	// _lookup returns {parent, name, node} for path: node undefined when
	// the path's last name does not exist in its (existing) parent.
	_lookup(path) {
		const parts = this._parts(path);
		let dir = this.root;
		for (let i = 0; i < parts.length - 1; i++) {
			const next = dir.entries.get(parts[i]);
			if (!next) throw fsError("ENOENT");
			if (!next.entries) throw fsError("ENOTDIR");
			dir = next;
		}
		if (parts.length === 0) return { parent: null, name: "", node: this.root };
		const name = parts[parts.length - 1];
		return { parent: dir, name, node: dir.entries.get(name) };
	}

	_existing(path) {
		const at = this._lookup(path);
		if (!at.node) throw fsError("ENOENT");
		return at.node;
	}

	_fd(fd) {
		const f = this.fds.get(fd);
		if (!f) throw fsError("EBADF");
		return f;
	}

	_stat(n) {
		const size = n.entries ? 4096 : n.size;
		return {
			dev: 1, ino: n.ino, mode: n.mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size,
			blksize: 4096, blocks: Math.ceil(size / 512),
			atimeMs: n.atimeMs, mtimeMs: n.mtimeMs, ctimeMs: n.ctimeMs,
			isDirectory() { return !!n.entries; },
		};
	}

	_resize(n, size) {
		if (size > n.data.length) {
			const grown = new Uint8Array(Math.max(size, n.data.length * 2));
			grown.set(n.data.subarray(0, n.size));
			n.data = grown;
		} else if (size < n.size) {
			n.data.fill(0, size, n.size);
		}
		n.size = size;
		n.mtimeMs = n.ctimeMs = Date.now();
	}

	// _do runs f and hands its result, or the error it throws, to the
	// callback, as node's asynchronous calls do.
	_do(callback, f) {
		let result;
		try {
			result = f();
		} catch (e) {
			callback(e.code ? e : fsError("EIO"));
			return;
		}
		callback(null, result);
	}

	open(path, flags, mode, callback) {
		this._do(callback, () => {
			const at = this._lookup(path);
			let n = at.node;
			if (n) {
				if ((flags & O.O_CREAT) && (flags & O.O_EXCL)) throw fsError("EEXIST");
				if (n.entries && (flags & (O.O_WRONLY | O.O_RDWR))) throw fsError("EISDIR");
				if ((flags & O.O_DIRECTORY) && !n.entries) throw fsError("ENOTDIR");
				if ((flags & O.O_TRUNC) && !n.entries) this._resize(n, 0);
			} else {
				if (!(flags & O.O_CREAT) || !at.parent) throw fsError("ENOENT");
				n = this._node(S_IFREG | (mode & 0o777 & ~0o022));
				at.parent.entries.set(at.name, n);
			}
			const fd = this.nextFD++;
			this.fds.set(fd, { node: n, flags, pos: 0 });
			return fd;
		});
	}

	close(fd, callback) {
		this._do(callback, () => { this._fd(fd); this.fds.delete(fd); });
	}

	fstat(fd, callback) { this._do(callback, () => this._stat(this._fd(fd).node)); }
	stat(path, callback) { this._do(callback, () => this._stat(this._existing(path))); }
	lstat(path, callback) { this.stat(path, callback); }

	read(fd, buffer, offset, length, position, callback) {
		if (fd === 0) { callback(null, 0); return; } // standard input is empty
		this._do(callback, () => {
			const f = this._fd(fd);
			if (f.node.entries) throw fsError("EISDIR");
			if (f.flags & O.O_WRONLY) throw fsError("EBADF");
			const at = position === null || position === undefined ? f.pos : position;
			const n = Math.max(0, Math.min(length, f.node.size - at));
			buffer.set(f.node.data.subarray(at, at + n), offset);
			if (position === null || position === undefined) f.pos += n;
			return n;
		});
	}

	write(fd, buffer, offset, length, position, callback) {
		if (fd === 1 || fd === 2) { callback(null, this.writeSync(fd, buffer.subarray(offset, offset + length))); return; }
		this._do(callback, () => {
			const f = this._fd(fd);
			if (!(f.flags & (O.O_WRONLY | O.O_RDWR))) throw fsError("EBADF");
			const n = f.node;
			let at = position === null || position === undefined ? f.pos : position;
			if (f.flags & O.O_APPEND) at = n.size;
			if (at + length > n.size) this._resize(n, at + length);
			n.data.set(buffer.subarray(offset, offset + length), at);
			n.mtimeMs = n.ctimeMs = Date.now();
			if (position === null || position === undefined) f.pos = at + length;
			return length;
		});
	}

	readdir(path, callback) {
		this._do(callback, () => {
			const n = this._existing(path);
			if (!n.entries) throw fsError("ENOTDIR");
			return [...n.entries.keys()].sort();
		});
	}

	mkdir(path, perm, callback) {
		this._do(callback, () => {
			const at = this._lookup(path);
			if (at.node) throw fsError("EEXIST");
			at.parent.entries.set(at.name, this._node(S_IFDIR | (perm & 0o777 & ~0o022)));
		});
	}

	unlink(path, callback) {
		this._do(callback, () => {
			const at = this._lookup(path);
			if (!at.node) throw fsError("ENOENT");
			if (at.node.entries) throw fsError("EISDIR");
			at.parent.entries.delete(at.name);
		});
	}

	rmdir(path, callback) {
		this._do(callback, () => {
			const at = this._lookup(path);
			if (!at.node) throw fsError("ENOENT");
			if (!at.node.entries) throw fsError("ENOTDIR");
			if (!at.parent) throw fsError("EBUSY");
			if (at.node.entries.size) throw fsError("ENOTEMPTY");
			at.parent.entries.delete(at.name);
		});
	}

	rename(from, to, callback) {
		this._do(callback, () => {
			const src = this._lookup(from);
			if (!src.node) throw fsError("ENOENT");
			const dst = this._lookup(to);
			if (dst.node && dst.node !== src.node) {
				if (dst.node.entries && !src.node.entries) throw fsError("EISDIR");
				if (!dst.node.entries && src.node.entries) throw fsError("ENOTDIR");
				if (dst.node.entries && dst.node.entries.size) throw fsError("ENOTEMPTY");
			}
			src.parent.entries.delete(src.name);
			dst.parent.entries.set(dst.name, src.node);
		});
	}

	truncate(path, length, callback) {
		this._do(callback, () => {
			const n = this._existing(path);
			if (n.entries) throw fsError("EISDIR");
			this._resize(n, length);
		});
	}

	ftruncate(fd, length, callback) {
		this._do(callback, () => {
			const f = this._fd(fd);
			if (f.node.entries) throw fsError("EISDIR");
			this._resize(f.node, length);
		});
	}

	chmod(path, mode, callback) {
		this._do(callback, () => { const n = this._existing(path); n.mode = (n.mode & ~0o7777) | (mode & 0o7777); });
	}

	fchmod(fd, mode, callback) {
		this._do(callback, () => { const n = this._fd(fd).node; n.mode = (n.mode & ~0o7777) | (mode & 0o7777); });
	}

	utimes(path, atime, mtime, callback) {
		this._do(callback, () => { const n = this._existing(path); n.atimeMs = atime * 1000; n.mtimeMs = mtime * 1000; });
	}

	fsync(fd, callback) { this._do(callback, () => { this._fd(fd); }); }

	chown(path, uid, gid, callback) { callback(fsError("EPERM")); }
	fchown(fd, uid, gid, callback) { callback(fsError("EPERM")); }
	lchown(path, uid, gid, callback) { callback(fsError("EPERM")); }
	link(path, link, callback) { callback(fsError("ENOSYS")); }
	symlink(path, link, callback) { callback(fsError("ENOSYS")); }
	readlink(path, callback) { callback(fsError("EINVAL")); } // no links: none is one

	// chdir is process.chdir: it throws, as node's does.
	chdir(path) {
		const n = this._existing(path);
		if (!n.entries) throw fsError("ENOTDIR");
		this.cwd = "/" + this._parts(path).join("/");
	}

	// writeSync is replaced by the worker: standard output and error.
	writeSync(fd, buf) { return buf.length; }
}

if (typeof module !== "undefined") {
	module.exports = { FrameDecoder, MemFS, WORK_DIR };
}

// The worker proper; not when a test loads this file for FrameDecoder.
if (typeof importScripts === "function") {
	// The programs' file system, in memory, emptied before each run
	// (MemFS); wasm_exec.js keeps an fs that is already there.
	const fsys = new MemFS();
	globalThis.fs = fsys;
	importScripts("wasm_exec.js");
	globalThis.process.cwd = () => fsys.cwd;
	globalThis.process.chdir = (path) => fsys.chdir(path);

	// Where writes go: the run in progress, or the console.
	let sink = null;
	const decoder = new TextDecoder("utf-8");
	const consoleWrite = (fd, buf) => {
		console.log(decoder.decode(buf));
		return buf.length;
	};
	fsys.writeSync = (fd, buf) => (sink ? sink(fd, buf) : consoleWrite(fd, buf));

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
		// A collection that stops the world: under faketime the
		// concurrent one starves (internal/engine/gcdebug.go). The run
		// instance gives the program an empty environment back.
		go.env = { GODEBUG: "gcstoptheworld=1", CONCBOOK_GODEBUG: "" };
		const st = { go, exitCode: null, failure: null, start: null };
		go.exit = (code) => { st.exitCode = code; };
		st.ready = (async () => {
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
	// writes, and resolves to {exitCode, capped, bytes}. A test program
	// (test) runs its Test functions as go test -v does. A raw program is
	// the reader's, which the instance lowers first (handleRun).
	async function runProgram(st, source, test, raw) {
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
		fsys.reset();
		delete globalThis.concbookSignaled;
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
			guard(() => st.start(source, test, raw));
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
		// A program that died of a signal it sent itself (signals_js.go)
		// says which.
		const signal = capped ? undefined : globalThis.concbookSignaled;
		return { exitCode: capped ? -1 : st.exitCode, capped, bytes, signal };
	}

	let readySent = false;
	let busy = false;

	async function handleRun(msg) {
		const t0 = performance.now();
		const mod = await loadModule(msg.module);
		const t1 = performance.now();
		if (!readySent) {
			readySent = true;
			postMessage({ type: "ready", module: mod });
		}
		const transcript = msg.transcript || "";
		const name = msg.name || "";
		const test = !!msg.test;
		// The worker's first run starts no service instance before the
		// program: its run instance type-checks and lowers the program
		// itself (main_js.go), so that the output comes one instance
		// start sooner, and the service starts after, for the verdict.
		const first = !servePromise;
		let service = null;
		let t2 = t1;
		let t3 = t1;
		if (msg.lowered) {
			// The site build lowered the program ahead, as the service
			// would (internal/playbuild's lowered.go): run it as it is.
			msg = Object.assign({}, msg, { source: msg.lowered });
		} else if (!first) {
			service = await startService(mod);
			t2 = performance.now();
			const prep = service.prepare(msg.source, test);
			t3 = performance.now();
			if (prep.error) throw new Error(prep.error);
			if (prep.compileError !== undefined) return compileFailed(prep.compileError, service, transcript, name, { load: t1 - t0, service: t2 - t1, prepare: t3 - t2 });
			msg = Object.assign({}, msg, { source: prep.source });
		}
		const st = takeInstance(mod);
		await st.ready;
		const t4 = performance.now();
		delete globalThis.concbookPrepared;
		const raw = first && !msg.lowered;
		const result = await runProgram(st, msg.source, test, raw);
		const t5 = performance.now();
		let t6 = t5;
		if (raw) {
			const prep = globalThis.concbookPrepared || {};
			if (prep.error) throw new Error(prep.error);
			if (prep.compileError !== undefined) {
				service = await startService(mod);
				return compileFailed(prep.compileError, service, transcript, name, { load: t1 - t0, service: performance.now() - t5, prepare: t5 - t4 });
			}
		}
		if (!service) {
			service = await startService(mod);
			t6 = performance.now();
		}
		const v = service.verdict(result.bytes, result.exitCode, result.capped, transcript, name, result.signal);
		const t7 = performance.now();
		return {
			type: "done",
			exitCode: result.exitCode,
			signal: result.signal,
			verdict: v.verdict,
			report: v.report,
			output: v.output,
			capped: result.capped,
			// Real milliseconds of each step, for benchmarks and curious
			// readers: fetching and compiling the runner (the first run
			// only), starting its service (likewise; after the run on the
			// first run), type-checking and lowering (on the first run,
			// inside the run), starting the run's Go instance (unless one
			// was ready), the run, and the verdict.
			timings: { load: t1 - t0, service: t6 > t5 ? t6 - t5 : t2 - t1, prepare: t3 - t2, start: t4 - t3, run: t5 - t4, verdict: t7 - t6 },
		};
	}

	// compileFailed is the reply to a program that does not compile: the
	// compiler's lines are its output, and it exits with status 1, as go
	// run does.
	function compileFailed(lines, service, transcript, name, timings) {
		const out = lines + "\n";
		postMessage({ type: "output", text: out, at: 0 });
		const t = performance.now();
		const v = service.verdict(new TextEncoder().encode(out), 1, false, transcript, name);
		return {
			type: "done",
			exitCode: 1,
			verdict: v.verdict,
			report: v.report,
			output: v.output,
			capped: false,
			timings: Object.assign({ load: 0, service: 0, prepare: 0, start: 0, run: 0 }, timings, { verdict: performance.now() - t }),
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
