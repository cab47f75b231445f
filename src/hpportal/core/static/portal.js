// Small progressive enhancements; every page works without JavaScript.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.querySelectorAll("input.select-all").forEach(function (box) {
    box.addEventListener("change", function () {
      box.closest("table").querySelectorAll("input[name=selected]").forEach(function (item) {
        item.checked = box.checked;
      });
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // The menu button: without JavaScript a link to #site-menu (shown by :target); here a real toggle.
  var menuButton = document.querySelector("[data-menu-button]");
  var menu = document.getElementById("site-menu");
  if (menuButton && menu) {
    menuButton.setAttribute("role", "button");
    menuButton.setAttribute("aria-expanded", "false");
    menuButton.addEventListener("click", function (event) {
      event.preventDefault();
      var open = !menu.classList.contains("open");
      menu.classList.toggle("open", open);
      menuButton.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) {
        var first = menu.querySelector("a, input");
        if (first) { first.focus(); }
      }
    });
    menuButton.addEventListener("keydown", function (event) {
      if (event.key === " ") { event.preventDefault(); menuButton.click(); }
    });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.classList.contains("open")) {
        menu.classList.remove("open");
        menuButton.setAttribute("aria-expanded", "false");
        menuButton.focus();
      }
    });
  }
  // After a refused submission: move the focus to the error summary, which lists and links the fields.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();
