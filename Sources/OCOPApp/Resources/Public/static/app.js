// Progressive enhancement only: every page works without this file.
// A form submits once: the second click of an impatient user does not send it again.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset.submitted === "true") { event.preventDefault(); return; }
  if ((form.method || "get").toLowerCase() === "post") {
    form.dataset.submitted = "true";
    // Disabled after the browser has collected the fields, so the clicked button's value is sent.
    setTimeout(function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  }
});
// Move focus to the error summary so keyboard and screen-reader users hear what to fix.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.setAttribute("tabindex", "-1"); summary.focus(); }
});
// Live result beside a sheet (the "try a sheet" page, a member's sheet, a self-assessment): on each change the result panel is
// fetched again from the same address (the server scores with the one engine) and replaced.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-live]");
  if (!form || !window.fetch) { return; }
  var panel = document.getElementById(form.dataset.live);
  // The attribute, not form.action: a control named "action" would hide the property.
  var address = form.getAttribute("action");
  var pending = 0;
  form.addEventListener("change", function () {
    var params = new URLSearchParams(new FormData(form));
    // The form's tokens never travel in an address (nor stay in the browser's history).
    params.delete("_csrf");
    params.delete("_once");
    params.set("phan", "ket-qua");
    var ticket = ++pending;
    // Busy until the answer to the last change arrives: screen readers wait, and so can a test,
    // instead of reading the result of an earlier click.
    panel.setAttribute("aria-busy", "true");
    fetch(address + "?" + params.toString(), { headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { if (ticket === pending) { panel.innerHTML = html; } })
      .catch(function () { /* the submit button still works */ })
      .then(function () { if (ticket === pending) { panel.setAttribute("aria-busy", "false"); } });
    params.delete("phan");
    // A GET form (the "try a sheet" page) keeps its choices in the address, so a reload or a shared
    // link shows them; a POST form (a member's sheet, a self-assessment) keeps them private: its
    // reload shows the saved draft (issue 10).
    if ((form.getAttribute("method") || "get").toLowerCase() === "get") {
      history.replaceState(null, "", address + "?" + params.toString());
    }
  });
});
// Live validation in the sheet editor: after typing stops, the grid is checked by the server's
// validator (nothing is saved) and the verdict replaces the validation panel.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-validate]");
  if (!form || !window.fetch) { return; }
  var panel = document.getElementById("validation");
  var timer = null;
  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch(form.dataset.validate, { method: "POST", body: new URLSearchParams(new FormData(form)) })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { panel.innerHTML = html; })
        .catch(function () {});
    }, 500);
  });
});

// "In" buttons of printable documents (no inline script: the CSP forbids it).
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("[data-print]");
  if (button) { event.preventDefault(); window.print(); }
});

// Uploads with progress: a form marked data-upload is sent by XMLHttpRequest so that the browser can
// report the bytes sent in its <progress>; the server's answer (the next page, or the form with its
// error) then replaces this page exactly as a normal submission would, flash message included.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (event.defaultPrevented || !form.hasAttribute("data-upload") || !window.XMLHttpRequest || !window.FormData) { return; }
  event.preventDefault();
  var bar = form.querySelector("progress");
  var status = form.querySelector("[data-upload-status]");
  if (bar) { bar.hidden = false; bar.value = 0; }
  var xhr = new XMLHttpRequest();
  xhr.open("POST", form.action);
  // The token in a header lets the server check it before reading the file (no parse of the body).
  var token = form.querySelector("input[name=_csrf]");
  if (token) { xhr.setRequestHeader("X-CSRF-Token", token.value); }
  xhr.upload.addEventListener("progress", function (e) {
    if (!e.lengthComputable) { return; }
    var percent = Math.round(e.loaded * 100 / e.total);
    if (bar) { bar.value = percent; }
    if (status) { status.textContent = "Đang tải lên: " + percent + "%"; }
  });
  xhr.addEventListener("load", function () {
    var address = xhr.responseURL || form.action;
    document.open();
    document.write(xhr.responseText);
    document.close();
    history.replaceState(null, "", address);
  });
  xhr.addEventListener("error", function () {
    if (status) { status.textContent = "Không tải lên được vì mất kết nối. Vui lòng thử lại."; }
    delete form.dataset.submitted;
    form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = false; });
  });
  xhr.send(new FormData(form));
});

// Live boards: an element with data-refresh is replaced every 10 seconds by the fragment at that address.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-refresh]").forEach(function (element) {
    if (!window.fetch) { return; }
    setInterval(function () {
      fetch(element.dataset.refresh, { headers: { "Accept": "text/html" } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { element.innerHTML = html; })
        .catch(function () { /* keep the last board */ });
    }, 10000);
  });
});
// On a phone the header's menu folds behind one button (app.css hides it only under `.js`, so without
// this file the menu stays open).
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  var toggle = document.getElementById("menu-toggle");
  var menu = document.getElementById("main-menu");
  if (!toggle || !menu) { return; }
  toggle.addEventListener("click", function () {
    var open = menu.classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
});
// Tables become stacked cards on a phone: each cell is labelled with its column's heading (app.css
// shows the label only below 40rem). Editing grids keep their columns.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("table").forEach(function (table) {
    if (table.classList.contains("grid") || !table.tHead) { return; }
    var headings = Array.prototype.map.call(table.tHead.rows[0].cells, function (cell) { return cell.textContent.trim(); });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (!cell.hasAttribute("data-label") && headings[column]) { cell.setAttribute("data-label", headings[column]); }
          column += cell.colSpan || 1;
        });
      });
    });
    table.classList.add("cards");
  });
});
// Tỉnh rồi xã: choosing a province refills the commune list with its communes (CommunePicker).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("select[data-communes]").forEach(function (province) {
    var communes = document.getElementById(province.getAttribute("data-commune-select"));
    if (!communes) { return; }
    province.addEventListener("change", function () {
      var prompt = communes.options[0];
      prompt.textContent = province.value ? "— Chọn xã, phường —" : "— Chọn tỉnh, thành phố trước —";
      while (communes.options.length > 1) { communes.remove(1); }
      var asked = province.value;
      if (!asked) { return; }
      fetch(province.getAttribute("data-communes") + "?tinh=" + encodeURIComponent(asked), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (list) {
          if (province.value !== asked) { return; } // a later choice's list is on its way
          list.forEach(function (commune) { communes.add(new Option(commune.name, commune.code)); });
        });
    });
  });
});
