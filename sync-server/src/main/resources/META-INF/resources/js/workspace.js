// Progressive enhancement: while a dashboard or queue is open, look for newly synced visits and
// bring the list up to date without a reload. Without JavaScript the pages work the same; a
// reload shows the same content.
(function () {
  var region = document.querySelector('[data-live-region]');
  var script = document.currentScript;
  if (!region || !window.fetch || !window.DOMParser) {
    return;
  }
  var seconds = Math.max(1, parseInt(script && script.getAttribute('data-poll-seconds'), 10) || 15);
  var last = null;
  function poll() {
    fetch('/workspace/updates', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok && r.redirected === false ? r.json() : null; })
      .then(function (u) {
        if (!u) { return; }
        var key = u.latest + '|' + u.awaiting;
        if (last !== null && key !== last) { refresh(); }
        last = key;
      })
      .catch(function () { /* offline for a moment: try again next time */ })
      .then(function () { setTimeout(poll, seconds * 1000); });
  }
  function refresh() {
    fetch(window.location.href, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live-region]');
        if (!fresh) { return; }
        var before = {};
        region.querySelectorAll('[data-note]').forEach(function (row) { before[row.getAttribute('data-note')] = true; });
        region.innerHTML = fresh.innerHTML;
        region.querySelectorAll('[data-note]').forEach(function (row) {
          if (!before[row.getAttribute('data-note')]) { row.classList.add('ds-fresh'); }
        });
      });
  }
  poll();
})();
