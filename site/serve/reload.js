// reload.js is the serve command's, never part of the site: the server adds
// it to every page it serves (as /_reload.js) and it reloads the page when
// the site is rebuilt, keeping the place the reader was at.
(function () {
  var key = "reload-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () {
      window.scrollTo(0, Number(saved));
    });
  }
  var events = new EventSource("/_reload");
  events.addEventListener("reload", function () {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
  events.addEventListener("problems", function (e) {
    console.warn("site: " + e.data);
  });
})();
