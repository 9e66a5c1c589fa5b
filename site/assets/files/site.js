// site.js: what a page does beyond reading. Every part works on the markup
// the site renders and does nothing where that markup is absent.
(function () {
  "use strict";
  var root = document.documentElement;

  // Dark mode: the toggle switches to the theme that is not showing and
  // remembers it; until then the page follows the system.
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function current() {
    return root.getAttribute("data-theme") || (dark.matches ? "dark" : "light");
  }
  var toggle = document.getElementById("theme-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        localStorage.setItem("theme", next);
      } catch (e) {
        // Not remembered; still switched.
      }
    });
  }

  // Copy buttons: a block's code, or a literate program's segments joined.
  function codeOf(figure) {
    var code = figure.querySelector("pre");
    return code ? code.textContent : "";
  }
  // A program is known by its chapter and name, data-id: the page of the
  // whole book has programs of one name in several chapters.
  function programText(id) {
    var text = "";
    var cells = document.querySelectorAll("figure.program");
    for (var i = 0; i < cells.length; i++) {
      if (cells[i].getAttribute("data-id") !== id) continue;
      if (text !== "" && text.slice(-2) !== "\n\n") text += "\n";
      text += codeOf(cells[i]);
    }
    return text;
  }
  function copied(button, ok) {
    var label = button.textContent;
    button.textContent = ok ? "Copied" : "Select and copy";
    button.classList.add(ok ? "done" : "failed");
    setTimeout(function () {
      button.textContent = label;
      button.classList.remove("done", "failed");
    }, 1500);
  }
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button.copy");
    if (!button) return;
    var figure = button.closest("figure");
    var text = button.getAttribute("data-copy") === "program"
      ? programText(figure.getAttribute("data-id"))
      : codeOf(figure);
    if (!navigator.clipboard) {
      copied(button, false);
      return;
    }
    navigator.clipboard.writeText(text).then(
      function () { copied(button, true); },
      function () { copied(button, false); }
    );
  });

  // The contents drawer on narrow screens.
  var menu = document.querySelector(".menu-toggle");
  var sidebar = document.getElementById("sidebar");
  function openMenu(open) {
    document.body.classList.toggle("nav-open", open);
    if (menu) menu.setAttribute("aria-expanded", open ? "true" : "false");
  }
  if (menu && sidebar) {
    menu.addEventListener("click", function () {
      openMenu(!document.body.classList.contains("nav-open"));
    });
    sidebar.addEventListener("click", function (e) {
      if (e.target.closest("a")) openMenu(false);
    });
  }

  // Keys: arrows go to the previous and next page, Escape closes the drawer.
  // Never while the reader types, nor with a modifier held.
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (e.key === "Escape") {
      openMenu(false);
      return;
    }
    var rel = e.key === "ArrowLeft" ? "prev" : e.key === "ArrowRight" ? "next" : "";
    if (!rel) return;
    var link = document.querySelector('.pager a[rel="' + rel + '"]');
    if (link) {
      e.preventDefault();
      location.href = link.href;
    }
  });

  // The on-page navigation marks the section being read.
  var links = document.querySelectorAll(".onpage a[href^='#']");
  if (links.length && "IntersectionObserver" in window) {
    var byId = {};
    var headings = [];
    for (var i = 0; i < links.length; i++) {
      var id = decodeURIComponent(links[i].getAttribute("href").slice(1));
      var h = document.getElementById(id);
      if (h) {
        byId[id] = links[i];
        headings.push(h);
      }
    }
    var visible = {};
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (en) { visible[en.target.id] = en.isIntersecting; });
      var first = null;
      for (var j = 0; j < headings.length; j++) {
        if (visible[headings[j].id]) { first = headings[j].id; break; }
      }
      if (!first) return;
      for (var k in byId) byId[k].classList.toggle("active", k === first);
    }, { rootMargin: "-60px 0px -55% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
  }
})();
