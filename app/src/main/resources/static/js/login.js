import {apply, language, setLanguage, t} from './i18n.js';

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

// The form is sent with fetch, so that a refusal for too many failed attempts (429, with Retry-After) can be
// shown on this page; a plain form post (no script) still works and then shows the server's problem document.
async function submit(e) {
  e.preventDefault();
  const form = e.target;
  document.getElementById('csrf').value = csrfToken();
  const button = form.querySelector('button[type=submit]');
  const message = document.getElementById('login-throttled');
  button.disabled = true;
  try {
    const response = await fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin', redirect: 'follow'});
    if (response.status === 429) {
      const seconds = Number(response.headers.get('Retry-After')) || 60;
      document.getElementById('login-error').hidden = true;
      message.textContent = t('login.throttled', {m: Math.max(1, Math.ceil(seconds / 60))});
      message.hidden = false;
      return;
    }
    if (!response.ok && !response.redirected) {
      message.textContent = t('login.failed', {m: 'HTTP ' + response.status});
      message.hidden = false;
      return;
    }
    location.assign(response.url);
  } catch (err) {
    message.textContent = t('login.failed', {m: err.message});
    message.hidden = false;
  } finally {
    button.disabled = false;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  apply(document);
  const params = new URLSearchParams(location.search);
  document.getElementById('login-error').hidden = !params.has('error');
  document.getElementById('login-logout').hidden = !params.has('logout');
  document.getElementById('login-form').addEventListener('submit', submit);
  document.getElementById('csrf').value = csrfToken();
  document.getElementById('lang').addEventListener('click', () => setLanguage(language() === 'nl' ? 'en' : 'nl'));
});
