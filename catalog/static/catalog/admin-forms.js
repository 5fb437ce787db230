// After the multiple-choice widgets ("Kiezen"/"Gekozen") are built:
"use strict";
window.addEventListener("load", () => {
  // Their search icons carry an aria-label, which a plain <span> may not have: as an image,
  // the label is read out.
  for (const icon of document.querySelectorAll(".selector .help-tooltip[aria-label]")) {
    icon.setAttribute("role", "img");
  }
  // The widget replaces the list the error summary links to: lead to its search box.
  for (const link of document.querySelectorAll("#foutoverzicht a[href^='#']")) {
    const id = link.getAttribute("href").slice(1);
    if (!document.getElementById(id) && document.getElementById(id + "_input")) {
      link.setAttribute("href", "#" + id + "_input");
    }
  }
});
