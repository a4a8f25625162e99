import {apply, language, setLanguage} from './i18n.js';

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

document.addEventListener('DOMContentLoaded', () => {
  apply(document);
  const params = new URLSearchParams(location.search);
  document.getElementById('login-error').hidden = !params.has('error');
  document.getElementById('login-logout').hidden = !params.has('logout');
  const form = document.getElementById('login-form');
  form.addEventListener('submit', () => { document.getElementById('csrf').value = csrfToken(); });
  document.getElementById('csrf').value = csrfToken();
  document.getElementById('lang').addEventListener('click', () => setLanguage(language() === 'nl' ? 'en' : 'nl'));
});
