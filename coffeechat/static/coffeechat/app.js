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

// Send actions (outreach/_send_actions.html): copy a message's text, and say "Sending…"
// while the mail server is being asked, so a second click does not send it twice.
(function () {
  "use strict";

  function say(hintId, text) {
    var hint = hintId && document.getElementById(hintId);
    if (hint) hint.textContent = text;
  }

  // Without the clipboard API (an old browser, or a page not served from this computer):
  // show the text selected, and copy it the old way if the browser still allows that.
  function selectInstead(text, source, hintId) {
    var area = source;
    if (!area) {
      area = document.createElement("textarea");
      area.className = "copy-text";
      area.readOnly = true;
      document.body.appendChild(area);
    }
    area.value = text;
    area.hidden = false;
    area.focus();
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    if (!source) area.remove();
    say(hintId, copied ? "Copied." : "The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.");
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy], [data-copy-value]");
    if (!button) return;
    var source = button.dataset.copy ? document.getElementById(button.dataset.copy) : null;
    var text = source ? source.value : button.dataset.copyValue || "";
    var hintId = button.dataset.copyHint;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { say(hintId, "Copied."); },
        function () { selectInstead(text, source, hintId); }
      );
    } else {
      selectInstead(text, source, hintId);
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("[data-send-form]")) return;
    var button = event.submitter;
    var action = (button && button.getAttribute("formaction")) || form.getAttribute("action") || "";
    // A download or the mail program leaves the page as it is: nothing to wait for.
    if (!button || /\/(eml|mailto)\/$/.test(action)) return;
    window.setTimeout(function () {
      button.disabled = true;
      button.textContent = "Sending…";
    }, 0);
  });
})();

// The composer: choosing another kind of message refills the text from that kind's
// template, unless the user has already changed the text (then "Start again from the
// template" does it on request, and the text is checked as the new kind). Without
// JavaScript that button is the way. One request, not two, so neither cancels the other.
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var kind = event.target.closest && event.target.closest("[data-compose-kind]");
    if (!kind || !kind.form) return;
    var body = kind.form.querySelector("textarea[name=body]");
    var fill = kind.form.querySelector("button[name=action][value=fill]");
    if (body && fill && body.value.trim() === (body.getAttribute("data-filled") || "").trim()) {
      fill.click(); // the new composer comes back with its own findings
    } else if (window.htmx) {
      htmx.trigger(kind, "lint"); // keep the text; check it as the new kind
    }
  });
})();

// A refused htmx action shows its message in #refusal (base.html). It goes away with the
// next request, a click on it, or Escape.
(function () {
  "use strict";
  function clear() {
    var box = document.getElementById("refusal");
    if (box) box.textContent = "";
  }
  document.addEventListener("htmx:beforeRequest", clear);
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("#refusal")) clear();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") clear();
  });
})();
