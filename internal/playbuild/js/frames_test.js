// Tests of worker.js's FrameDecoder, run by node from the Go test
// TestFrameDecoder (internal/playbuild/node_test.go); node's own assert,
// no npm packages.
"use strict";
const assert = require("node:assert/strict");
const { FrameDecoder } = require("./worker.js");

const EPOCH = 1257894000000000000n;

// frame is one faketime write: virtual time t (ns since the epoch) and text.
function frame(t, text) {
	const data = new TextEncoder().encode(text);
	const b = new Uint8Array(16 + data.length);
	const dv = new DataView(b.buffer);
	b.set([0, 0, 0x50, 0x42]);
	dv.setBigUint64(4, EPOCH + BigInt(t));
	dv.setUint32(12, data.length);
	b.set(data, 16);
	return b;
}

function concat(...parts) {
	const n = parts.reduce((s, p) => s + p.length, 0);
	const b = new Uint8Array(n);
	let off = 0;
	for (const p of parts) {
		b.set(p, off);
		off += p.length;
	}
	return b;
}

const text = (ws) => ws.map((w) => [w.at, new TextDecoder().decode(w.data)]);

// Whole frames, one chunk.
{
	const d = new FrameDecoder();
	assert.deepEqual(text(d.feed(concat(frame(0, "a\n"), frame(1e9, "b\n")))), [[0, "a\n"], [1e9, "b\n"]]);
	assert.deepEqual(d.flush(), []);
}

// The runtime writes a frame's header and its data in two writes; any split
// point must give the same writes.
{
	const all = concat(frame(5, "hello, "), frame(3e9 + 1, "world\n"), frame(3e9 + 1, ""));
	for (let cut = 0; cut <= all.length; cut++) {
		for (let cut2 = cut; cut2 <= all.length; cut2 += 7) {
			const d = new FrameDecoder();
			const got = [...d.feed(all.subarray(0, cut)), ...d.feed(all.subarray(cut, cut2)), ...d.feed(all.subarray(cut2)), ...d.flush()];
			assert.deepEqual(text(got), [[5, "hello, "], [3e9 + 1, "world\n"], [3e9 + 1, ""]], `cuts ${cut} ${cut2}`);
		}
	}
}

// Exact times: an hour of virtual time is 3.6e12 ns, within a double's
// exact range.
{
	const d = new FrameDecoder();
	assert.deepEqual(text(d.feed(frame(3600e9 + 7, "x"))), [[3600e9 + 7, "x"]]);
}

// Unframed bytes pass through, stamped with the last frame's time.
{
	const d = new FrameDecoder();
	const got = text([...d.feed(concat(frame(2e9, "a"), new TextEncoder().encode("raw"), frame(4e9, "b"))), ...d.flush()]);
	assert.deepEqual(got, [[2e9, "a"], [2e9, "raw"], [4e9, "b"]]);
}

// An incomplete frame at the end is flushed as it is.
{
	const d = new FrameDecoder();
	const f = frame(1, "abc");
	assert.deepEqual(d.feed(f.subarray(0, 10)), []);
	assert.equal(d.flush()[0].data.length, 10);
}

// Chunks are copied: reusing the caller's buffer does not change a write.
{
	const d = new FrameDecoder();
	const buf = frame(0, "keep");
	const ws = d.feed(buf);
	buf.fill(0);
	assert.equal(new TextDecoder().decode(ws[0].data), "keep");
}

console.log("ok");
