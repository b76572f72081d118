// R10-plain, progressive enhancement: under every workspace text box marked data-plain-language,
// the same advice the tablet gives while typing (unexplained acronyms, professional jargon,
// judgemental wording), asked of the server a moment after the typing stops. Advice only: the form
// is sent as it is whatever the advice says. Without JavaScript the form works the same.
(function () {
  if (!window.fetch || !window.URLSearchParams) { return; }
  var boxes = document.querySelectorAll('textarea[data-plain-language]');
  Array.prototype.forEach.call(boxes, function (box) {
    if (box.getAttribute('data-plain-language-ready')) { return; }
    box.setAttribute('data-plain-language-ready', '1');
    var form = box.form;
    var token = form && form.querySelector('input[name="csrf-token"]');
    if (!token) { return; }
    var panel = document.createElement('div');
    panel.className = 'ds-plain-advice';
    panel.id = box.id + '-plain';
    panel.setAttribute('aria-live', 'polite');
    box.parentNode.insertBefore(panel, box.nextSibling);
    var timer;
    var asked = 0;
    function show(items) {
      panel.textContent = '';
      if (!items.length) { return; }
      var heading = document.createElement('p');
      heading.className = 'govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1';
      heading.textContent = 'Plain language (advice only)';
      var list = document.createElement('ul');
      list.className = 'govuk-list govuk-list--bullet govuk-body-s';
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = item.message;
        list.appendChild(li);
      });
      panel.appendChild(heading);
      panel.appendChild(list);
    }
    function ask() {
      var mine = ++asked;
      var body = new URLSearchParams();
      body.append('text', box.value);
      body.append('csrf-token', token.value);
      fetch('/workspace/plain-language', {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'Accept': 'application/json' }
      }).then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { if (mine === asked) { show(items); } })
        .catch(function () { /* advice is optional: say nothing when it cannot be had */ });
    }
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 600);
    });
    if (box.value) { ask(); }
  });
})();
