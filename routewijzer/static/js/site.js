/* Progressive enhancement only: every feature here also works without JavaScript. */
(function () {
  "use strict";

  // Quick exit: forget the answers in the background, then leave without a history entry.
  function leave(form) {
    var target = form.getAttribute("data-exit-url");
    try {
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", keepalive: true, redirect: "manual" });
    } catch (e) { /* leave anyway */ }
    document.body.style.display = "none";
    window.location.replace(target);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains("quick-exit")) {
      event.preventDefault();
      leave(form);
    }
  });

  // Escape three times within two seconds also leaves.
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) {
      var form = document.querySelector("form.quick-exit");
      if (form) leave(form);
    }
  });

  // After an htmx swap, move focus to the new content's heading for keyboard and screen reader users.
  document.addEventListener("htmx:afterSettle", function (event) {
    var heading = event.target.querySelector("[data-focus-on-swap], h1");
    if (heading) {
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  });
})();
