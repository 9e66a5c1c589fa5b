// Tests of worker.js's MemFS, run by node from the Go test TestMemFS
// (internal/playbuild/node_test.go); node's own assert, no npm packages.
// The calls are those Go's syscall/fs_js.go makes, with node's flags.
"use strict";
const assert = require("node:assert/strict");
const { MemFS, WORK_DIR } = require("./worker.js");

// call calls a MemFS method and returns [err, result]: MemFS calls back at
// once.
function call(fs, name, ...args) {
	let got = null;
	fs[name](...args, (err, res) => { got = [err, res]; });
	assert.ok(got, `${name} called back`);
	return got;
}

function ok(fs, name, ...args) {
	const [err, res] = call(fs, name, ...args);
	assert.equal(err, null, `${name}(${args.join(", ")}): ${err && err.code}`);
	return res;
}

function fails(fs, code, name, ...args) {
	const [err] = call(fs, name, ...args);
	assert.ok(err, `${name}(${args.join(", ")}) fails`);
	assert.equal(err.code, code, `${name}(${args.join(", ")})`);
}

const { O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND } = new MemFS().constants;
const bytes = (s) => new TextEncoder().encode(s);
const text = (b) => new TextDecoder().decode(b);

function readAll(fs, path) {
	const fd = ok(fs, "open", path, 0, 0);
	const buf = new Uint8Array(64);
	const n = ok(fs, "read", fd, buf, 0, buf.length, null);
	ok(fs, "close", fd);
	return text(buf.subarray(0, n));
}

// A fresh file system: the working directory, empty, under /tmp.
{
	const fs = new MemFS();
	assert.equal(fs.cwd, WORK_DIR);
	assert.deepEqual(ok(fs, "readdir", "."), []);
	assert.deepEqual(ok(fs, "readdir", "/"), ["tmp"]);
	assert.ok(ok(fs, "stat", "/tmp").isDirectory());
}

// Create, write, stat, read back; relative and absolute paths agree.
{
	const fs = new MemFS();
	const fd = ok(fs, "open", "a.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o666);
	assert.equal(ok(fs, "write", fd, bytes("hello, "), 0, 7, null), 7);
	assert.equal(ok(fs, "write", fd, bytes("world"), 0, 5, null), 5);
	const st = ok(fs, "fstat", fd);
	assert.equal(st.size, 12);
	assert.equal(st.mode, 0o100644, "a regular file, 0666 less the umask");
	assert.equal(st.isDirectory(), false);
	ok(fs, "close", fd);
	fails(fs, "EBADF", "close", fd);
	assert.equal(readAll(fs, WORK_DIR + "/a.txt"), "hello, world");
	assert.deepEqual(ok(fs, "readdir", WORK_DIR), ["a.txt"]);
}

// Flags: O_EXCL, O_TRUNC, O_APPEND, read-only and write-only descriptors,
// positioned reads and writes (Go's Pread, Pwrite and Seek).
{
	const fs = new MemFS();
	let fd = ok(fs, "open", "f", O_WRONLY | O_CREAT, 0o600);
	ok(fs, "write", fd, bytes("abcdef"), 0, 6, null);
	fails(fs, "EBADF", "read", fd, new Uint8Array(4), 0, 4, null);
	ok(fs, "close", fd);
	fails(fs, "EEXIST", "open", "f", O_WRONLY | O_CREAT | O_EXCL, 0o600);
	fd = ok(fs, "open", "f", O_WRONLY | O_APPEND, 0);
	ok(fs, "write", fd, bytes("gh"), 0, 2, null);
	ok(fs, "close", fd);
	assert.equal(readAll(fs, "f"), "abcdefgh");
	fd = ok(fs, "open", "f", O_RDWR, 0);
	ok(fs, "write", fd, bytes("XY"), 0, 2, 3);
	const buf = new Uint8Array(3);
	assert.equal(ok(fs, "read", fd, buf, 0, 3, 2), 3);
	assert.equal(text(buf), "cXY");
	fails(fs, "EBADF", "write", ok(fs, "open", "f", 0, 0), bytes("z"), 0, 1, null);
	ok(fs, "close", fd);
	ok(fs, "open", "f", O_WRONLY | O_TRUNC, 0);
	assert.equal(ok(fs, "stat", "f").size, 0);
	assert.equal(ok(fs, "stat", "f").mode, 0o100600);
}

// Directories: mkdir, nested files, readdir sorted, rmdir of a non-empty
// one, unlink, rename, missing paths, chdir.
{
	const fs = new MemFS();
	ok(fs, "mkdir", "d", 0o755);
	fails(fs, "EEXIST", "mkdir", "d", 0o755);
	fails(fs, "ENOENT", "mkdir", "x/y", 0o755);
	ok(fs, "close", ok(fs, "open", "d/b", O_CREAT | O_WRONLY, 0o644));
	ok(fs, "close", ok(fs, "open", "d/a", O_CREAT | O_WRONLY, 0o644));
	assert.deepEqual(ok(fs, "readdir", "d"), ["a", "b"]);
	fails(fs, "ENOTDIR", "readdir", "d/a");
	fails(fs, "ENOTEMPTY", "rmdir", "d");
	fails(fs, "EISDIR", "unlink", "d");
	fails(fs, "EISDIR", "open", "d", O_WRONLY, 0);
	fails(fs, "ENOENT", "open", "nothere", 0, 0);
	fails(fs, "ENOENT", "stat", "d/nothere");
	fails(fs, "ENOTDIR", "stat", "d/a/b");
	ok(fs, "rename", "d/a", "c");
	assert.deepEqual(ok(fs, "readdir", "."), ["c", "d"]);
	ok(fs, "unlink", "d/b");
	ok(fs, "rmdir", "d");
	fs.chdir("/tmp");
	assert.equal(fs.cwd, "/tmp");
	assert.deepEqual(ok(fs, "readdir", "run"), ["c"]);
	assert.throws(() => fs.chdir("run/c"), { code: "ENOTDIR" });
	assert.ok(ok(fs, "stat", "..").isDirectory());
	ok(fs, "truncate", "run/c", 3);
	assert.equal(readAll(fs, "/tmp/run/c"), "\0\0\0");
}

// reset empties it: each run starts with an empty working directory.
{
	const fs = new MemFS();
	ok(fs, "close", ok(fs, "open", "left", O_CREAT | O_WRONLY, 0o644));
	fs.chdir("/");
	fs.reset();
	assert.equal(fs.cwd, WORK_DIR);
	assert.deepEqual(ok(fs, "readdir", "."), []);
}

console.log("ok");
