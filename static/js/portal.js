// The portal's common script: behaviours that templates ask for with data- attributes, because the
// Content-Security-Policy allows no inline script or event handler. Every page still works without it.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // A choice that changes the whole page (language, the consolidated report's directive) applies at once;
  // without the script, the form's <noscript> button sends it.
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }
  // Buttons that only make sense with the script stay hidden without it.
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  for (const button of document.querySelectorAll("[data-history-back]")) {
    if (window.history.length > 1) {
      button.hidden = false;
    }
    button.addEventListener("click", () => window.history.back());
  }
  // A form that destroys something (a draft) asks first.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  }
});
