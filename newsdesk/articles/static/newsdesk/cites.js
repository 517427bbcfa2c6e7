// A citation mark opens its source sentence (original and English) beside it; without JavaScript
// the mark is a link to the numbered source sentences above the article.
(function () {
  "use strict";
  var box = document.createElement("div");
  box.className = "cite-popup";
  box.setAttribute("role", "dialog");
  box.hidden = true;
  document.body.appendChild(box);
  var opener = null;

  function close() {
    box.hidden = true;
    if (opener) { opener.setAttribute("aria-expanded", "false"); }
    opener = null;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.cite") : null;
    if (!link) {
      if (!box.contains(event.target)) { close(); }
      return;
    }
    var source = document.getElementById("src-" + link.getAttribute("data-cite"));
    if (!source) { return; }
    event.preventDefault();
    if (opener === link) { close(); return; }
    close();
    box.replaceChildren();
    var heading = document.createElement("p");
    heading.className = "cite-number";
    heading.textContent = "Source sentence " + link.getAttribute("data-cite");
    box.appendChild(heading);
    box.appendChild(source.cloneNode(true)).removeAttribute("id");
    box.setAttribute("aria-label", heading.textContent);
    var rect = link.getBoundingClientRect();
    box.style.top = (window.scrollY + rect.bottom + 6) + "px";
    box.style.left = Math.max(8, Math.min(window.scrollX + rect.left - 40, window.scrollX + document.documentElement.clientWidth - 340)) + "px";
    box.hidden = false;
    opener = link;
    link.setAttribute("aria-expanded", "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !box.hidden) { var o = opener; close(); if (o) { o.focus(); } }
  });
})();
