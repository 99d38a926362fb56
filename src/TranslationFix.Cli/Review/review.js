// The review page: decisions are classes on the change elements, so a decision touches one
// element and two counters, never the whole article.
(function () {
  "use strict";
  var token = new URLSearchParams(location.search).get("token") || "";
  var changes = Array.prototype.slice.call(document.querySelectorAll(".chg[data-change-id]"));
  var state = {};          // id -> "accepted" | "rejected"; absent means open
  var decided = 0;
  var current = -1;
  var saved = false;
  var notes = {};
  Array.prototype.forEach.call(document.querySelectorAll("[data-note-for]"), function (n) { notes[n.getAttribute("data-note-for")] = n; });
  var decidedOut = document.querySelector("[data-decided]");
  var openOut = document.querySelector("[data-open]");
  var notice = document.querySelector("[data-open-notice]");
  var banner = document.querySelector("[data-saved]");

  function show() {
    decidedOut.textContent = decided;
    var open = changes.length - decided;
    openOut.textContent = open;
    notice.hidden = open === 0;
  }

  function decide(el, decision, batch) {
    if (saved) return;
    var id = el.getAttribute("data-change-id");
    var before = state[id];
    if (before === decision) return;
    if (!before) decided++;
    state[id] = decision;
    el.classList.remove("accepted", "rejected");
    el.classList.add(decision);
    var note = notes[id];
    if (note) { note.classList.remove("accepted", "rejected"); note.classList.add(decision); }
    if (!batch) show();
  }

  function moveTo(index) {
    if (changes.length === 0) return;
    index = Math.max(0, Math.min(changes.length - 1, index));
    if (current >= 0) {
      changes[current].classList.remove("current");
      var old = notes[changes[current].getAttribute("data-change-id")];
      if (old) old.classList.remove("current");
    }
    current = index;
    var el = changes[current];
    el.classList.add("current");
    var note = notes[el.getAttribute("data-change-id")];
    if (note) note.classList.add("current");
    el.scrollIntoView({ block: "center" });
  }

  function nextOpen() {
    for (var i = current + 1; i < changes.length; i++) if (!state[changes[i].getAttribute("data-change-id")]) return moveTo(i);
  }

  function save() {
    if (saved) return;
    var accepted = [];
    changes.forEach(function (el) { var id = el.getAttribute("data-change-id"); if (state[id] === "accepted") accepted.push(+id); });
    var button = document.querySelector('[data-action="save"]');
    button.disabled = true;
    fetch("/api/save?token=" + encodeURIComponent(token), {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Review-Token": token },
      body: JSON.stringify({ accepted: accepted })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) throw new Error(answer.body.error || "save failed");
      saved = true;
      document.body.classList.add("saved");
      banner.textContent = "Saved " + answer.body.path + ": " + answer.body.accepted + " accepted, " + answer.body.rejected +
        " rejected. The review server has stopped; you can close this tab.";
    }).catch(function (e) {
      document.body.classList.add("failed");
      banner.textContent = "Not saved: " + e.message;
      button.disabled = false;
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-action]");
    if (!target) {
      var chg = event.target.closest(".chg");
      if (chg) moveTo(changes.indexOf(chg));
      return;
    }
    var action = target.getAttribute("data-action");
    var el = target.closest(".chg");
    if (action === "accept" || action === "reject") { decide(el, action === "accept" ? "accepted" : "rejected"); moveTo(changes.indexOf(el)); }
    else if (action === "accept-rule") {
      var rule = target.getAttribute("data-rule");
      // Only the open ones: a change the editor rejected stays rejected.
      changes.forEach(function (c) { if (c.getAttribute("data-rule") === rule && !state[c.getAttribute("data-change-id")]) decide(c, "accepted", true); });
      show();
    }
    else if (action === "save") save();
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var el = current >= 0 ? changes[current] : null;
    switch (event.key) {
      case "j": case "n": case "ArrowDown": if (event.key !== "ArrowDown" || event.shiftKey) { moveTo(current + 1); event.preventDefault(); } break;
      case "k": case "p": case "ArrowUp": if (event.key !== "ArrowUp" || event.shiftKey) { moveTo(current - 1); event.preventDefault(); } break;
      case "a": if (el) { decide(el, "accepted"); nextOpen(); } break;
      case "r": if (el) { decide(el, "rejected"); nextOpen(); } break;
    }
  });

  show();
})();
