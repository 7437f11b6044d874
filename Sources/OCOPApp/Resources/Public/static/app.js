// Progressive enhancement only: every page works without this file.
// A form submits once: the second click of an impatient user does not send it again.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset.submitted === "true") { event.preventDefault(); return; }
  if ((form.method || "get").toLowerCase() === "post") {
    form.dataset.submitted = "true";
    form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
  }
});
// Move focus to the error summary so keyboard and screen-reader users hear what to fix.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.setAttribute("tabindex", "-1"); summary.focus(); }
});
