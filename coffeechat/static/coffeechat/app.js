// coffeechat: drag a pipeline card to another column. The buttons on each card do the
// same from the keyboard; this only adds the mouse and touchpad way.
(function () {
  "use strict";

  function board() { return document.querySelector("[data-board]"); }

  document.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest(".board-card");
    if (!card) return;
    event.dataTransfer.setData("text/plain", card.dataset.id);
    event.dataTransfer.effectAllowed = "move";
    card.classList.add("dragging");
  });

  document.addEventListener("dragend", function (event) {
    var card = event.target.closest && event.target.closest(".board-card");
    if (card) card.classList.remove("dragging");
    document.querySelectorAll(".column.drop-ok").forEach(function (c) { c.classList.remove("drop-ok"); });
  });

  document.addEventListener("dragover", function (event) {
    var column = event.target.closest && event.target.closest(".column");
    if (!column || !board()) return;
    event.preventDefault();
    column.classList.add("drop-ok");
  });

  document.addEventListener("dragleave", function (event) {
    var column = event.target.closest && event.target.closest(".column");
    if (column && !column.contains(event.relatedTarget)) column.classList.remove("drop-ok");
  });

  document.addEventListener("drop", function (event) {
    var column = event.target.closest && event.target.closest(".column");
    if (!column) return;
    event.preventDefault();
    column.classList.remove("drop-ok");
    var card = document.getElementById("card-" + event.dataTransfer.getData("text/plain"));
    if (!card || card.dataset.status === column.dataset.status) return;
    if (column.dataset.status === "scheduled") {
      // Scheduling needs the agreed time: open the card's own form instead.
      var details = card.querySelector("details.schedule");
      if (details) {
        details.open = true;
        details.querySelector("input[type=datetime-local]").focus();
        return;
      }
    }
    htmx.ajax("POST", card.dataset.moveUrl, {
      target: "#board",
      swap: "outerHTML",
      values: { status: column.dataset.status, from: "board" },
    });
  });

  // The profile: offer the browser's own time zone when the form holds another.
  document.addEventListener("DOMContentLoaded", function () {
    var hint = document.querySelector("[data-zone-hint]");
    var input = document.getElementById("id_timezone");
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!hint || !input || !zone || input.value === zone) return;
    var use = hint.querySelector("[data-zone-use]");
    use.textContent = zone;
    use.addEventListener("click", function () { input.value = zone; hint.hidden = true; });
    hint.hidden = false;
  });

  // After the board is redrawn, keep the keyboard where the user was: on the moved card.
  document.addEventListener("htmx:afterSwap", function () {
    var moved = document.querySelector(".board-card[data-focus]");
    if (moved) moved.focus();
  });
})();
