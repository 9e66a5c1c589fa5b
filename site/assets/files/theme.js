// theme.js runs in the head, before the page is drawn: it applies the
// reader's remembered choice of light or dark, if any (else the stylesheet
// follows the system), and marks the page as having scripts.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  var theme = null;
  try {
    theme = localStorage.getItem("theme");
  } catch (e) {
    // Storage may be off (a private window): follow the system.
  }
  if (theme === "light" || theme === "dark") {
    root.setAttribute("data-theme", theme);
  }
})();
