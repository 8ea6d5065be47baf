// The HTML report's script, inlined (plain ES2017, no library): summary, bar charts and the
// introduction timeline as SVG, and a sortable, filterable table that draws PAGE rows at a time,
// so 10,000 findings open and filter at once. Text reaches the page through textContent only.
export const HTML_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('leakgate-data').textContent);
  var rows = data.rows, meta = data.meta, PAGE = 500, SEV = ['critical', 'high', 'medium', 'low', 'info'];
  var COLS = [['repository', 0], ['severity', 1], ['rule', 2], ['file', 3], ['line', 4], ['secret', 5], ['commit', 6], ['introduced', 7], ['at HEAD', 8]];
  var app = document.getElementById('app'), SVG = 'http://www.w3.org/2000/svg';
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = String(text);
    return node;
  }
  function count(index) {
    var m = new Map();
    rows.forEach(function (r) { m.set(r[index], (m.get(r[index]) || 0) + 1); });
    return Array.from(m.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
  }
  function bars(title, entries, id, colour) {
    var box = el('section', { 'class': 'chart', 'data-chart': id }), top = entries.slice(0, 15), max = 1, h = 18;
    box.appendChild(el('h3', {}, title + (entries.length > 15 ? ' (top 15 of ' + entries.length + ')' : '')));
    top.forEach(function (e) { max = Math.max(max, e[1]); });
    var s = svg('svg', { viewBox: '0 0 400 ' + Math.max(h, top.length * h), role: 'img', 'aria-label': title });
    top.forEach(function (e, i) {
      var w = Math.max(1, Math.round((e[1] / max) * 200));
      s.appendChild(svg('text', { x: 0, y: i * h + 13 }, String(e[0]).slice(-28)));
      s.appendChild(svg('rect', { x: 170, y: i * h + 3, width: w, height: h - 6, fill: colour ? colour(e[0]) : '#0969da' }));
      s.appendChild(svg('text', { x: 176 + w, y: i * h + 13 }, e[1]));
    });
    box.appendChild(s);
    return box;
  }
  function timeline() {
    var box = el('section', { 'class': 'chart', 'data-chart': 'timeline' }), byMonth = new Map();
    box.appendChild(el('h3', {}, 'When secrets were introduced (red: still at HEAD, grey: removed since)'));
    rows.forEach(function (r) {
      if (!r[7]) return;
      var m = r[7].slice(0, 7), e = byMonth.get(m) || [0, 0];
      e[r[8] === false ? 1 : 0]++;
      byMonth.set(m, e);
    });
    var months = Array.from(byMonth.keys()).sort();
    if (months.length === 0) { box.appendChild(el('p', { 'class': 'muted' }, 'No commit dates: this report comes from a scan of files, not of history.')); return box; }
    var max = 1, w = Math.max(4, Math.floor(380 / months.length));
    byMonth.forEach(function (e) { max = Math.max(max, e[0] + e[1]); });
    var s = svg('svg', { viewBox: '0 0 400 140', role: 'img', 'aria-label': 'introduction timeline' });
    months.forEach(function (m, i) {
      var e = byMonth.get(m), x = 10 + i * w, hHead = (e[0] / max) * 110, hGone = (e[1] / max) * 110;
      var a = svg('rect', { x: x, y: 115 - hHead - hGone, width: w - 1, height: hGone, fill: 'var(--gone)' });
      a.appendChild(svg('title', {}, m + ': ' + e[1] + ' removed since'));
      var b = svg('rect', { x: x, y: 115 - hHead, width: w - 1, height: hHead, fill: 'var(--head)' });
      b.appendChild(svg('title', {}, m + ': ' + e[0] + ' still at HEAD'));
      s.appendChild(a); s.appendChild(b);
    });
    s.appendChild(svg('text', { x: 10, y: 132 }, months[0]));
    s.appendChild(svg('text', { x: 330, y: 132 }, months[months.length - 1]));
    box.appendChild(s);
    return box;
  }
  function summary() {
    app.appendChild(el('h1', {}, meta.title));
    app.appendChild(el('p', { 'class': 'muted' }, meta.headline + ' · ' + meta.tool));
    meta.failed.forEach(function (f) { app.appendChild(el('div', { 'class': 'failed', 'data-failed': '' }, 'Failed to scan: ' + f)); });
    meta.notes.forEach(function (n) { app.appendChild(el('p', { 'class': 'muted' }, 'Note: ' + n)); });
    var cards = el('div', { 'class': 'cards' }), sev = new Map(count(1));
    cards.appendChild(card('findings', rows.length));
    cards.appendChild(card('repositories', count(0).length));
    cards.appendChild(card('still at HEAD', rows.filter(function (r) { return r[8] !== false; }).length));
    SEV.forEach(function (s) { if (sev.get(s)) cards.appendChild(card(s, sev.get(s))); });
    app.appendChild(cards);
    var charts = el('div', { 'class': 'charts' });
    charts.appendChild(bars('Findings per severity', SEV.filter(function (s) { return sev.get(s); }).map(function (s) { return [s, sev.get(s)]; }), 'severity', function (s) { return 'var(--' + s + ')'; }));
    charts.appendChild(bars('Findings per repository', count(0), 'repository'));
    charts.appendChild(bars('Findings per rule', count(2), 'rule'));
    charts.appendChild(timeline());
    app.appendChild(charts);
    if (meta.groups.length) {
      app.appendChild(el('h2', {}, 'The same secret in several places'));
      var ul = el('ul', { 'class': 'groups' });
      meta.groups.forEach(function (g) { var li = el('li', {}, g.text); li.appendChild(el('span', {}, g.places.join('; '))); ul.appendChild(li); });
      app.appendChild(ul);
    }
  }
  function card(label, value) { var c = el('div', { 'class': 'card' }); c.appendChild(el('b', {}, value)); c.appendChild(document.createTextNode(label)); return c; }
  var state = { text: '', severity: '', sort: -1, dir: 1, shown: PAGE }, view = rows, tbody, status, more, heads = [];
  function apply() {
    var t = state.text.toLowerCase();
    view = rows.filter(function (r) {
      if (state.severity && r[1] !== state.severity) return false;
      if (!t) return true;
      for (var i = 0; i < r.length; i++) if (r[i] !== null && String(r[i]).toLowerCase().indexOf(t) >= 0) return true;
      return false;
    });
    if (state.sort >= 0) {
      var k = state.sort, d = state.dir;
      view.sort(function (a, b) { var x = a[k], y = b[k]; if (k === 1) { x = SEV.indexOf(x); y = SEV.indexOf(y); } return (x < y ? -1 : x > y ? 1 : 0) * d; });
    }
    draw();
  }
  function draw() {
    var frag = document.createDocumentFragment(), n = Math.min(view.length, state.shown);
    for (var i = 0; i < n; i++) {
      var r = view[i], tr = document.createElement('tr');
      tr.appendChild(el('td', {}, r[0]));
      tr.appendChild(el('td', { 'class': 'sev sev-' + r[1] }, r[1]));
      tr.appendChild(el('td', { title: r[10] }, r[2]));
      tr.appendChild(el('td', { 'class': 'mono' }, r[3]));
      tr.appendChild(el('td', {}, r[4]));
      tr.appendChild(el('td', { 'class': 'secret' }, r[5]));
      tr.appendChild(el('td', { 'class': 'mono' }, r[6]));
      tr.appendChild(el('td', {}, r[7]));
      tr.appendChild(el('td', {}, r[8] === null ? '' : r[8] ? 'yes' : 'no'));
      frag.appendChild(tr);
    }
    tbody.replaceChildren(frag);
    status.textContent = 'showing ' + n + ' of ' + view.length + ' matching findings (' + rows.length + ' in all)';
    more.hidden = n >= view.length;
  }
  function table() {
    app.appendChild(el('h2', {}, 'Findings'));
    var controls = el('div', { 'class': 'controls' });
    var input = el('input', { type: 'search', id: 'filter', placeholder: 'filter: repository, rule, file, commit…', size: 40 });
    var select = el('select', { id: 'severity' });
    select.appendChild(el('option', { value: '' }, 'all severities'));
    SEV.forEach(function (s) { select.appendChild(el('option', { value: s }, s)); });
    status = el('span', { id: 'status', 'class': 'muted' });
    input.addEventListener('input', function () { state.text = input.value; state.shown = PAGE; apply(); });
    select.addEventListener('change', function () { state.severity = select.value; state.shown = PAGE; apply(); });
    controls.appendChild(input); controls.appendChild(select); controls.appendChild(status);
    app.appendChild(controls);
    var t = el('table', { id: 'findings' }), head = el('tr');
    COLS.forEach(function (c, i) {
      var th = el('th', { scope: 'col', 'data-col': c[1] }, c[0]);
      th.addEventListener('click', function () { state.dir = state.sort === c[1] ? -state.dir : 1; state.sort = c[1]; heads.forEach(function (h) { h.removeAttribute('aria-sort'); }); th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending'); apply(); });
      heads.push(th); head.appendChild(th);
    });
    var thead = el('thead'); thead.appendChild(head); t.appendChild(thead);
    tbody = el('tbody'); t.appendChild(tbody); app.appendChild(t);
    more = el('button', { id: 'more', type: 'button' }, 'show ' + PAGE + ' more');
    more.addEventListener('click', function () { state.shown += PAGE; draw(); });
    app.appendChild(more);
  }
  summary();
  table();
  apply();
  document.body.setAttribute('data-ready', 'true');
})();
`;
