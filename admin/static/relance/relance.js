// A table wider than a phone scrolls in its own box: that box takes the keyboard focus, so
// it can be scrolled without a mouse (WCAG 2.1.1).
(function () {
  "use strict";
  function focusable() {
    document.querySelectorAll("main table.table").forEach(function (table) {
      if (table.scrollWidth > table.clientWidth + 1) {
        table.setAttribute("tabindex", "0");
      } else {
        table.removeAttribute("tabindex");
      }
    });
  }
  document.addEventListener("DOMContentLoaded", focusable);
  window.addEventListener("resize", focusable);
})();
