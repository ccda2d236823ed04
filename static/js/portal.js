// The portal's only script: behaviours that templates ask for with data- attributes, since the Content-Security-Policy
// allows no inline script or event handler. Every page works without it; it only saves a click.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // A "back" button is shown only when there is a page to go back to.
  for (const button of document.querySelectorAll("[data-history-back]")) {
    if (window.history.length > 1) {
      button.hidden = false;
    }
    button.addEventListener("click", () => window.history.back());
  }
});
