// The vico page: the network map of a workspace (Cytoscape.js), its filters and details, the consortium pages
// and the comparison (js/assess.js), and the upload. Everything comes from this server's API; text is built
// with textContent only (never innerHTML of data).
import {apply, language, metricName, setLanguage, t, typeName} from './i18n.js';
import {api, csrfToken, el} from './util.js';
import * as assess from './assess.js';

const state = {
  meta: null,
  me: null,
  workspace: null,
  network: null,
  analysis: null,
  cy: null,
  selected: null,
  consortium: '',
  flagged: null, // {consortium, actors: Set of ids, label}: a finding's actors marked on the map
  large: localStorage.getItem('vico.large') === '1'
};

// Measures shown for an actor, in this order, when the analysis has them.
const DETAIL_METRICS = ['degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector', 'constraint',
  'effective_size', 'clustering', 'k_core', 'community'];
const LABELLED = 15; // the largest actors keep their label at every zoom level

// ---- small helpers -------------------------------------------------------------------------------

function status(text) {
  document.getElementById('status').textContent = text;
}

function number(v) {
  if (typeof v === 'boolean') return t(v ? 'details.yes' : 'details.no');
  if (typeof v !== 'number') return v === null || v === undefined ? '–' : String(v);
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

function ws(path = '') {
  return '/api/workspaces/' + encodeURIComponent(state.workspace) + path;
}

// ---- start ---------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', start);

async function start() {
  apply(document);
  assess.init({state, showOnMap, status});
  document.documentElement.classList.toggle('large', state.large);
  document.getElementById('large').setAttribute('aria-pressed', String(state.large));
  wireControls();
  try {
    const [meta, me, workspaces] = await Promise.all([api('/api/meta'), api('/api/me'), api('/api/workspaces')]);
    state.meta = meta;
    state.me = me;
    document.getElementById('me').textContent = me.name + ' (' + me.role + ')';
    buildLegend();
    fillWorkspaces(workspaces);
  } catch (e) {
    status(t('status.error', {m: e.message}));
  }
  showView(location.hash.replace('#', '') || 'map');
}

function wireControls() {
  document.getElementById('lang').addEventListener('click', () => {
    setLanguage(language() === 'nl' ? 'en' : 'nl');
    buildLegend();
    fillSizeBy();
    fillFilters();
    renderDetails();
    renderConsortium();
    renderConsortiaView();
    assess.rerender();
    refreshStatus();
  });
  document.getElementById('large').addEventListener('click', () => {
    state.large = !state.large;
    localStorage.setItem('vico.large', state.large ? '1' : '0');
    document.documentElement.classList.toggle('large', state.large);
    document.getElementById('large').setAttribute('aria-pressed', String(state.large));
    if (state.cy) {
      state.cy.style(cyStyle());
      state.cy.resize();
    }
  });
  document.getElementById('logout-form').addEventListener('submit', e => {
    e.target.querySelector('input[name=_csrf]').value = csrfToken();
  });
  document.querySelectorAll('button.tab').forEach(b => b.addEventListener('click', () => {
    location.hash = b.dataset.view;
  }));
  window.addEventListener('hashchange', () => showView(location.hash.replace('#', '') || 'map'));
  document.getElementById('workspace').addEventListener('change', e => loadWorkspace(e.target.value));
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    search(document.getElementById('search').value);
  });
  document.getElementById('size-by').addEventListener('change', () => { applySizes(); });
  document.getElementById('neighbourhood').addEventListener('change', applyFilters);
  document.getElementById('ego').addEventListener('change', applyFilters);
  document.getElementById('consortium').addEventListener('change', e => highlightConsortium(e.target.value));
  document.getElementById('reset').addEventListener('click', resetFilters);
  document.getElementById('fit').addEventListener('click', () => state.cy && state.cy.fit(state.cy.elements(':visible'), 30));
  document.getElementById('upload-form').addEventListener('submit', upload);
}

function showView(route) {
  const views = ['map', 'consortia', 'consortium', 'compare', 'upload'];
  let name = route;
  let arg = null;
  const slash = route.indexOf('/');
  if (slash > 0) {
    name = route.substring(0, slash);
    arg = decodeURIComponent(route.substring(slash + 1));
  }
  if (!views.includes(name) || (name === 'consortium' && !arg)) name = 'map';
  for (const v of views) document.getElementById('view-' + v).hidden = v !== name;
  const tab = name === 'consortium' ? 'consortia' : name;
  document.querySelectorAll('button.tab').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.view === tab)));
  state.view = name;
  if (name === 'consortium') assess.showConsortium(arg);
  if (name === 'compare') assess.showComparison();
  if (name === 'map' && state.cy) state.cy.resize();
  if (name === 'upload' && state.workspace && !document.getElementById('upload-workspace').value) {
    document.getElementById('upload-workspace').value = state.workspace;
  }
}

function fillWorkspaces(list, choose) {
  const select = document.getElementById('workspace');
  select.replaceChildren(...list.map(w => el('option', {value: w.name, text: w.name + ' (' + w.actors + ')'})));
  if (list.length === 0) {
    status(t('workspace.none'));
    return;
  }
  const saved = choose || localStorage.getItem('vico.workspace');
  const name = list.some(w => w.name === saved) ? saved : list[0].name;
  select.value = name;
  loadWorkspace(name);
}

// ---- the map ------------------------------------------------------------------------------------

async function loadWorkspace(name) {
  state.workspace = name;
  localStorage.setItem('vico.workspace', name);
  state.selected = null;
  state.consortium = '';
  state.flagged = null;
  state.analysis = null;
  assess.reset();
  status(t('status.loading', {w: name}));
  try {
    state.network = await api(ws('/network'));
  } catch (e) {
    status(t('status.error', {m: e.message}));
    return;
  }
  fillFilters();
  fillSizeBy();
  draw();
  renderDetails();
  renderConsortium();
  renderConsortiaView();
  assess.workspaceLoaded();
  status(t('status.analysing'));
  try {
    const analysis = await api(ws('/analysis'));
    if (state.workspace !== name) return;
    state.analysis = analysis;
    fillSizeBy();
    applySizes();
    renderDetails();
    renderConsortium();
  } catch (e) {
    status(t('status.error', {m: e.message}));
    return;
  }
  refreshStatus();
}

function colourOf(type) {
  const info = state.meta.actor_types.find(x => x.key === type);
  return info ? info.colour : '#999999';
}

function kindInfo(kind) {
  return state.meta.tie_kinds.find(x => x.key === kind) || {colour: '#888888', dashed: false};
}

function draw() {
  const net = state.network;
  const elements = [];
  for (const a of net.actors) {
    elements.push({group: 'nodes', data: {id: a.id, name: a.name, type: a.type, hood: a.neighbourhood || '',
      colour: colourOf(a.type), size: 22, label: ''}});
  }
  for (const tie of net.ties) {
    if (tie.source === tie.target) continue;
    const k = kindInfo(tie.kind);
    elements.push({group: 'edges', data: {id: 't' + tie.id, source: tie.source, target: tie.target, kind: tie.kind,
      colour: k.colour, lineStyle: k.dashed ? 'dashed' : 'solid', arrow: tie.directed ? 'triangle' : 'none',
      width: Math.min(6, 0.8 + 0.6 * tie.weight)}});
  }
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: cyStyle(),
    layout: {name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 70,
      nodeOverlap: 12, gravity: 0.6, numIter: 1500, padding: 20},
    minZoom: 0.15,
    maxZoom: 4,
    wheelSensitivity: 0.25,
    boxSelectionEnabled: false
  });
  state.cy.on('tap', 'node', e => selectActor(e.target.id(), false));
  state.cy.on('tap', e => { if (e.target === state.cy) selectActor(null); });
  applySizes();
  applyFilters();
  window.vico.ready = true;
}

function cyStyle() {
  const large = state.large;
  return [
    {selector: 'node', style: {
      'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)',
      'font-size': large ? 17 : 12, 'color': '#111', 'text-outline-color': '#fff', 'text-outline-width': large ? 3 : 2,
      'text-valign': 'bottom', 'text-margin-y': 3, 'border-width': 1, 'border-color': '#444', 'min-zoomed-font-size': 6}},
    {selector: 'edge', style: {
      'width': large ? 'mapData(width, 0, 6, 1.5, 8)' : 'data(width)', 'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)', 'curve-style': 'bezier', 'opacity': 0.55, 'target-arrow-shape': 'data(arrow)',
      'target-arrow-color': 'data(colour)', 'arrow-scale': 0.8}},
    {selector: 'node.neighbour, node.member', style: {'label': 'data(name)'}},
    {selector: 'node.member', style: {'border-width': large ? 6 : 4, 'border-color': '#d4a000'}},
    {selector: 'node:selected', style: {'label': 'data(name)', 'border-width': large ? 6 : 4, 'border-color': '#000',
      'font-weight': 'bold', 'z-index': 10}},
    {selector: 'node.flagged', style: {'label': 'data(name)', 'border-width': large ? 9 : 7, 'border-color': '#c0182a',
      'border-style': 'double', 'font-weight': 'bold', 'z-index': 11}},
    {selector: 'edge.neighbour', style: {'opacity': 0.95}},
    {selector: '.faded', style: {'opacity': 0.12, 'text-opacity': 0}},
    {selector: '.dim', style: {'opacity': 0.22, 'text-opacity': 0}},
    {selector: '.hidden', style: {'display': 'none'}}
  ];
}

function actorMetrics(id) {
  return state.analysis && state.analysis.actors ? state.analysis.actors[id] || {} : {};
}

function numericMetrics() {
  if (!state.analysis || !state.analysis.actors) return [];
  const first = Object.values(state.analysis.actors)[0] || {};
  return Object.keys(first).filter(k => typeof first[k] === 'number' && k !== 'community');
}

function fillSizeBy() {
  const select = document.getElementById('size-by');
  const previous = select.value || 'betweenness';
  const keys = numericMetrics();
  select.replaceChildren(el('option', {value: '', text: t('size.none')}),
    ...keys.map(k => el('option', {value: k, text: metricName(k), title: glossary(k)})));
  select.value = keys.includes(previous) ? previous : (keys.includes('betweenness') ? 'betweenness' : '');
}

function glossary(key) {
  return state.meta && state.meta.glossary ? state.meta.glossary[key] || '' : '';
}

function applySizes() {
  if (!state.cy) return;
  const key = document.getElementById('size-by').value;
  const values = new Map();
  let max = 0;
  state.cy.nodes().forEach(n => {
    const v = key ? Number(actorMetrics(n.id())[key]) : 0;
    const value = Number.isFinite(v) && v > 0 ? v : 0;
    values.set(n.id(), value);
    max = Math.max(max, value);
  });
  const ranked = [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, LABELLED).map(e => e[0]);
  const top = new Set(max > 0 ? ranked : []);
  state.cy.batch(() => state.cy.nodes().forEach(n => {
    const v = values.get(n.id());
    n.data('size', max > 0 ? 14 + 46 * Math.sqrt(v / max) : 22);
    n.data('label', top.has(n.id()) ? n.data('name') : '');
  }));
}

function buildLegend() {
  if (!state.meta) return;
  const legend = document.getElementById('legend');
  const on = new Set([...legend.querySelectorAll('input:checked')].map(i => i.value));
  const first = legend.children.length === 0;
  legend.replaceChildren(...state.meta.actor_types.map(type => {
    const id = 'type-' + type.key;
    const box = el('input', {type: 'checkbox', id, value: type.key, checked: first || on.has(type.key),
      onchange: applyFilters});
    return el('li', {}, box, el('label', {for: id}, el('span', {class: 'swatch', 'data-colour': type.colour}),
      typeName(type.key)));
  }));
  const kinds = document.getElementById('kinds');
  const kindsOn = new Set([...kinds.querySelectorAll('input:checked')].map(i => i.value));
  const firstKinds = kinds.children.length === 0;
  kinds.replaceChildren(...state.meta.tie_kinds.map(kind => {
    const id = 'kind-' + kind.key;
    const box = el('input', {type: 'checkbox', id, value: kind.key, checked: firstKinds || kindsOn.has(kind.key),
      onchange: applyFilters});
    return el('li', {}, box, el('label', {for: id}, el('span', {class: 'line' + (kind.dashed ? ' dashed' : ''),
      'data-colour': kind.colour}), typeName(kind.key)));
  }));
  // colours are set through the DOM (CSSOM), which the Content-Security-Policy allows, not by inline style attributes
  document.querySelectorAll('[data-colour]').forEach(s => {
    if (s.classList.contains('line')) s.style.borderTopColor = s.dataset.colour;
    else s.style.backgroundColor = s.dataset.colour;
  });
}

function fillFilters() {
  const net = state.network;
  if (!net) return;
  const hood = document.getElementById('neighbourhood');
  const hoodValue = hood.value;
  const hoods = net.neighbourhoods.length ? net.neighbourhoods.map(n => [n.id, n.name])
    : [...new Set(net.actors.map(a => a.neighbourhood).filter(Boolean))].map(h => [h, h]);
  hood.replaceChildren(el('option', {value: '', text: t('filter.all')}),
    ...hoods.map(([id, name]) => el('option', {value: id, text: name})));
  hood.value = hoods.some(h => h[0] === hoodValue) ? hoodValue : '';
  const cons = document.getElementById('consortium');
  cons.replaceChildren(el('option', {value: '', text: '—'}),
    ...net.consortia.map(c => el('option', {value: c.id, text: c.name})));
  cons.value = state.consortium;
  document.getElementById('actor-names').replaceChildren(
    ...net.actors.map(a => el('option', {value: a.name})));
}

function applyFilters() {
  const cy = state.cy;
  if (!cy) return;
  const types = new Set([...document.querySelectorAll('#legend input:checked')].map(i => i.value));
  const kinds = new Set([...document.querySelectorAll('#kinds input:checked')].map(i => i.value));
  const hood = document.getElementById('neighbourhood').value;
  const ego = document.getElementById('ego').checked && state.selected;
  let egoSet = null;
  if (ego) {
    const node = cy.getElementById(state.selected);
    egoSet = new Set([state.selected]);
    node.connectedEdges().filter(e => kinds.has(e.data('kind'))).forEach(e => {
      egoSet.add(e.source().id());
      egoSet.add(e.target().id());
    });
  }
  cy.batch(() => {
    cy.nodes().forEach(n => {
      const show = types.has(n.data('type')) && (!hood || n.data('hood') === hood) && (!egoSet || egoSet.has(n.id()));
      n.toggleClass('hidden', !show);
    });
    cy.edges().forEach(e => {
      const show = kinds.has(e.data('kind')) && !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
      e.toggleClass('hidden', !show);
    });
  });
  refreshStatus();
}

function resetFilters() {
  document.querySelectorAll('#legend input, #kinds input').forEach(i => { i.checked = true; });
  document.getElementById('neighbourhood').value = '';
  document.getElementById('ego').checked = false;
  document.getElementById('consortium').value = '';
  highlightConsortium('');
  applyFilters();
  if (state.cy) state.cy.fit(undefined, 30);
}

function refreshStatus() {
  if (!state.cy || !state.network) return;
  const shown = state.cy.nodes().filter(n => !n.hasClass('hidden')).length;
  const edges = state.cy.edges().filter(e => !e.hasClass('hidden')).length;
  status(t('status.shown', {n: shown, total: state.network.actors.length, e: edges}));
}

// ---- selecting, searching ------------------------------------------------------------------------

function search(text) {
  const q = (text || '').trim().toLowerCase();
  if (!q || !state.network) return;
  const actors = state.network.actors;
  const hit = actors.find(a => a.name.toLowerCase() === q || a.id.toLowerCase() === q)
    || actors.find(a => a.name.toLowerCase().includes(q) || a.id.toLowerCase().includes(q));
  if (!hit) {
    status(t('search.none', {q: text}));
    return;
  }
  selectActor(hit.id, true);
}

function selectActor(id, centre) {
  const cy = state.cy;
  state.selected = id;
  if (cy) {
    cy.batch(() => {
      cy.elements().removeClass('neighbour dim');
      cy.nodes(':selected').unselect();
      if (id) {
        const node = cy.getElementById(id);
        node.select();
        node.neighborhood().addClass('neighbour');
        // the rest steps back, unless a consortium is highlighted (that highlight stays in charge)
        if (!state.consortium) cy.elements().not(node.closedNeighborhood()).addClass('dim');
      }
    });
    if (id && centre) {
      const node = cy.getElementById(id);
      if (node.hasClass('hidden')) resetFilters();
      cy.zoom(Math.max(cy.zoom(), 1.1));
      cy.center(node);
    }
  }
  if (document.getElementById('ego').checked) applyFilters();
  renderDetails();
}

function renderDetails() {
  const box = document.getElementById('details');
  const actor = state.network && state.selected ? state.network.actors.find(a => a.id === state.selected) : null;
  if (!actor) {
    box.replaceChildren(el('p', {class: 'hint', text: t('details.empty')}));
    return;
  }
  const m = actorMetrics(actor.id);
  const facts = el('dl', {class: 'facts'},
    el('dt', {text: t('details.type')}), el('dd', {}, el('span', {class: 'swatch', 'data-colour': colourOf(actor.type)}),
      typeName(actor.type)),
    el('dt', {text: t('details.neighbourhood')}), el('dd', {text: actor.neighbourhood || '–'}),
    el('dt', {text: t('details.formal')}), el('dd', {text: number(actor.formal)}),
    el('dt', {text: t('details.newcomer')}), el('dd', {text: number(actor.newcomer)}));
  const rows = DETAIL_METRICS.filter(k => k in m).map(k => el('tr', {title: glossary(k)},
    el('th', {scope: 'row', text: metricName(k)}), el('td', {text: number(m[k])})));
  if (m.brokerage_by_type && typeof m.brokerage_by_type.total === 'number') {
    rows.push(el('tr', {title: glossary('brokerage_by_type')}, el('th', {scope: 'row', text: metricName('brokerage')}),
      el('td', {text: number(m.brokerage_by_type.total)})));
  }
  const metrics = el('table', {class: 'metrics', id: 'actor-metrics'},
    el('caption', {text: t('details.metrics')}), el('tbody', {}, ...rows));
  const findings = state.analysis ? state.analysis.findings.filter(f => (f.actors || []).includes(actor.id)) : [];
  const findingList = findings.length
    ? el('ul', {class: 'findings'}, ...findings.map(f => el('li', {class: 'finding ' + f.severity},
      el('strong', {text: t('severity.' + f.severity) + ': '}), f.message,
      f.suggestion ? el('p', {class: 'suggestion', text: f.suggestion}) : null)))
    : el('p', {class: 'hint', text: t('details.nofindings')});
  const contacts = state.cy ? state.cy.getElementById(actor.id).neighborhood('node').map(n => n) : [];
  contacts.sort((a, b) => a.data('name').localeCompare(b.data('name')));
  box.replaceChildren(...[
    el('h3', {id: 'actor-name', text: actor.name}),
    actor.pseudonym ? el('p', {class: 'hint', text: t('details.pseudonym')}) : null,
    facts, metrics,
    el('h4', {text: t('details.findings')}), findingList,
    el('h4', {text: t('details.contacts')}),
    el('ul', {class: 'contacts'}, ...contacts.map(n => el('li', {}, el('button', {type: 'button', class: 'link',
      text: n.data('name'), onclick: () => selectActor(n.id(), true)}))))].filter(Boolean));
  box.querySelectorAll('[data-colour]').forEach(s => { s.style.backgroundColor = s.dataset.colour; });
}

// ---- consortia -----------------------------------------------------------------------------------

function highlightConsortium(id) {
  state.consortium = id;
  if (state.flagged && state.flagged.consortium !== id) state.flagged = null;
  const cy = state.cy;
  if (cy) {
    const members = new Set(state.network.members.filter(m => m.consortium === id).map(m => m.actor));
    const flagged = state.flagged && state.flagged.consortium === id ? state.flagged.actors : new Set();
    cy.batch(() => {
      cy.elements().removeClass('member faded dim flagged');
      if (id) {
        cy.nodes().forEach(n => {
          if (flagged.has(n.id())) n.addClass('flagged');
          else n.addClass(members.has(n.id()) ? 'member' : 'faded');
          if (flagged.has(n.id()) && members.has(n.id())) n.addClass('member');
        });
        cy.edges().forEach(e => {
          const ends = [e.source().id(), e.target().id()];
          const inside = ends.every(x => members.has(x) || flagged.has(x));
          if (!inside) e.addClass('faded');
        });
      }
    });
  }
  renderConsortium();
}

function renderConsortium() {
  const box = document.getElementById('consortium-details');
  const c = state.network && state.consortium ? state.network.consortia.find(x => x.id === state.consortium) : null;
  if (!c) {
    box.replaceChildren();
    return;
  }
  const names = new Map(state.network.actors.map(a => [a.id, a]));
  const members = state.network.members.filter(m => m.consortium === c.id);
  box.replaceChildren(
    el('h3', {text: c.name}),
    el('p', {text: [c.task, c.municipality_role ? t('consortium.role', {r: c.municipality_role}) : null]
      .filter(Boolean).join(' · ')}),
    flaggedNote(),
    el('h4', {text: t('consortium.members')}),
    el('ul', {class: 'contacts'}, ...members.map(m => {
      const a = names.get(m.actor);
      return el('li', {}, el('button', {type: 'button', class: 'link', text: a ? a.name : m.actor,
        onclick: () => selectActor(m.actor, true)}), m.role ? ' — ' + m.role : '', a ? ' (' + typeName(a.type) + ')' : '');
    })),
    el('p', {}, el('a', {href: '#consortium/' + encodeURIComponent(c.id), id: 'open-scorecard',
      text: t('consortium.scores')})));
}

function flaggedNote() {
  const f = state.flagged;
  if (!f || f.consortium !== state.consortium) return null;
  const names = [...f.actors].map(id => actorName(id));
  return el('div', {class: 'flag-note', id: 'flag-note'},
    el('p', {}, el('span', {class: 'flag-mark', 'aria-hidden': 'true'}), el('strong', {text: f.label + ': '}),
      names.length ? names.join(', ') : t('finding.noactors')),
    el('button', {type: 'button', id: 'flag-clear', text: t('finding.clear'), onclick: clearFlagged}));
}

function actorName(id) {
  const a = state.network && state.network.actors.find(x => x.id === id);
  return a ? a.name : id;
}

/** Marks a finding's actors on the map, with the consortium highlighted, and shows the map. */
function showOnMap(consortium, actors, label) {
  state.flagged = label ? {consortium, actors: new Set(actors), label} : null;
  document.getElementById('consortium').value = consortium;
  location.hash = 'map';
  selectActor(null); // the details panel shows the consortium and the marked actors, not an earlier choice
  highlightConsortium(consortium);
  if (state.cy) {
    const marked = state.flagged ? state.flagged.actors : new Set();
    const nodes = state.cy.nodes().filter(n => marked.has(n.id()));
    if (nodes.length) {
      state.cy.resize();
      state.cy.fit(nodes.union(nodes.closedNeighborhood('node')), 60);
    }
  }
  const note = document.getElementById('flag-note');
  if (note) note.setAttribute('tabindex', '-1');
  if (note) note.focus();
}

function clearFlagged() {
  state.flagged = null;
  highlightConsortium(state.consortium);
  document.getElementById('consortium').focus();
}

// The proposals of the workspace, each with its page (score cards, findings, recommendations, what-if).
function renderConsortiaView() {
  const box = document.getElementById('consortia-list');
  if (!state.network) return;
  if (!state.network.consortia.length) {
    box.replaceChildren(el('p', {class: 'hint', text: t('consortia.none')}));
    return;
  }
  box.replaceChildren(el('ul', {class: 'consortia'}, ...state.network.consortia.map(c => el('li', {},
    el('a', {href: '#consortium/' + encodeURIComponent(c.id), class: 'consortium-link', 'data-consortium': c.id,
      text: c.name}), ' (' + t('consortia.members', {n: c.members}) + ')', c.task ? ' — ' + c.task : '',
    ' · ', el('button', {type: 'button', class: 'link', text: t('consortia.onmap'), onclick: () => {
      document.getElementById('consortium').value = c.id;
      highlightConsortium(c.id);
      location.hash = 'map';
    }})))),
  el('p', {}, el('a', {href: '#compare', text: t('consortia.compare')})));
}

// ---- upload --------------------------------------------------------------------------------------

async function upload(e) {
  e.preventDefault();
  const form = e.target;
  const name = form.querySelector('#upload-workspace').value.trim();
  const files = form.querySelector('#upload-files').files;
  const result = document.getElementById('upload-result');
  const data = new FormData();
  for (const f of files) data.append('files', f, f.name);
  result.replaceChildren(el('p', {text: t('upload.busy')}));
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const done = await api('/api/workspaces/' + encodeURIComponent(name) + '/dataset', {method: 'POST', body: data});
    result.replaceChildren(el('p', {class: 'message ok', role: 'status', text: t('upload.done',
      {w: done.workspace, a: done.actors, t: done.ties, c: done.consortia, o: done.outcome})}));
    fillWorkspaces(await api('/api/workspaces'), done.workspace);
  } catch (err) {
    result.replaceChildren(...problemView(err));
  } finally {
    button.disabled = false;
  }
}

function problemView(err) {
  const problems = err.problem && err.problem.problems;
  if (!problems) {
    const lines = (err.problem && err.problem.errors || []).map(x => el('li', {text: x.message}));
    return [el('p', {class: 'message error', role: 'alert', text: t('upload.failed', {m: err.message})}),
      lines.length ? el('ul', {}, ...lines) : null].filter(Boolean);
  }
  return [
    el('p', {class: 'message error', role: 'alert', text: t('upload.problems', {n: problems.length})}),
    el('table', {class: 'problems', id: 'upload-problems'},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: t('upload.col.where')}),
        el('th', {scope: 'col', text: t('upload.col.column')}), el('th', {scope: 'col', text: t('upload.col.what')}),
        el('th', {scope: 'col', text: t('upload.col.fix')}))),
      el('tbody', {}, ...problems.map(p => el('tr', {},
        el('td', {class: 'where', text: p.file + ':' + p.line + ':' + p.column}),
        el('td', {text: p.column_name || ''}), el('td', {text: p.message}), el('td', {text: p.fix})))))
  ];
}

// For tests and the curious: the map's state.
window.vico = {
  ready: false,
  drawnNodes: () => (state.cy ? state.cy.nodes().filter(n => !n.hasClass('hidden') && n.visible()).length : 0),
  selected: () => state.selected,
  workspace: () => state.workspace,
  analysed: () => state.analysis !== null,
  flagged: () => (state.flagged ? [...state.flagged.actors] : []),
  nodePosition: id => {
    const n = state.cy && state.cy.getElementById(id);
    return n && n.length ? n.renderedPosition() : null;
  }
};
