// Small progressive enhancements; every page works without JavaScript.
(function () {
  "use strict";
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
})();
