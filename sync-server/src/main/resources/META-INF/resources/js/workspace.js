// Progressive enhancement: while a dashboard or queue is open, look for newly synced visits and
// bring the list up to date without a reload. Without JavaScript the pages work the same; a
// reload shows the same content.
// R13-auto-logout: an open page locks itself (goes to sign-in) after the idle timeout, with a
// warning a minute before that offers to stay signed in (WCAG 2.2.1). The server ends the session
// itself at the same moment; the page's own requests below say they are background
// (X-Doorstep-Background), so polling never keeps an unattended session alive.
(function () {
  var script = document.currentScript;
  var lock = parseInt(script && script.getAttribute('data-lock-seconds'), 10);
  var warning = document.getElementById('idle-warning');
  if (!lock || !warning) { return; }
  var warnTimer, lockTimer;
  function arm() {
    clearTimeout(warnTimer);
    clearTimeout(lockTimer);
    warning.hidden = true;
    warnTimer = setTimeout(function () { warning.hidden = false; }, Math.max(0, lock - 60) * 1000);
    lockTimer = setTimeout(function () { window.location.href = '/signout/idle'; }, lock * 1000);
  }
  document.getElementById('stay-signed-in').addEventListener('click', function () {
    fetch('/session/still-here', { credentials: 'same-origin' }).then(arm);
  });
  arm();
})();

(function () {
  var region = document.querySelector('[data-live-region]');
  var script = document.currentScript;
  if (!region || !window.fetch || !window.DOMParser) {
    return;
  }
  var seconds = Math.max(1, parseInt(script && script.getAttribute('data-poll-seconds'), 10) || 15);
  var last = null;
  function poll() {
    fetch('/workspace/updates', { credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Doorstep-Background': 'poll' } })
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
    fetch(window.location.href, { credentials: 'same-origin', headers: { 'X-Doorstep-Background': 'refresh' } })
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
