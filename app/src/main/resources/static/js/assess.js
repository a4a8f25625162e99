// The consortium pages (score cards, findings shown on the map, recommendations with what-if) and the
// comparison of the proposals with the weights a residents' panel sets. Every number comes from the API
// (the same documents as vico assess / compare / recommend); this module only lays them out.
import {t, typeName} from './i18n.js';
import {api, el, percent, score, signed} from './util.js';

export const CRITERIA = ['diversity', 'power_balance', 'bridging', 'support', 'role_clarity', 'scale'];
const WEIGHT_MAX = 10;
const WEIGHT_STEP = 0.5;
const TOP = 5;
const DEBOUNCE_MS = 200;

let ctx = null; // {state, showOnMap, status} from app.js

const data = {
  consortium: null, // id of the consortium page shown
  assessment: null,
  recommendations: null,
  error: null,
  recommendationsError: null,
  whatIf: null, // the last what-if document
  whatIfLabel: '',
  whatIfBusy: false,
  loadSeq: 0,
  comparison: null,
  comparisonError: null,
  previousRanking: [],
  task: '',
  weights: equalWeights(),
  compareSeq: 0,
  compareShown: 0,
  compareTimer: null
};

function equalWeights() {
  return Object.fromEntries(CRITERIA.map(c => [c, 1]));
}

export function init(context) {
  ctx = context;
  Object.assign(window.vico, {
    consortiumShown: () => (data.assessment && data.assessment.consortium === data.consortium ? data.consortium : null),
    recommendationsShown: () => data.recommendations !== null,
    whatIf: () => data.whatIf,
    ranking: () => (data.comparison ? data.comparison.ranking.map(r => r.consortium) : []),
    comparing: () => data.compareSeq !== data.compareShown,
    weights: () => Object.assign({}, data.weights)
  });
}

/** Another workspace: nothing shown so far belongs to it. */
export function reset() {
  data.loadSeq++;
  data.compareSeq++;
  data.compareShown = data.compareSeq;
  Object.assign(data, {assessment: null, recommendations: null, error: null, recommendationsError: null, whatIf: null,
    comparison: null, comparisonError: null, previousRanking: [], task: ''});
}

/** The workspace's network has arrived: load what the open page needs. */
export function workspaceLoaded() {
  if (ctx.state.view === 'consortium' && data.consortium) loadConsortium();
  if (ctx.state.view === 'compare') {
    buildWeightControls(true);
    loadComparison();
  }
}

/** The language changed: lay out again what is there. */
export function rerender() {
  if (ctx.state.view === 'consortium') renderConsortium();
  buildWeightControls(true);
  renderComparison();
}

function weightQuery() {
  const params = new URLSearchParams();
  for (const c of CRITERIA) {
    if (data.weights[c] !== 1) params.append('weight', c + '=' + data.weights[c]);
  }
  return params;
}

function weighted() {
  return CRITERIA.some(c => data.weights[c] !== 1);
}

function ws(path) {
  return '/api/workspaces/' + encodeURIComponent(ctx.state.workspace) + path;
}

function actor(id) {
  return ctx.state.network ? ctx.state.network.actors.find(a => a.id === id) : null;
}

/** The name the map shows (a pseudonym for viewers), else the assessment's own label. */
function nameOf(id, label) {
  const a = actor(id);
  return a ? a.name : (label || id);
}

function criterionName(key) {
  return t('criterion.' + key);
}

function codeName(code) {
  const k = 'code.' + code;
  const text = t(k);
  return text === k ? code.replace(/_/g, ' ').toLowerCase() : text;
}

function roleName(role) {
  if (!role) return t('role.missing');
  const k = 'role.' + role;
  const text = t(k);
  return text === k ? role : text;
}

// ---- the consortium page ------------------------------------------------------------------------

export function showConsortium(id) {
  if (data.consortium !== id) {
    data.consortium = id;
    data.assessment = null;
    data.recommendations = null;
    data.whatIf = null;
    data.error = null;
  }
  renderConsortium();
  if (ctx.state.network && (!data.assessment || data.assessment.consortium !== id)) loadConsortium();
}

async function loadConsortium() {
  const id = data.consortium;
  const seq = ++data.loadSeq;
  const query = weightQuery();
  const suffix = query.toString() ? '?' + query : '';
  data.error = null;
  data.recommendationsError = null;
  if (!ctx.state.network.consortia.some(c => c.id === id)) {
    data.error = t('cp.unknown', {c: id});
    renderConsortium();
    return;
  }
  const base = ws('/consortia/' + encodeURIComponent(id));
  const assessment = api(base + '/assessment' + suffix);
  query.append('top', String(TOP));
  const recommendations = api(base + '/recommendations?' + query);
  try {
    const a = await assessment;
    if (seq !== data.loadSeq) return;
    data.assessment = a;
  } catch (e) {
    if (seq !== data.loadSeq) return;
    data.error = e.message;
  }
  renderConsortium();
  try {
    const r = await recommendations;
    if (seq !== data.loadSeq) return;
    data.recommendations = r;
  } catch (e) {
    if (seq !== data.loadSeq) return;
    data.recommendationsError = e.message;
  }
  renderConsortium();
}

function renderConsortium() {
  const box = document.getElementById('consortium-page');
  if (!box) return;
  const c = ctx.state.network ? ctx.state.network.consortia.find(x => x.id === data.consortium) : null;
  const title = c ? c.name : (data.assessment ? data.assessment.name : data.consortium || '');
  const parts = [el('p', {class: 'crumbs'}, el('a', {href: '#consortia', text: t('cp.back')}), ' · ',
    el('a', {href: '#compare', text: t('cp.compare')}), c ? ' · ' : null,
    c ? el('button', {type: 'button', class: 'link', id: 'cp-on-map', text: t('cp.onmap'),
      onclick: () => ctx.showOnMap(c.id, [], null)}) : null),
  el('h2', {id: 'cp-title', text: title})];
  if (data.error) {
    parts.push(el('p', {class: 'message error', role: 'alert', text: t('status.error', {m: data.error})}));
    box.replaceChildren(...parts);
    return;
  }
  const a = data.assessment && data.assessment.consortium === data.consortium ? data.assessment : null;
  if (!a) {
    parts.push(el('p', {class: 'hint', role: 'status', text: t('cp.loading')}));
    box.replaceChildren(...parts);
    return;
  }
  parts.push(facts(a));
  if (weighted()) {
    parts.push(el('p', {class: 'hint', id: 'cp-weighted'}, t('cp.weighted') + ' ',
      el('a', {href: '#compare', text: t('cp.weighted.link')})));
  }
  parts.push(section('cp-scores', t('cp.scores'), scoreCards(a)));
  parts.push(section('cp-findings', t('cp.findings', {n: a.findings.length}), findingList(a)));
  parts.push(section('cp-members', t('cp.members'), memberTable(a)));
  parts.push(section('cp-recommendations', t('cp.recommendations'), recommendationsView(a)));
  box.replaceChildren(...parts);
}

function section(id, title, ...content) {
  return el('section', {class: 'cp-section', 'aria-labelledby': id + '-h'}, el('h3', {id: id + '-h', text: title}),
    ...content);
}

function facts(a) {
  const bits = [];
  if (a.task) bits.push(t('cp.task', {x: a.task}));
  if (a.scale && a.scale.neighbourhood) {
    const hood = ctx.state.network.neighbourhoods.find(n => n.id === a.scale.neighbourhood);
    bits.push(t('cp.neighbourhood', {x: hood ? hood.name : a.scale.neighbourhood})
      + (typeof a.scale.residents === 'number' ? ' (' + t('cp.residents', {n: a.scale.residents.toLocaleString()}) + ')' : ''));
  }
  bits.push(a.municipality_role ? t('cp.municipality', {r: roleName(a.municipality_role)}) : t('cp.municipality.none'));
  bits.push(t('cp.nmembers', {n: a.n_members}));
  return el('p', {class: 'lede', id: 'cp-facts', text: bits.join(' · ')});
}

function scoreCards(a) {
  const parts = a.score_parts || {};
  const cards = [card('overall', a.scores.overall, null, null)];
  for (const c of CRITERIA) cards.push(card(c, a.scores[c], parts[c] || {}, (parts[c] || {}).weight));
  return el('div', {class: 'cards', id: 'score-cards'}, ...cards);
}

function card(key, value, parts, weight) {
  const defined = typeof value === 'number';
  const level = !defined ? 'none' : value >= 70 ? 'good' : value >= 40 ? 'fair' : 'poor';
  const name = key === 'overall' ? t('criterion.overall') : criterionName(key);
  const details = [];
  if (parts) {
    const rows = Object.entries(parts).filter(([k]) => k !== 'weight');
    if (rows.length) {
      details.push(el('details', {}, el('summary', {text: t('cp.parts')}),
        el('dl', {class: 'parts'}, ...rows.flatMap(([k, v]) => [el('dt', {text: partName(k)}),
          el('dd', {text: typeof v === 'number' ? percent(v) : '–'})]))));
    }
  }
  return el('article', {class: 'card ' + level + (key === 'overall' ? ' overall' : ''), id: 'card-' + key,
    'data-criterion': key},
  el('h4', {text: name}),
  el('p', {class: 'card-score'}, el('span', {class: 'value', text: score(value)}), el('span', {class: 'of', text: '/100'})),
  el('meter', {min: '0', max: '100', low: '40', high: '70', optimum: '100', value: defined ? String(value) : '0',
    'aria-label': name + ': ' + score(value) + ' / 100'}),
  key === 'overall' ? el('p', {class: 'hint', text: t('cp.overall.hint')})
    : el('p', {class: 'hint', text: t('criterion.' + key + '.hint')}),
  typeof weight === 'number' ? el('p', {class: 'weight', text: t('cp.weight', {w: weight})}) : null,
  !defined ? el('p', {class: 'hint', text: t('cp.undefined')}) : null,
  ...details);
}

function partName(key) {
  const k = 'part.' + key;
  const text = t(k);
  return text === k ? key.replace(/_/g, ' ') : text;
}

function findingList(a) {
  if (!a.findings.length) return el('p', {class: 'hint', text: t('cp.nofindings')});
  return el('ol', {class: 'finding-list', id: 'cp-finding-list'}, ...a.findings.map((f, i) => findingItem(a, f, i)));
}

function findingItem(a, f, i) {
  const names = (f.actors || []).map(id => nameOf(id));
  const label = codeName(f.code);
  return el('li', {class: 'finding ' + f.severity, 'data-code': f.code},
    el('p', {class: 'finding-head'}, el('span', {class: 'badge ' + f.severity, text: t('severity.' + f.severity)}), ' ',
      el('strong', {text: label}), ' ', el('code', {text: f.code})),
    el('p', {class: 'finding-message', text: f.message}),
    f.suggestion ? el('p', {class: 'suggestion', text: t('cp.suggestion') + ' ' + f.suggestion}) : null,
    names.length ? el('p', {class: 'finding-actors', text: t('cp.actors') + ' ' + names.join(', ')}) : null,
    el('button', {type: 'button', class: 'show-on-map', 'data-finding': String(i),
      'aria-label': t('cp.showonmap.label', {f: label}), text: t('cp.showonmap'),
      onclick: () => ctx.showOnMap(a.consortium, f.actors || [], label)}));
}

function memberTable(a) {
  return el('div', {class: 'table-wrap'}, el('table', {class: 'data', id: 'cp-member-table'},
    el('thead', {}, el('tr', {}, ...['cp.col.member', 'cp.col.type', 'cp.col.role', 'cp.col.budget', 'cp.col.ties']
      .map(k => el('th', {scope: 'col', text: t(k)})))),
    el('tbody', {}, ...a.member_profiles.map(m => el('tr', {},
      el('th', {scope: 'row', text: nameOf(m.actor, m.name)}), el('td', {text: typeName(m.type)}),
      el('td', {text: roleName(m.role)}), el('td', {class: 'num', text: m.budget_share === null ? '–' : percent(m.budget_share)}),
      el('td', {class: 'num', text: String(m.member_ties)}))))));
}

// ---- recommendations and what-if ----------------------------------------------------------------

function recommendationsView(a) {
  const out = [el('p', {class: 'hint', text: t('cp.rec.intro')})];
  if (data.recommendationsError) {
    out.push(el('p', {class: 'message error', role: 'alert', text: t('status.error', {m: data.recommendationsError})}));
  } else if (!data.recommendations || data.recommendations.consortium !== a.consortium) {
    out.push(el('p', {class: 'hint', role: 'status', text: t('cp.rec.loading')}));
  } else if (!data.recommendations.recommendations.length) {
    out.push(el('p', {class: 'hint', text: t('cp.rec.none')}));
  } else {
    out.push(el('ol', {class: 'recommendations', id: 'cp-rec-list'},
      ...data.recommendations.recommendations.map(r => recommendationItem(a, r))));
  }
  out.push(whatIfForm(a));
  out.push(el('div', {id: 'what-if-result', class: 'what-if-result', tabindex: '-1', 'aria-live': 'polite'},
    ...whatIfResult()));
  return el('div', {}, ...out);
}

function recommendationItem(a, r) {
  const name = nameOf(r.actor, r.name);
  const moved = CRITERIA.filter(c => r.change.scores[c] && typeof r.change.scores[c].change === 'number'
    && Math.abs(r.change.scores[c].change) >= 0.5)
    .map(c => criterionName(c) + ' ' + score(r.change.scores[c].before) + ' → ' + score(r.change.scores[c].after));
  return el('li', {class: 'recommendation', 'data-actor': r.actor},
    el('p', {class: 'rec-head'}, el('strong', {text: name}), ' (' + typeName(r.type) + ', ' + t('cp.rec.as', {r: roleName(r.role)})
      + ') — ' + t('cp.rec.gain', {g: signed(r.gain)})),
    moved.length ? el('p', {class: 'hint', text: moved.join(' · ')}) : null,
    r.reasons.length ? el('ul', {class: 'reasons'}, ...r.reasons.map(x => el('li', {text: x}))) : null,
    el('button', {type: 'button', class: 'what-if', 'data-actor': r.actor, text: t('cp.whatif.button', {a: name}),
      disabled: data.whatIfBusy, onclick: () => whatIf(a.consortium, [r.actor], [], t('cp.whatif.join', {a: name}))}));
}

function whatIfForm(a) {
  const members = new Set(a.member_profiles.map(m => m.actor));
  const others = (ctx.state.network ? ctx.state.network.actors : []).filter(x => !members.has(x.id))
    .sort((x, y) => x.name.localeCompare(y.name));
  const add = el('select', {id: 'whatif-add'}, el('option', {value: '', text: '—'}),
    ...others.map(x => el('option', {value: x.id, text: x.name + ' (' + typeName(x.type) + ')'})));
  const remove = el('select', {id: 'whatif-remove'}, el('option', {value: '', text: '—'}),
    ...a.member_profiles.map(m => el('option', {value: m.actor, text: nameOf(m.actor, m.name)})));
  return el('form', {class: 'what-if-form', id: 'what-if-form', onsubmit: e => {
    e.preventDefault();
    const addId = add.value;
    const removeId = remove.value;
    if (!addId && !removeId) return;
    const words = [];
    if (addId) words.push(t('cp.whatif.adds', {a: nameOf(addId)}));
    if (removeId) words.push(t('cp.whatif.removes', {a: nameOf(removeId)}));
    whatIf(a.consortium, addId ? [addId] : [], removeId ? [removeId] : [], words.join(t('cp.whatif.and')));
  }},
  el('fieldset', {}, el('legend', {text: t('cp.whatif.own')}),
    el('label', {for: 'whatif-add', text: t('cp.whatif.add')}), add,
    el('label', {for: 'whatif-remove', text: t('cp.whatif.remove')}), remove,
    el('button', {type: 'submit', text: t('cp.whatif.try'), disabled: data.whatIfBusy})));
}

async function whatIf(consortium, add, remove, label) {
  data.whatIfBusy = true;
  data.whatIf = null;
  data.whatIfLabel = label;
  data.whatIfError = null;
  renderConsortium();
  const weights = {};
  for (const c of CRITERIA) if (data.weights[c] !== 1) weights[c] = data.weights[c];
  try {
    const doc = await api(ws('/consortia/' + encodeURIComponent(consortium) + '/what-if'),
      {method: 'POST', json: {add, remove, weights}});
    if (data.consortium !== consortium) return;
    data.whatIf = doc;
  } catch (e) {
    data.whatIfError = e.message;
  } finally {
    data.whatIfBusy = false;
  }
  renderConsortium();
  const result = document.getElementById('what-if-result');
  if (result) result.focus();
}

function whatIfResult() {
  if (data.whatIfBusy) return [el('p', {class: 'hint', role: 'status', text: t('cp.whatif.busy')})];
  if (data.whatIfError) return [el('p', {class: 'message error', role: 'alert', text: t('status.error', {m: data.whatIfError})})];
  const w = data.whatIf;
  if (!w || w.consortium !== data.consortium) return [];
  const rows = [...CRITERIA, 'overall'].map(c => {
    const s = w.scores[c];
    const change = s.change;
    const dir = typeof change !== 'number' || Math.abs(change) < 0.05 ? 'same' : change > 0 ? 'up' : 'down';
    return el('tr', {'data-criterion': c, class: c === 'overall' ? 'overall' : null},
      el('th', {scope: 'row', text: c === 'overall' ? t('criterion.overall') : criterionName(c)}),
      el('td', {class: 'num before', text: score(s.before)}), el('td', {class: 'num after', text: score(s.after)}),
      el('td', {class: 'num change ' + dir, text: signed(change)}));
  });
  const codes = list => [...new Set(list.map(f => f.code))].map(codeName).join(', ');
  return [
    el('h4', {id: 'what-if-title', text: t('cp.whatif.title', {x: data.whatIfLabel})}),
    el('div', {class: 'table-wrap'}, el('table', {class: 'data whatif', id: 'what-if-table'},
      el('caption', {text: t('cp.whatif.caption')}),
      el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: t('cp.col.criterion')}),
        el('th', {scope: 'col', text: t('cp.col.before')}), el('th', {scope: 'col', text: t('cp.col.after')}),
        el('th', {scope: 'col', text: t('cp.col.change')}))),
      el('tbody', {}, ...rows))),
    el('p', {id: 'what-if-gone'}, el('strong', {text: t('cp.whatif.gone') + ' '}),
      w.findings_disappeared.length ? codes(w.findings_disappeared) : t('cp.whatif.nothing')),
    el('p', {id: 'what-if-new'}, el('strong', {text: t('cp.whatif.new') + ' '}),
      w.findings_appeared.length ? codes(w.findings_appeared) : t('cp.whatif.nothing')),
    el('p', {class: 'hint', text: t('cp.whatif.note')})
  ];
}

// ---- the comparison -----------------------------------------------------------------------------

export function showComparison() {
  buildWeightControls(true);
  renderComparison();
  if (ctx.state.network && !data.comparison) loadComparison();
}

function buildWeightControls(relabel) {
  const box = document.getElementById('weights');
  if (!box) return;
  if (box.children.length && !relabel) return;
  const focused = document.activeElement && document.activeElement.id;
  const rows = CRITERIA.map(c => {
    const input = el('input', {type: 'range', id: 'weight-' + c, name: c, min: '0', max: String(WEIGHT_MAX),
      step: String(WEIGHT_STEP), value: String(data.weights[c]), 'aria-describedby': 'weight-' + c + '-hint'});
    const output = el('output', {id: 'weight-' + c + '-value', for: 'weight-' + c, text: String(data.weights[c])});
    input.addEventListener('input', () => {
      data.weights[c] = Number(input.value);
      output.textContent = input.value;
      scheduleComparison();
    });
    return el('div', {class: 'weight-row'},
      el('label', {for: 'weight-' + c, text: criterionName(c)}), input, output,
      el('p', {class: 'hint', id: 'weight-' + c + '-hint', text: t('criterion.' + c + '.hint')}));
  });
  const tasks = ctx.state.network ? [...new Set(ctx.state.network.consortia.map(c => c.task).filter(Boolean))] : [];
  const task = el('select', {id: 'compare-task'}, el('option', {value: '', text: t('compare.alltasks')}),
    ...tasks.map(x => el('option', {value: x, text: x})));
  task.value = tasks.includes(data.task) ? data.task : '';
  task.addEventListener('change', () => {
    data.task = task.value;
    data.previousRanking = [];
    loadComparison();
  });
  box.replaceChildren(
    el('legend', {text: t('compare.weights')}),
    el('p', {class: 'hint', text: t('compare.weights.hint')}),
    el('div', {class: 'weight-row task-row'}, el('label', {for: 'compare-task', text: t('compare.task')}), task),
    ...rows,
    el('button', {type: 'button', id: 'weights-reset', text: t('compare.reset'), onclick: () => {
      data.weights = equalWeights();
      for (const c of CRITERIA) {
        document.getElementById('weight-' + c).value = '1';
        document.getElementById('weight-' + c + '-value').textContent = '1';
      }
      loadComparison();
    }}));
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

function scheduleComparison() {
  clearTimeout(data.compareTimer);
  data.compareSeq++; // the ranking shown is out of date from now on
  data.compareTimer = setTimeout(loadComparison, DEBOUNCE_MS);
  renderCompareStatus();
}

async function loadComparison() {
  if (!ctx.state.network) return;
  clearTimeout(data.compareTimer);
  const seq = ++data.compareSeq;
  renderCompareStatus();
  const query = weightQuery();
  if (data.task) query.append('task', data.task);
  try {
    const doc = await api(ws('/comparison') + (query.toString() ? '?' + query : ''));
    if (seq !== data.compareSeq) return;
    if (data.comparison) data.previousRanking = data.comparison.ranking.map(r => r.consortium);
    data.comparison = doc;
    data.comparisonError = null;
  } catch (e) {
    if (seq !== data.compareSeq) return;
    data.comparisonError = e.message;
  }
  data.compareShown = seq;
  // a consortium page opened later shows the same weights
  data.assessment = null;
  data.recommendations = null;
  data.whatIf = null;
  renderComparison();
}

function renderCompareStatus() {
  const s = document.getElementById('compare-status');
  if (!s) return;
  s.textContent = data.compareSeq !== data.compareShown ? t('compare.updating')
    : data.comparison ? t('compare.updated', {n: data.comparison.ranking.length}) : '';
}

function renderComparison() {
  const box = document.getElementById('comparison');
  if (!box) return;
  renderCompareStatus();
  if (data.comparisonError) {
    box.replaceChildren(el('p', {class: 'message error', role: 'alert', text: t('status.error', {m: data.comparisonError})}));
    return;
  }
  const c = data.comparison;
  if (!c) {
    box.replaceChildren(el('p', {class: 'hint', text: t('cp.loading')}));
    return;
  }
  if (!c.ranking.length) {
    box.replaceChildren(el('p', {class: 'hint', text: t('consortia.none')}));
    return;
  }
  const before = data.previousRanking;
  const head = el('tr', {}, el('th', {scope: 'col', text: '#'}), el('th', {scope: 'col', text: t('cp.col.consortium')}),
    el('th', {scope: 'col', class: 'num', text: t('criterion.overall')}),
    ...CRITERIA.map(k => el('th', {scope: 'col', class: 'num', text: criterionName(k)})),
    el('th', {scope: 'col', text: t('cp.col.findings')}));
  const rows = c.ranking.map(r => {
    const was = before.indexOf(r.consortium);
    const moved = was < 0 ? 0 : was + 1 - r.rank;
    const counts = {critical: 0, warning: 0, info: 0};
    r.findings.forEach(f => { counts[f.severity] = (counts[f.severity] || 0) + 1; });
    return el('tr', {'data-consortium': r.consortium, class: moved > 0 ? 'moved-up' : moved < 0 ? 'moved-down' : null},
      el('td', {class: 'rank'}, String(r.rank), moved ? el('span', {class: 'move',
        title: t(moved > 0 ? 'compare.up' : 'compare.down', {n: Math.abs(moved)}),
        'aria-label': t(moved > 0 ? 'compare.up' : 'compare.down', {n: Math.abs(moved)}),
        text: (moved > 0 ? ' ▲' : ' ▼') + Math.abs(moved)}) : null),
      el('th', {scope: 'row'}, el('a', {href: '#consortium/' + encodeURIComponent(r.consortium), text: r.name})),
      el('td', {class: 'num overall', text: score(r.scores.overall)}),
      ...CRITERIA.map(k => el('td', {class: 'num', text: score(r.scores[k])})),
      el('td', {text: t('compare.counts', counts)}));
  });
  const pairs = c.pairs.length ? el('details', {class: 'pairs', open: true},
    el('summary', {text: t('compare.pairs')}),
    el('ul', {id: 'compare-pairs'}, ...c.pairs.map(p => el('li', {text: p.explanation})))) : null;
  box.replaceChildren(
    el('div', {class: 'table-wrap'}, el('table', {class: 'data ranking', id: 'ranking'},
      el('caption', {text: c.task ? t('compare.caption.task', {x: c.task}) : t('compare.caption')}),
      el('thead', {}, head), el('tbody', {}, ...rows))),
    weighted() ? el('p', {class: 'hint', text: t('compare.weighted', {w: CRITERIA.map(k => criterionName(k) + ' '
      + data.weights[k]).join(', ')})}) : null,
    pairs);
}
