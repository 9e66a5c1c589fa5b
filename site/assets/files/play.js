// play.js: run and edit the book's programs in the page.
//
// A program's cells have Run, Stop, Edit and Reset buttons (site/render
// writes them; a literate program's earlier segments have Edit only). Run
// sends the program to the runner compiled to WebAssembly, in a Web Worker
// (play/worker.js), on the Go Playground's virtual clock, and shows what it
// prints and whether that matches the book's transcript. The messages
// between this page and the worker are described in play/worker.js: the
// page sends {type: "run", name, source, transcript, test[, module]}; the worker
// answers "ready" (with the compiled module), "output" writes, then "done"
// (exit code, verdict, report, capped) or "error".
//
// Nothing is downloaded before the first Run (the worker, the runner) or
// the first Edit (editor.js, CodeMirror). Edits are kept per segment in
// localStorage under "concbook:edit:CHAPTER/NAME#PART" until Reset.
(function () {
  "use strict";

  var LIMIT_MS = 10000;          // the real-time limit of a run
  var LOAD_MS = 60000;           // the limit of loading the runner
  var OUTPUT_CAP = 1 << 20;      // what the page shows at most (the CLI's cap)
  var STORE = "concbook:edit:";

  // --- programs on the page -------------------------------------------

  // programs maps "chapter/name" to {id, parts: [figure], last: figure,
  // run: the result element, editors: [editor or null]}.
  var programs = {};
  var figures = document.querySelectorAll("figure.program[data-id]");
  for (var i = 0; i < figures.length; i++) {
    var f = figures[i];
    var id = f.getAttribute("data-id");
    var p = programs[id] || (programs[id] = { id: id, parts: [], editors: [], last: null, run: null });
    p.parts.push(f);
    p.editors.push(null);
    var area = f.querySelector(".run");
    if (area) {
      p.last = f;
      p.run = area;
    }
  }

  function programOf(el) {
    var f = el.closest("figure.program[data-id]");
    return f ? { program: programs[f.getAttribute("data-id")], figure: f } : null;
  }

  function partOf(p, figure) { return p.parts.indexOf(figure); }
  function bookCode(figure) { return figure.querySelector("pre").textContent; }
  function key(p, part) { return STORE + p.id + "#" + part; }

  function load(k) {
    try { return localStorage.getItem(k); } catch (e) { return null; }
  }
  function save(k, v) {
    try {
      if (v === null) localStorage.removeItem(k); else localStorage.setItem(k, v);
    } catch (e) {
      // Private mode or full: the edit stays for this visit only.
    }
  }

  // The code of a part as it runs: the editor's, a stored edit's, or the
  // book's.
  function codeOf(p, part) {
    if (p.editors[part]) return p.editors[part].text();
    var stored = load(key(p, part));
    return stored !== null ? stored : bookCode(p.parts[part]);
  }

  function edited(p) {
    for (var i = 0; i < p.parts.length; i++) {
      if (codeOf(p, i) !== bookCode(p.parts[i])) return true;
    }
    return false;
  }

  // The whole program: the segments joined as internal/book's Program.Code
  // joins them.
  function joined(p) {
    var text = "";
    for (var i = 0; i < p.parts.length; i++) {
      if (i > 0 && text.slice(-2) !== "\n\n") text += "\n";
      text += codeOf(p, i);
    }
    return text;
  }

  // A test program runs as go test -v runs it. Its cells say where their
  // code starts in the book (data-test="chapters/CH.md:LINE", site/render),
  // and its source has a //line directive there before each segment, as
  // internal/book's Program.Source writes it: t.Log and t.Error then name
  // the lines that go test names in the book's transcript.
  function isTest(p) { return p.parts[0].hasAttribute("data-test"); }

  function testSource(p) {
    var text = "";
    for (var i = 0; i < p.parts.length; i++) {
      var code = codeOf(p, i);
      text += "//line " + p.parts[i].getAttribute("data-test") + ":1\n" + code;
      if (code.slice(-1) !== "\n") text += "\n";
    }
    return text;
  }

  function button(figure, what) { return figure.querySelector('button[data-play="' + what + '"]'); }

  function showEdited(p) {
    var e = edited(p);
    for (var i = 0; i < p.parts.length; i++) p.parts[i].classList.toggle("edited", e);
    if (p.last) button(p.last, "reset").hidden = !e;
  }

  // --- the editor -------------------------------------------------------

  var editorScript = null;
  function loadEditor() {
    if (window.ConcbookEditor) return Promise.resolve(window.ConcbookEditor);
    if (!editorScript) {
      editorScript = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "editor.js";
        s.onload = function () { resolve(window.ConcbookEditor); };
        s.onerror = function () {
          editorScript = null;
          reject(new Error("the editor (editor.js) did not load"));
        };
        document.head.appendChild(s);
      });
    }
    return editorScript;
  }

  function openEditor(p, part, focus) {
    if (p.editors[part]) {
      if (focus) p.editors[part].focus();
      return Promise.resolve();
    }
    var figure = p.parts[part];
    var edit = button(figure, "edit");
    if (edit) edit.disabled = true;
    return loadEditor().then(function (cm) {
      if (p.editors[part]) return;
      var pre = figure.querySelector("pre");
      var box = document.createElement("div");
      box.className = "editor";
      pre.after(box);
      p.editors[part] = cm.create(box, codeOf(p, part), function (text) {
        save(key(p, part), text === bookCode(figure) ? null : text);
        showEdited(p);
      });
      pre.hidden = true;
      figure.classList.add("editing");
      if (edit) edit.hidden = true;
      if (focus) p.editors[part].focus();
    }, function (err) {
      if (edit) edit.disabled = false;
      note(figure, err.message + ": reload the page to try again.");
    });
  }

  function note(figure, text) {
    var n = figure.querySelector(".play-note");
    if (!n) {
      n = document.createElement("p");
      n.className = "play-note";
      figure.querySelector("pre").before(n);
    }
    n.textContent = text;
  }

  function reset(p) {
    for (var i = 0; i < p.parts.length; i++) {
      save(key(p, i), null);
      var figure = p.parts[i];
      if (p.editors[i]) {
        p.editors[i].destroy();
        p.editors[i] = null;
        figure.querySelector(".editor").remove();
        figure.querySelector("pre").hidden = false;
      }
      figure.classList.remove("editing");
      var edit = button(figure, "edit");
      if (edit) {
        edit.hidden = false;
        edit.disabled = false;
      }
    }
    showEdited(p);
    if (p.run && !p.running) clearRun(p);
  }

  // --- the worker -------------------------------------------------------

  // One worker runs one program at a time; a Run while another program
  // runs waits for it. Stop and the time limit end the worker (Go cannot be
  // interrupted inside it); the next Run starts a new one.
  var worker = null;
  var workerReady = false;
  var compiled = null; // the runner's compiled module, from the first worker
  var current = null;  // the run in progress
  var queue = [];

  function newWorker() {
    var w = new Worker("play/worker.js");
    workerReady = false;
    w.onmessage = function (e) { if (w === worker) receive(e.data); };
    w.onerror = function (e) {
      if (w !== worker) return;
      e.preventDefault();
      fail("the runner did not start" + (e.message ? ": " + e.message : "") + ".");
    };
    return w;
  }

  function endWorker() {
    if (worker) worker.terminate();
    worker = null;
    workerReady = false;
  }

  // limitOf is a program's real-time limit: its fence's timeout= when
  // longer than the default (data-limit, in seconds, on its result element).
  function limitOf(p) {
    var s = p.run && Number(p.run.getAttribute("data-limit"));
    return s > 0 ? s * 1000 : LIMIT_MS;
  }

  function startTimer(r) {
    if (r.timer) return;
    r.started = performance.now();
    var limit = limitOf(r.program);
    r.timer = setTimeout(function () {
      if (current !== r) return;
      endWorker();
      finish(r, "timeout", "timed out after " + limit / 1000 + "s (real time): the program was stopped");
    }, limit);
  }

  function receive(m) {
    var r = current;
    if (!r || !m) return;
    switch (m.type) {
      case "ready":
        workerReady = true;
        // A new worker (after Stop) gets the compiled runner: it need not
        // fetch and compile it again.
        if (m.module) compiled = m.module;
        setStatus(r, "running…");
        clearTimeout(r.timer);
        r.timer = 0;
        startTimer(r);
        break;
      case "output":
        write(r, String(m.text));
        break;
      case "done":
        flush(r);
        r.exitCode = m.exitCode;
        done(r, m);
        break;
      case "error":
        fail("the runner failed: " + m.message);
        break;
    }
  }

  function fail(message) {
    var r = current;
    endWorker();
    if (r) finish(r, "error", message);
  }

  // --- runs -------------------------------------------------------------

  function run(p) {
    if (p.running) return;
    if (location.protocol === "file:") {
      showRun(p);
      p.run.dataset.state = "error";
      setLine(p.run, "run-status", "");
      setLine(p.run, "run-verdict", "Running a program needs the book served over HTTP: browsers do not start its runner from a file. " +
        "In the book's folder, run `make serve` (or `python3 -m http.server -d site/public 8000`) and open the address it prints (127.0.0.1:8000).");
      return;
    }
    var r = { program: p, out: "", shown: 0, pending: "", frame: 0, capped: false, timer: 0 };
    p.running = r;
    showRun(p);
    clearRun(p, true);
    setButtons(p, true);
    setStatus(r, current ? "waiting for " + current.program.id + " to finish…" : "starting…");
    var source = isTest(p) ? Promise.resolve(testSource(p)) :
      edited(p) ? Promise.resolve(joined(p)) : text("programs/" + p.id + ".go", true);
    // A program without a transcript says so under its code (site/render);
    // its run has no verdict.
    var transcript = p.last.querySelector(".no-transcript") ? Promise.resolve("") : text("programs/" + p.id + ".txt", false);
    // The program as the site build lowered it, for the worker to run as
    // it is (internal/playbuild's lowered.go): not once edited.
    var lowered = isTest(p) || edited(p) ? Promise.resolve("") : text("programs/" + p.id + ".lowered.go", false);
    r.inputs = Promise.all([source, transcript, lowered]);
    // The worker starts now, its script loading while the program's files
    // come; next() says so if it cannot start.
    if (!worker && !current) {
      try { worker = newWorker(); } catch (e) { worker = null; }
    }
    queue.push(r);
    next();
  }

  function next() {
    if (current || !queue.length) return;
    var r = queue.shift();
    current = r;
    r.inputs.then(function (inputs) {
      if (current !== r) return;
      try {
        if (!worker) worker = newWorker();
      } catch (e) {
        finish(r, "error", "the browser did not start the runner (" + e.message + ").");
        return;
      }
      setStatus(r, workerReady ? "running…" : "loading the Go runner (once per visit)…");
      if (workerReady) {
        startTimer(r);
      } else {
        r.timer = setTimeout(function () {
          if (current !== r || workerReady) return;
          endWorker();
          finish(r, "error", "the Go runner did not load within " + LOAD_MS / 1000 + "s: check the connection and run again");
        }, LOAD_MS);
      }
      var msg = { type: "run", name: r.program.id, source: inputs[0], transcript: inputs[1], test: isTest(r.program) };
      if (inputs[2]) msg.lowered = inputs[2];
      if (compiled) msg.module = compiled;
      worker.postMessage(msg);
    }, function (err) {
      if (current === r) finish(r, "error", err.message);
    });
  }

  function text(url, required) {
    return fetch(url).then(function (res) {
      if (res.ok) return res.text();
      if (!required && res.status === 404) return "";
      throw new Error("could not load " + url + " (" + res.status + ")");
    });
  }

  function stop(p) {
    var r = p.running;
    if (!r) return;
    if (r === current) endWorker();
    else queue.splice(queue.indexOf(r), 1);
    finish(r, "stopped", "stopped: the program was ended by the Stop button");
  }

  // write queues output and shows it at the next frame, so that a program
  // that prints fast does not hold the page.
  function write(r, s) {
    if (r.capped) return;
    var room = OUTPUT_CAP - r.shown - r.pending.length;
    if (s.length > room) {
      r.pending += s.slice(0, Math.max(room, 0));
      r.capped = true;
      endWorker();
      flush(r);
      finish(r, "capped", "output capped at 1 MiB: the program was stopped");
      return;
    }
    r.pending += s;
    if (!r.frame) r.frame = requestAnimationFrame(function () { r.frame = 0; flush(r); });
  }

  function flush(r) {
    if (!r.pending) return;
    var pre = r.program.run.querySelector(".run-out");
    pre.hidden = false;
    pre.appendChild(document.createTextNode(r.pending));
    r.shown += r.pending.length;
    r.out += r.pending;
    r.pending = "";
  }

  function done(r, m) {
    var area = r.program.run;
    // The worker's final text is the run as a terminal shows it, and as
    // the verdict judged it: a runtime traceback cleaned of the
    // interpreter's frames, then the exit status. It replaces the raw
    // writes streamed so far.
    if (typeof m.output === "string") {
      var pre = area.querySelector(".run-out");
      pre.textContent = m.output.length > OUTPUT_CAP ? m.output.slice(0, OUTPUT_CAP) : m.output;
      pre.hidden = m.output === "";
      r.out = m.output;
    }
    if (m.capped) {
      finish(r, "capped", "output capped at 1 MiB: the program was stopped");
      return;
    }
    // A terminal shows go run's last line for a failed program.
    if (m.exitCode && !/(^|\n)exit status \d+\n?$/.test(r.out)) {
      write(r, (r.out && r.out.slice(-1) !== "\n" ? "\n" : "") + "exit status " + m.exitCode + "\n");
      flush(r);
    }
    if (m.verdict === "match" || m.verdict === "mismatch") area.dataset.verdict = m.verdict;
    // The worker's real milliseconds per step, for benchmarks and tools.
    if (m.timings) area.dataset.timings = JSON.stringify(m.timings);
    if (m.verdict === "match") {
      setLine(area, "run-verdict", "✓ matches the book's transcript");
    } else if (m.verdict === "mismatch") {
      setLine(area, "run-verdict", "✗ differs from the book's transcript" + (edited(r.program) ? " (you edited the program)" : ""));
      setLine(area, "run-report", m.report || "");
    } else {
      setLine(area, "run-verdict", "no transcript to check it against");
    }
    finish(r, "done", "");
  }

  function finish(r, state, message) {
    var p = r.program;
    clearTimeout(r.timer);
    if (r.frame) cancelAnimationFrame(r.frame);
    flush(r);
    p.run.dataset.state = state;
    var took = r.started ? Math.round(performance.now() - r.started) : 0;
    if (state === "done") {
      setStatus(r, (r.exitCode ? "exit status " + r.exitCode : "done") + (took ? " · " + took + " ms real time" : ""));
    } else {
      setStatus(r, "");
      setLine(p.run, "run-verdict", message);
    }
    if (!p.run.querySelector(".run-out").textContent) setLine(p.run, "run-out", state === "done" ? "(no output)" : "");
    p.running = null;
    setButtons(p, false);
    if (current === r) current = null;
    next();
  }

  // --- the result element -------------------------------------------------

  function showRun(p) {
    var area = p.run;
    if (!area.firstChild) {
      var head = element("div", "run-head");
      head.appendChild(element("span", "run-title")).textContent = "Your run";
      head.appendChild(element("span", "run-status"));
      area.appendChild(head);
      area.appendChild(element("pre", "run-out")).hidden = true;
      area.appendChild(element("p", "run-verdict")).hidden = true;
      area.appendChild(element("pre", "run-report")).hidden = true;
    }
    area.hidden = false;
  }

  function element(tag, cls) {
    var el = document.createElement(tag);
    el.className = cls;
    return el;
  }

  function clearRun(p, keep) {
    var area = p.run;
    delete area.dataset.verdict;
    delete area.dataset.timings;
    delete area.dataset.state;
    if (!area.firstChild) return;
    ["run-out", "run-verdict", "run-report"].forEach(function (c) { setLine(area, c, ""); });
    if (!keep) area.hidden = true;
  }

  function setLine(area, cls, s) {
    var el = area.querySelector("." + cls);
    if (!el) return;
    el.textContent = s;
    el.hidden = s === "";
  }

  function setStatus(r, s) { setLine(r.program.run, "run-status", s); }

  // setButtons shows Stop while the program runs, Run otherwise; the focus
  // moves from one to the other, so that a keyboard user can stop and run
  // again without looking for the button.
  function setButtons(p, running) {
    var runButton = button(p.last, "run");
    var stopButton = button(p.last, "stop");
    var focused = document.activeElement === runButton || document.activeElement === stopButton;
    runButton.hidden = running;
    stopButton.hidden = !running;
    if (focused) (running ? stopButton : runButton).focus();
  }

  // --- wiring -------------------------------------------------------------

  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button[data-play]");
    if (!b) return;
    var at = programOf(b);
    if (!at) return;
    var p = at.program;
    switch (b.getAttribute("data-play")) {
      case "run": run(p); break;
      case "stop": stop(p); break;
      case "edit": openEditor(p, partOf(p, at.figure), true); break;
      case "reset": reset(p); break;
    }
  });

  // Ctrl+Enter (Cmd+Enter) in an editor runs its program.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" || !(e.ctrlKey || e.metaKey)) return;
    var at = e.target.closest && e.target.closest(".editor") && programOf(e.target);
    if (!at || !at.program.run) return;
    e.preventDefault();
    run(at.program);
  });

  // Edits kept from an earlier visit open in the editor, so that what runs
  // is what shows.
  Object.keys(programs).forEach(function (id) {
    var p = programs[id];
    for (var i = 0; i < p.parts.length; i++) {
      if (load(key(p, i)) !== null && button(p.parts[i], "edit")) openEditor(p, i, false);
    }
    if (p.last) showEdited(p);
  });

  // For tests and tools: the page's programs and their state.
  window.concbookPlay = {
    programs: function () { return Object.keys(programs).filter(function (id) { return programs[id].run; }); },
    run: function (id) { run(programs[id]); },
    // The editor of a program's part, once open: {text(), set(text), view}.
    editor: function (id, part) { return programs[id].editors[part]; },
  };
})();
