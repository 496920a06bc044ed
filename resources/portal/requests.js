// Förfrågningar: ask the portal every few seconds whether a message arrived; reload the page
// when one did, unless the user is writing (a reply or a new request is never thrown away).
(function () {
  "use strict";
  var box = document.querySelector("[data-stamp-url]");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-stamp-url");
  var stamp = box.getAttribute("data-stamp");
  function writing() {
    var areas = document.querySelectorAll("textarea");
    for (var i = 0; i < areas.length; i += 1) {
      if (areas[i].value.trim() !== "") { return true; }
    }
    return false;
  }
  function ask() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (state) {
        if (state && state.stamp !== stamp && !writing()) { window.location.reload(); }
      })
      .catch(function () { /* offline for a moment: ask again next time */ });
  }
  window.setInterval(ask, 4000);
}());
