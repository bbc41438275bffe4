// What Flask-Admin's templates did in inline onclick attributes, which the admin's
// Content-Security-Policy does not run.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var target = event.target.closest("a[href='#']");
    if (!target) {
      return;
    }
    event.preventDefault();
    if (target.classList.contains("js-model-action") && window.modelActions) {
      window.modelActions.execute(target.getAttribute("data-action"));
    }
  });
})();
