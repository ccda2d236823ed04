// The import preview's agency mapping without losing one's place: a name mapped (or an agency created) is sent in the
// background, and the preview, read again with the new name, replaces the page's content where the person is,
// instead of the page loading again at its top. Without this script the forms send the page again, as before.
"use strict";

document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!form.closest(".unmatched") || !window.fetch) {
    return;
  }
  event.preventDefault();
  const status = document.getElementById("mapping-status");
  const buttons = form.querySelectorAll("button");
  buttons.forEach((button) => (button.disabled = true));
  let answer;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    });
    answer = await response.json();
  } catch (error) {
    form.submit(); // the server could not be asked in the background: send the page as without the script
    return;
  }
  if (!answer.ok) {
    buttons.forEach((button) => (button.disabled = false));
    if (status) {
      status.textContent = answer.message;
      status.classList.add("error");
    }
    return;
  }
  const page = await fetch(window.location.href, { credentials: "same-origin" });
  const fresh = new DOMParser().parseFromString(await page.text(), "text/html");
  const main = document.querySelector("main");
  const freshMain = fresh.querySelector("main");
  if (!main || !freshMain || fresh.getElementById("progress")) {
    window.location.reload(); // a large file is read again by the worker: its page follows the progress
    return;
  }
  const { scrollX, scrollY } = window;
  main.replaceChildren(...freshMain.childNodes);
  window.scrollTo(scrollX, scrollY);
  const freshStatus = document.getElementById("mapping-status");
  if (freshStatus) {
    freshStatus.textContent = answer.message;
  }
});
