// The analyst's desk: plain browser JavaScript over the alert-service API (the same endpoints and roles as any client;
// the API key stays in this tab's sessionStorage and goes in the X-API-Key header).
'use strict';
(function () {
  const KEY = 'newswatch.apiKey';
  const alerts = new Map(); // alertId -> latest record
  const names = { codes: {}, countries: {} };
  let map, cluster, markers = new Map();

  const $ = (sel) => document.querySelector(sel);
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'text') { e.textContent = v; } else if (v !== undefined && v !== null) { e.setAttribute(k, v); }
    });
    children.filter(Boolean).forEach((c) => e.append(c));
    return e;
  };

  async function api(path, options = {}) {
    const headers = Object.assign({ 'X-API-Key': sessionStorage.getItem(KEY) || '' }, options.headers || {});
    return fetch(path, Object.assign({}, options, { headers }));
  }

  // --- readable names, from the service (the same names as the messages) ---
  async function learnNames(list) {
    const codes = new Set(), countries = new Set();
    list.forEach((a) => {
      [a.victim, a.actor].forEach((c) => { if (c && !(c in names.codes)) { codes.add(c); } });
      const c = a.place && a.place.country;
      if (c && !(c in names.countries)) { countries.add(c); }
    });
    if (!codes.size && !countries.size) { return; }
    const q = new URLSearchParams();
    codes.forEach((c) => q.append('code', c));
    countries.forEach((c) => q.append('country', c));
    const r = await api('/names?' + q);
    if (r.ok) {
      const n = await r.json();
      Object.assign(names.codes, n.codes);
      Object.assign(names.countries, n.countries);
    }
  }
  const party = (code) => (code ? names.codes[code] || code : null);
  function placeText(a) {
    const p = a.place;
    if (!p) { return a.location || ''; }
    const parts = [];
    if (p.precision === 'ADMIN1') { parts.push(p.name + ' province'); } else if (p.precision !== 'COUNTRY') { parts.push(p.name); }
    if (p.precision !== 'ADMIN1' && p.admin1 && p.admin1.name && p.admin1.name !== p.name) { parts.push(p.admin1.name + ' province'); }
    if (p.country) { parts.push(names.countries[p.country] || p.country); }
    return parts.join(', ');
  }
  const SPLITTABLE = ['threshold', 'new', 'escalation'];
  const QUALIFIERS = { AT_LEAST: 'at least ', ABOUT: 'about ', UP_TO: 'up to ', EXACT: '' };
  function headline(a) {
    const count = a.count == null ? '' : (QUALIFIERS[a.qualifier] || '') + a.count + ' ';
    const type = (a.eventType || a.rule || '').toLowerCase().replace('_', ' ');
    const who = party(a.victim);
    const by = a.actor ? ' by ' + party(a.actor) : '';
    const where = placeText(a) ? ' in ' + placeText(a) : '';
    const text = ['KILLED', 'WOUNDED', 'DISPLACEMENT', 'EQUIPMENT_LOSS'].includes(a.eventType)
      ? count + (who || 'people') + ' ' + type + by + where
      : type + by + (who ? ' on ' + who : '') + (count ? ' (' + count.trim() + ')' : '') + where;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // --- live feed ---
  function card(a) {
    const li = el('li', { 'data-alert-id': a.alertId, 'data-subscription': a.subscriptionId, class: a.muted ? 'muted-alert' : '' });
    li.append(el('div', { class: 'headline', text: headline(a) }));
    li.append(el('div', { class: 'muted', text: [a.subscriptionName, a.date, a.corroboration + ' source' + (a.corroboration === 1 ? '' : 's'),
      a.status === 'update' ? 'updated' : 'new', a.muted ? 'muted' : null, a.acknowledgedBy ? 'acknowledged by ' + a.acknowledgedBy : null]
      .filter(Boolean).join(' · ') }));
    if (a.evidence) { li.append(el('blockquote', { text: a.evidence })); }
    const sources = el('div', { class: 'muted' });
    (a.articles || []).forEach((s) => {
      if (s.url) { sources.append(el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', text: s.title || s.id }), ' '); }
    });
    li.append(sources);
    if (a.joined && a.joined.signals) {
      const src = (a.articles || []).find((s) => s.id === a.joined.article);
      li.append(el('div', { class: 'muted joined', text: 'Latest source joined: ' + (src && src.title ? src.title : a.joined.article)
        + ' (' + a.joined.signals.join(', ') + ')' }));
    }
    if (a.corroboration > 1 && SPLITTABLE.includes(a.rule)) {
      // issue 16: a source that joined this story wrongly is split off it and fires as its own alert
      const split = el('div', { class: 'split' });
      (a.articles || []).forEach((s) => {
        const b = el('button', { type: 'button', class: 'split-source', 'data-article': s.id,
          'aria-label': 'Split off ' + (s.title || s.id) + ' as its own alert', text: 'Split off: ' + (s.title || s.id) });
        b.addEventListener('click', async () => {
          const r = await api('/alerts/' + encodeURIComponent(a.alertId) + '/split', { method: 'POST',
            headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ article: s.id }) });
          b.disabled = r.ok;
          b.textContent = r.ok ? 'Split off: ' + (s.title || s.id) + ' (its own alert follows)'
            : 'Split failed: ' + ((await r.json().catch(() => ({}))).error || r.status);
        });
        split.append(b);
      });
      li.append(split);
    }
    const ack = el('button', { type: 'button', class: 'ack', text: 'Acknowledge' });
    ack.addEventListener('click', async () => { await api('/alerts/' + encodeURIComponent(a.alertId) + '/ack', { method: 'POST' }); ack.disabled = true; ack.textContent = 'Acknowledged'; });
    const silence = el('button', { type: 'button', class: 'silence', text: 'Silence this subscription for 24 h' });
    silence.addEventListener('click', async () => {
      const endsAt = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
      const r = await api('/silences', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ matchers: [{ name: 'subscription', value: a.subscriptionId }], endsAt, comment: 'from the dashboard' }) });
      silence.textContent = r.ok ? 'Silenced' : 'Silence failed (' + r.status + ')';
      silence.disabled = r.ok;
      silences();
    });
    li.append(ack, silence);
    return li;
  }

  async function show(list) {
    await learnNames(list);
    list.forEach((a) => alerts.set(a.alertId, a));
    const feed = $('#feed');
    list.forEach((a) => {
      const old = feed.querySelector('li[data-alert-id="' + CSS.escape(a.alertId) + '"]');
      const li = card(a);
      if (old) { old.replaceWith(li); } else { feed.prepend(li); }
      marker(a);
    });
    timelineSoon();
  }

  async function stream() {
    const state = $('#feed-state');
    let last = null;
    for (;;) {
      try {
        const r = await api('/alerts/stream', { headers: Object.assign({ Accept: 'text/event-stream' }, last ? { 'Last-Event-ID': last } : {}) });
        if (!r.ok) { state.textContent = '(stream: HTTP ' + r.status + ')'; return; }
        state.textContent = '(live)';
        const reader = r.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) { break; }
          buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let data = '';
            block.split('\n').forEach((line) => {
              if (line.startsWith('data:')) { data += line.slice(5).trimStart(); }
              if (line.startsWith('id:')) { last = line.slice(3).trim(); }
            });
            if (data) { await show([JSON.parse(data)]); }
          }
        }
      } catch (e) {
        state.textContent = '(reconnecting)';
      }
      await new Promise((resolve) => setTimeout(resolve, 2000)); // the server closed the stream: reconnect, resuming
    }
  }

  // --- map: Natural Earth outlines from world-atlas, no tiles ---
  async function initMap() {
    map = L.map('map', { worldCopyJump: true, attributionControl: true, minZoom: 1, maxZoom: 12 }).setView([30, 30], 3);
    map.attributionControl.addAttribution('Natural Earth (world-atlas)');
    const world = await (await fetch('dashboard/vendor/countries-110m.json')).json();
    L.geoJSON(topojson.feature(world, world.objects.countries), { style: { color: '#789', weight: 1, fillColor: '#eee', fillOpacity: 1 } }).addTo(map);
    cluster = L.markerClusterGroup({ maxClusterRadius: 30 });
    map.addLayer(cluster);
  }
  function marker(a) {
    const p = a.place;
    if (!map || !p || p.latitude == null || p.longitude == null) { return; }
    const key = a.alertId;
    if (markers.has(key)) { cluster.removeLayer(markers.get(key)); }
    const m = L.marker([p.latitude, p.longitude], { title: p.name, alt: p.name });
    m.bindPopup(el('div', {}, el('strong', { text: headline(a) }), el('p', { text: a.evidence || '' })));
    markers.set(key, m);
    cluster.addLayer(m);
    map.fitBounds(cluster.getBounds(), { maxZoom: 7, padding: [20, 20] });
  }

  // --- timeline: by type and party, from the recent events (each incident once by its event id; running totals apart) ---
  let timelineTimer = null;
  function timelineSoon() {
    clearTimeout(timelineTimer);
    timelineTimer = setTimeout(() => timeline().catch(failed), 300);
  }
  async function timeline() {
    const f = new FormData($('#timeline-form'));
    const q = new URLSearchParams({ type: f.get('type'), limit: '20000' });
    if (String(f.get('party') || '').trim()) { q.set('party', String(f.get('party')).trim()); }
    const r = await api('/events?' + q);
    const svg = $('#timeline');
    svg.innerHTML = '';
    if (!r.ok) { $('#timeline-legend').dataset.error = (await r.json()).error; return; }
    const incidents = new Map(); // eventId -> {date, count}: the highest figure reported of each incident
    const reported = new Map(); // date -> the highest running total reported that day
    (await r.json()).forEach((e) => {
      if (e.count == null || !e.date) { return; }
      if (e.cumulative) {
        reported.set(e.date, Math.max(reported.get(e.date) || 0, e.count));
      } else {
        const known = incidents.get(e.eventId);
        if (!known || e.count > known.count) { incidents.set(e.eventId, { date: e.date, count: e.count }); }
      }
    });
    const byDay = new Map();
    incidents.forEach((i) => byDay.set(i.date, (byDay.get(i.date) || 0) + i.count));
    const days = [...new Set([...byDay.keys(), ...reported.keys()])].sort();
    if (!days.length) { return; }
    const width = svg.clientWidth || 600, height = 160, bar = Math.max(4, Math.min(40, (width - 40) / days.length - 4));
    let total = 0;
    const totals = days.map((d) => (total += byDay.get(d) || 0));
    const top = Math.max(1, total, ...reported.values());
    const barTop = Math.max(1, ...byDay.values());
    const ns = 'http://www.w3.org/2000/svg';
    const make = (tag, attrs, text) => {
      const n = document.createElementNS(ns, tag);
      Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
      if (text) { n.textContent = text; }
      return n;
    };
    const line = [], dashed = [];
    const y = (v, max) => height - 20 - (v / max) * (height - 40);
    days.forEach((d, i) => {
      const x = 20 + i * (bar + 4), v = byDay.get(d) || 0;
      const rect = make('rect', { x, y: y(v, barTop), width: bar, height: height - 20 - y(v, barTop), class: 'bar', 'data-date': d, 'data-deaths': v });
      rect.append(make('title', {}, d + ': ' + v + ' (running total ' + totals[i] + (reported.has(d) ? ', reported total ' + reported.get(d) : '') + ')'));
      svg.append(rect);
      line.push((x + bar / 2) + ',' + y(totals[i], top));
      if (reported.has(d)) { dashed.push((x + bar / 2) + ',' + y(reported.get(d), top)); }
      svg.append(make('text', { x, y: height - 5, 'font-size': 9 }, d.slice(5)));
    });
    svg.append(make('polyline', { points: line.join(' '), class: 'total' }));
    if (dashed.length) { svg.append(make('polyline', { points: dashed.join(' '), class: 'reported', 'data-points': dashed.length })); }
  }

  // --- silences: a list and a form, with the API's messages at their fields ---
  async function silences() {
    const r = await api('/silences');
    const body = $('#silences tbody');
    body.innerHTML = '';
    if (!r.ok) { return; }
    const now = Date.now();
    (await r.json()).sort((a, b) => String(b.endsAt).localeCompare(String(a.endsAt))).forEach((s) => {
      const active = Date.parse(s.endsAt) > now;
      const expire = active ? el('button', { type: 'button', class: 'expire', 'aria-label': 'Expire the silence ' + s.id, text: 'Expire' }) : null;
      if (expire) {
        expire.addEventListener('click', async () => {
          await api('/silences/' + encodeURIComponent(s.id), { method: 'DELETE' });
          silences();
        });
      }
      body.append(el('tr', { 'data-silence-id': s.id, class: active ? '' : 'muted' },
        el('td', { text: s.matchers.map((m) => m.name + ' = ' + m.value).join(', ') }),
        el('td', { text: (active ? '' : 'ended ') + s.endsAt }), el('td', { text: s.createdBy || '' }),
        el('td', { text: s.comment || '' }), el('td', {}, expire)));
    });
  }
  async function submitSilence(e) {
    e.preventDefault();
    const form = $('#silence-form');
    const f = new FormData(form);
    const hours = Number(f.get('hours'));
    const body = { matchers: [{ name: f.get('name'), value: String(f.get('value') || '').trim() }],
      endsAt: Number.isFinite(hours) ? new Date(Date.now() + hours * 3600 * 1000).toISOString() : 'not a time' };
    if (String(f.get('comment') || '').trim()) { body.comment = String(f.get('comment')).trim(); }
    const r = await api('/silences', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await r.json();
    if (!r.ok) { fieldError(form, answer); return; }
    fieldError(form, null);
    $('#silence-result').textContent = 'Silenced until ' + answer.endsAt;
    silences();
  }

  // --- explorer ---
  function explorerQuery() {
    const q = new URLSearchParams();
    new FormData($('#explorer-form')).forEach((v, k) => { if (String(v).trim()) { q.append(k, String(v).trim()); } });
    return q;
  }
  async function search(e) {
    if (e) { e.preventDefault(); }
    $('#explorer-count').textContent = 'Searching…';
    const r = await api('/events?' + explorerQuery());
    const body = $('#events tbody');
    body.innerHTML = '';
    if (!r.ok) { $('#explorer-count').textContent = 'search failed: ' + (await r.json()).error; return; }
    const events = await r.json();
    await learnNames(events);
    $('#explorer-count').textContent = events.length + ' events';
    events.forEach((ev) => body.append(el('tr', {}, ...[ev.date, ev.type, party(ev.victim), party(ev.actor), ev.count,
      placeText(ev), ev.evidence].map((v) => el('td', { text: v == null ? '' : String(v) })))));
  }
  async function exportText(type) {
    const r = await api('/events?' + explorerQuery(), { headers: { Accept: type } });
    return r.text();
  }
  async function download(type, extension) {
    const blob = new Blob([await exportText(type)], { type });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'events.' + extension });
    document.body.append(a);
    a.click();
    a.remove();
  }

  // --- subscription form, with the API's messages at their fields ---
  function subscriptionBody() {
    const f = new FormData($('#subscription-form'));
    const list = (v) => String(v || '').split(',').map((s) => s.trim()).filter(Boolean);
    const rule = { kind: f.get('kind') };
    if (rule.kind !== 'new' && String(f.get('minCount')).trim()) { rule.minCount = Number(f.get('minCount')); }
    if (rule.kind === 'window') { rule.window = 'P7D'; }
    const filter = {};
    if (list(f.get('types')).length) { filter.types = list(f.get('types')); }
    if (list(f.get('victims')).length) { filter.victims = list(f.get('victims')); }
    if (list(f.get('keywords')).length) { filter.keywords = list(f.get('keywords')); }
    return { name: String(f.get('name') || ''), filter, rule, includeReplays: true };
  }
  function fieldError(form, problem) {
    form.querySelectorAll('[data-error-for]').forEach((p) => { p.textContent = ''; });
    form.querySelectorAll('[data-field]').forEach((i) => i.removeAttribute('aria-invalid'));
    if (!problem) { return; }
    const field = problem.field || '';
    const target = [...form.querySelectorAll('[data-error-for]')].find((p) => field === p.dataset.errorFor
      || field.startsWith(p.dataset.errorFor + '[') || field.startsWith(p.dataset.errorFor + '.'));
    const input = target && form.querySelector('[data-field="' + target.dataset.errorFor + '"]');
    if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
    (target || form.querySelector('[role=status]')).textContent = problem.error;
  }
  async function submitSubscription(e, preview) {
    if (e) { e.preventDefault(); }
    const r = await api(preview ? '/subscriptions/preview' : '/subscriptions', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(subscriptionBody()) });
    const answer = await r.json();
    if (!r.ok) { fieldError($('#subscription-form'), answer); return; }
    fieldError($('#subscription-form'), null);
    if (preview) {
      await learnNames(answer.alerts);
      $('#subscription-result').textContent = 'Over ' + answer.events + ' recent events it would have fired '
        + answer.alerts.length + ' alerts: ' + answer.alerts.map(headline).join('; ');
    } else {
      $('#subscription-result').textContent = 'Created subscription ' + answer.id;
    }
  }

  // --- start ---
  function failed(e) {
    $('#feed-state').textContent = '(failed: ' + (e && e.message ? e.message : e) + ')';
    console.error('desk failed', e && e.stack ? e.stack : e);
  }
  async function start() {
    const r = await api('/alerts?limit=500');
    if (!r.ok) {
      $('#login').hidden = false;
      $('#desk').hidden = true;
      $('#login-error').textContent = r.status === 401 || r.status === 403 ? 'This key is not accepted.' : 'HTTP ' + r.status;
      return;
    }
    $('#login').hidden = true;
    $('#desk').hidden = false;
    await initMap();
    await show((await r.json()).reverse());
    stream();
    search();
    silences();
  }
  $('#login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem(KEY, $('#api-key').value);
    start().catch(failed);
  });
  $('#explorer-form').addEventListener('submit', search);
  $('#download-csv').addEventListener('click', () => download('text/csv', 'csv'));
  $('#download-geojson').addEventListener('click', () => download('application/geo+json', 'geojson'));
  $('#subscription-form').addEventListener('submit', (e) => submitSubscription(e, false));
  $('#preview').addEventListener('click', () => submitSubscription(null, true));
  $('#silence-form').addEventListener('submit', (e) => submitSilence(e).catch(failed));
  $('#timeline-form').addEventListener('submit', (e) => { e.preventDefault(); timeline().catch(failed); });
  $('#near-map').addEventListener('click', () => {
    if (!map) { return; }
    const c = map.getCenter();
    $('#explorer-near').value = c.lat.toFixed(4) + ',' + c.lng.toFixed(4);
  });
  window.desk = { alerts, exportText, markers: () => [...markers.values()].map((m) => m.options.title) };
  if (sessionStorage.getItem(KEY)) { start().catch(failed); }
})();
