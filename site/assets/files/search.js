// search.js: full-text search over search-index.js, the index the build
// writes (one entry a section: its address, title, chapter and text). The
// index is loaded the first time the reader searches, as a script (which
// sets window.searchIndex) rather than fetched, so that search works in a
// page opened from the disk too; "/" focuses the box. A link to an anchor
// no page has any more finds, through the index, the page that has it.
(function () {
  "use strict";
  var MAX_HITS = 12;
  var INDEX = new URL("search-index.js", (document.currentScript && document.currentScript.src) || location.href).href;
  var sections = null;
  var loading = null;

  // loadIndex loads the index once and resolves to its sections.
  function loadIndex() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (window.searchIndex) {
          resolve(window.searchIndex.sections);
          return;
        }
        var script = document.createElement("script");
        script.src = INDEX;
        script.onload = function () {
          if (window.searchIndex) resolve(window.searchIndex.sections);
          else reject(new Error(INDEX + " set no index"));
        };
        script.onerror = function () { reject(new Error(INDEX + " did not load")); };
        document.head.appendChild(script);
      });
      loading.catch(function () { loading = null; }); // a later search tries again
    }
    return loading;
  }

  // A link to an anchor of the seed's one-page layout (index.html#lock, say)
  // finds the page that has the section now.
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash && !document.getElementById(hash)) {
    loadIndex().then(function (all) {
      for (var i = 0; i < all.length; i++) {
        var parts = all[i].u.split("#");
        if (parts[1] === hash && location.pathname.split("/").pop() !== parts[0]) {
          location.replace(all[i].u);
          return;
        }
      }
    }, function () {});
  }

  var input = document.getElementById("search");
  var box = document.getElementById("search-results");
  if (!input || !box) return;
  var index = null;
  var hits = [];
  var selected = -1;

  function load() {
    return loadIndex().then(function (all) {
      if (!index) {
        index = all.map(function (s) {
          return { s: s, title: s.t.toLowerCase(), text: s.x.toLowerCase() };
        });
      }
    });
  }

  function terms(q) {
    return q.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  function count(text, term) {
    var n = 0;
    for (var i = text.indexOf(term); i >= 0 && n < 10; i = text.indexOf(term, i + term.length)) n++;
    return n;
  }

  // Every term must occur in the section's title or text; titles weigh most.
  function search(q) {
    var ts = terms(q);
    if (!ts.length || !index) return [];
    var found = [];
    index.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < ts.length; i++) {
        var inTitle = e.title.indexOf(ts[i]) >= 0;
        var n = count(e.text, ts[i]);
        if (!inTitle && n === 0) return;
        score += (inTitle ? 20 : 0) + n;
      }
      found.push({ e: e, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found.slice(0, MAX_HITS).map(function (f) { return f.e; });
  }

  // snippet is the text around the first term, with the terms marked.
  function snippet(e, ts, into) {
    var text = e.s.x;
    var at = -1;
    for (var i = 0; i < ts.length && at < 0; i++) at = e.text.indexOf(ts[i]);
    if (at < 0) at = 0;
    var start = Math.max(0, at - 50);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < at) start = space + 1;
    }
    var end = Math.min(text.length, at + 110);
    var piece = (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
    var lower = piece.toLowerCase();
    var pos = 0;
    while (pos < piece.length) {
      var next = -1, len = 0;
      for (var j = 0; j < ts.length; j++) {
        var k = lower.indexOf(ts[j], pos);
        if (k >= 0 && (next < 0 || k < next)) { next = k; len = ts[j].length; }
      }
      if (next < 0) {
        into.appendChild(document.createTextNode(piece.slice(pos)));
        break;
      }
      into.appendChild(document.createTextNode(piece.slice(pos, next)));
      var mark = document.createElement("mark");
      mark.textContent = piece.slice(next, next + len);
      into.appendChild(mark);
      pos = next + len;
    }
  }

  function show() {
    var q = input.value;
    box.textContent = "";
    selected = -1;
    if (!terms(q).length) {
      box.hidden = true;
      return;
    }
    hits = search(q);
    if (!hits.length) {
      var none = document.createElement("p");
      none.className = "search-none";
      none.textContent = index ? "Nothing found for “" + q + "”." : "Loading the index…";
      box.appendChild(none);
    }
    var ts = terms(q);
    hits.forEach(function (e) {
      var a = document.createElement("a");
      a.className = "search-hit";
      a.href = e.s.u;
      var where = document.createElement("span");
      where.className = "search-where";
      where.textContent = e.s.c;
      var title = document.createElement("span");
      title.className = "search-title";
      title.textContent = e.s.t;
      var text = document.createElement("span");
      text.className = "search-text";
      snippet(e, ts, text);
      a.appendChild(where);
      a.appendChild(title);
      a.appendChild(text);
      box.appendChild(a);
    });
    box.hidden = false;
  }

  function select(i) {
    var as = box.querySelectorAll("a.search-hit");
    if (!as.length) return;
    selected = (i + as.length) % as.length;
    for (var j = 0; j < as.length; j++) as[j].classList.toggle("selected", j === selected);
    as[selected].scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("focus", function () { load().then(show, function () {}); });
  input.addEventListener("input", function () { load().then(show, function (err) {
    box.textContent = "";
    var p = document.createElement("p");
    p.className = "search-none";
    p.textContent = "The search index could not be loaded.";
    box.appendChild(p);
    box.hidden = false;
    console.warn(err);
  }); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); select(selected + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); select(selected - 1); }
    else if (e.key === "Enter") {
      var as = box.querySelectorAll("a.search-hit");
      var a = as[selected >= 0 ? selected : 0];
      if (a) { e.preventDefault(); a.click(); }
    } else if (e.key === "Escape") {
      input.value = "";
      box.hidden = true;
      input.blur();
    }
  });
  box.addEventListener("click", function (e) {
    if (e.target.closest("a")) box.hidden = true;
  });
  document.addEventListener("click", function (e) {
    if (!e.target.closest(".search")) box.hidden = true;
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
})();
