// Small helpers shared by the page's modules: building elements (text only through textContent, never
// innerHTML of data) and calling this server's API with the session and its CSRF token.

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined && c !== false) e.append(c);
  }
  return e;
}

export function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
}

export async function api(path, options = {}) {
  const headers = Object.assign({'Accept': 'application/json'}, options.headers || {});
  if (options.method && options.method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    options = Object.assign({}, options, {body: JSON.stringify(options.json)});
    delete options.json;
  }
  const response = await fetch(path, Object.assign({}, options, {headers, credentials: 'same-origin'}));
  if (response.status === 401) {
    location.assign('/login.html');
    throw new ApiError(401, {detail: 'log in first'});
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** A score from 0 to 100 as a whole number, or a dash when undefined. */
export function score(v) {
  return typeof v === 'number' && Number.isFinite(v) ? String(Math.round(v)) : '–';
}

/** A change of score with its sign: +7, −3, 0, or a dash when undefined. */
export function signed(v) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '–';
  const r = Math.round(v);
  if (r === 0) return Math.abs(v) < 0.05 ? '0' : (v > 0 ? '+' : '−') + Math.abs(v).toFixed(1);
  return (r > 0 ? '+' : '−') + Math.abs(r);
}

/** A share from 0 to 1 as a whole percentage. */
export function percent(v) {
  return typeof v === 'number' && Number.isFinite(v) ? Math.round(100 * v) + '%' : '–';
}
