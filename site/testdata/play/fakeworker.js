// A stand-in for play/worker.js in the page's tests: it speaks the worker's
// protocol without running Go, so that the tests see what the page does
// with each kind of end. What it does depends on a marker in the source:
//
//   FAKE:loop     never answers (a busy loop: only terminate ends it)
//   FAKE:flood    prints 64 KiB chunks without end
//   FAKE:fail     reports that the runner failed
//   FAKE:panic    prints a goroutine's panic and exits with status 2
//   otherwise     prints "ran NAME" and compares the source with the
//                 book's (programs/NAME.go): the same source matches.
//
// A run that comes with the program lowered ahead (m.lowered) must be of
// the book's source, and the lowered text the site's (programs/NAME.lowered.go):
// the real worker runs it instead of the source, so a page that sent it
// with an edited program would run the book's. Such a run fails.
"use strict";
// Like the real worker, it is ready a moment after it starts, and keeps the
// runs it is sent before that.
var ready = false, waiting = [];
setTimeout(function () {
  ready = true;
  postMessage({ type: "ready" });
  waiting.forEach(run);
}, 20);
onmessage = function (e) {
  if (e.data.type !== "run") return;
  if (ready) run(e.data); else waiting.push(e.data);
};
function run(m) {
  var src = m.source;
  if (src.indexOf("FAKE:loop") >= 0) {
    for (;;) {}
  }
  if (src.indexOf("FAKE:flood") >= 0) {
    var chunk = new Array(64 * 1024 + 1).join("x");
    var send = function () {
      postMessage({ type: "output", text: chunk, at: 0 });
      setTimeout(send, 0);
    };
    send();
    return;
  }
  if (src.indexOf("FAKE:fail") >= 0) {
    postMessage({ type: "error", message: "fake failure" });
    return;
  }
  if (src.indexOf("FAKE:panic") >= 0) {
    postMessage({ type: "output", text: "panic: boom\n\ngoroutine 18 [running]:\n", at: 0 });
    postMessage({ type: "done", exitCode: 2, verdict: "none", report: "", capped: false });
    return;
  }
  var text = function (url) { return fetch(url).then(function (r) { return r.ok ? r.text() : ""; }); };
  Promise.all([text("../programs/" + m.name + ".go"), m.lowered ? text("../programs/" + m.name + ".lowered.go") : ""]).then(function (files) {
    var book = files[0];
    if (m.lowered && (src !== book || m.lowered !== files[1])) {
      postMessage({ type: "error", message: "the page sent the book's lowered program with another source" });
      return;
    }
    postMessage({ type: "output", text: "ran " + m.name + "\n", at: 1000 });
    var same = book === src;
    postMessage({
      type: "done", exitCode: 0,
      verdict: m.transcript === "" ? "none" : same ? "match" : "mismatch",
      report: same ? "" : "line 1: got \"edited\", want \"book\"",
      capped: false,
    });
  });
}
