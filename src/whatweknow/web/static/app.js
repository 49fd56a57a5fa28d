// whatweknow pages: the record under the pointer in a side panel, and the highlight of the
// cited stretch of an article (on load and when the #anchor changes). No inline code: the
// Content-Security-Policy allows only this file. Records are shown with textContent (never
// parsed as HTML).
"use strict";

(function () {
  function highlight() {
    document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) { return; }
    var target = document.getElementById(id);
    if (!target) { return; }
    var key = target.getAttribute("data-ann");
    var pieces = key ? document.querySelectorAll('[data-ann="' + CSS.escape(key) + '"]') : [];
    pieces.forEach(function (el) { el.classList.add("hl"); });
    target.classList.add("hl");
    target.scrollIntoView({ block: "center" });
    if (typeof target.focus === "function") { target.focus({ preventScroll: true }); }
  }

  function showRecord(el) {
    var panel = document.getElementById("record-panel");
    if (!panel) { return; }
    var raw = el.getAttribute("data-record");
    var text = raw;
    try { text = JSON.stringify(JSON.parse(raw), null, 2); } catch (e) { /* shown as it is */ }
    panel.querySelector(".record-title").textContent = el.getAttribute("title") || "";
    panel.querySelector(".record-body").textContent = text;
    panel.hidden = false;
  }

  function onPointer(event) {
    var el = event.target.closest ? event.target.closest("[data-record]") : null;
    if (el) { showRecord(el); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    highlight();
    document.addEventListener("mouseover", onPointer);
    document.addEventListener("focusin", onPointer);
    window.addEventListener("hashchange", highlight);
  });
  // the browser scrolls to the anchor itself once the page has loaded: centre it again
  window.addEventListener("load", function () {
    var target = document.querySelector(".hl[id]");
    if (target) { target.scrollIntoView({ block: "center" }); }
  });
})();
