/* Progressive enhancement only: every feature here also works without JavaScript. */
(function () {
  "use strict";

  // Quick exit: forget the answers in the background, then leave without a history entry.
  function leave(form) {
    var target = form.getAttribute("data-exit-url");
    try {
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", keepalive: true, redirect: "manual" });
    } catch (e) { /* leave anyway */ }
    document.body.hidden = true;
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

  // A step that htmx could not send (no network, a 403 or 500): send the form the normal way,
  // so the person gets a real page instead of nothing.
  function fallback(event) {
    var elt = event.detail && event.detail.elt;
    if (elt && elt.tagName === "FORM" && !elt.classList.contains("quick-exit")) {
      elt.submit();
    }
  }
  document.addEventListener("htmx:responseError", fallback);
  document.addEventListener("htmx:sendError", fallback);

  // Print: a button that only exists with JavaScript, and the reasons unfolded on paper.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-print]");
    if (button) window.print();
  });
  function showPrintButtons(root) {
    var buttons = (root || document).querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false;
  }
  document.addEventListener("DOMContentLoaded", function () { showPrintButtons(document); });
  document.addEventListener("htmx:load", function (event) { showPrintButtons(event.target); });
  window.addEventListener("beforeprint", function () {
    var details = document.querySelectorAll("details:not([open])");
    for (var i = 0; i < details.length; i++) {
      details[i].setAttribute("open", "");
      details[i].setAttribute("data-print-opened", "");
    }
  });
  window.addEventListener("afterprint", function () {
    var details = document.querySelectorAll("details[data-print-opened]");
    for (var i = 0; i < details.length; i++) {
      details[i].removeAttribute("open");
      details[i].removeAttribute("data-print-opened");
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
