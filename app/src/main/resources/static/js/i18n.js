// The page's words in English and Dutch. Elements carry data-i18n="key" (text), data-i18n-placeholder,
// data-i18n-title or data-i18n-aria-label; apply() fills them in the chosen language.
const STRINGS = {
  en: {
    'app.title': 'vico — vital coalitions',
    'app.tagline': 'The network behind a social tender',
    'skip': 'Skip to the map',
    'login.title': 'Log in to vico',
    'login.name': 'Account name',
    'login.password': 'Password',
    'login.submit': 'Log in',
    'login.error': 'The account name or password is not right.',
    'login.logout': 'You are logged out.',
    'login.hint': 'On the first start the server prints the administrator\'s password once (or takes VICO_ADMIN_PASSWORD).',
    'nav.map': 'Map',
    'nav.upload': 'Upload',
    'nav.consortia': 'Consortia',
    'nav.api': 'API',
    'nav.logout': 'Log out',
    'nav.language': 'Nederlands',
    'nav.large': 'Larger',
    'nav.large.title': 'Larger text and lines, for a projector',
    'workspace': 'Workspace',
    'workspace.none': 'No workspace you may see yet. Upload a dataset, or ask an administrator to add you to one.',
    'search': 'Find an actor',
    'search.placeholder': 'name or id',
    'search.go': 'Find',
    'search.none': 'No actor matches “{q}”.',
    'size': 'Size by',
    'size.none': 'same size',
    'legend': 'Actor types',
    'legend.hint': 'Untick a type to hide it.',
    'filter.neighbourhood': 'Neighbourhood',
    'filter.all': 'all',
    'filter.kinds': 'Tie kinds',
    'filter.ego': 'Only the selected actor and its direct contacts',
    'filter.consortium': 'Highlight a consortium',
    'filter.reset': 'Show everything',
    'filter.fit': 'Fit to screen',
    'status.loading': 'Loading {w} …',
    'status.analysing': 'Analysing …',
    'status.shown': '{n} of {total} actors and {e} ties shown.',
    'status.error': 'Could not load: {m}',
    'details': 'Details',
    'details.empty': 'Click an actor on the map, or find one by name, to see its measures and findings.',
    'details.type': 'Type',
    'details.neighbourhood': 'Neighbourhood',
    'details.formal': 'Formal organisation',
    'details.newcomer': 'Newcomer',
    'details.yes': 'yes',
    'details.no': 'no',
    'details.metrics': 'Measures',
    'details.findings': 'Findings',
    'details.nofindings': 'No findings name this actor.',
    'details.contacts': 'Direct contacts',
    'details.pseudonym': 'A resident is a private person: shown under a pseudonym.',
    'consortium.members': 'Members',
    'consortium.role': 'municipality: {r}',
    'consortium.scores': 'Score card, recommendations and what-if come with the assessment of consortia (not yet on the server).',
    'consortia.title': 'Consortia',
    'consortia.hook': 'The score cards of each proposal, the comparison with weights that a residents\' panel can set, and the what-if of recommendations come here once the assessment API is wired into the server. Meanwhile, highlight a consortium on the map.',
    'upload.title': 'Upload a dataset',
    'upload.intro': 'The CSV files of the dataset format (actors.csv, and ties.csv, consortia.csv, members.csv, neighbourhoods.csv as you have them), or one zip of them. The whole dataset is checked first; if anything is wrong, nothing is written and every problem is listed by file and line.',
    'upload.workspace': 'Into workspace (new or existing — its content is replaced)',
    'upload.files': 'Files',
    'upload.submit': 'Check and import',
    'upload.busy': 'Checking and importing …',
    'upload.done': 'Imported into {w}: {a} actors, {t} ties, {c} consortia ({o}).',
    'upload.problems': '{n} problems — nothing was written. Fix these lines and upload again:',
    'upload.col.where': 'Where',
    'upload.col.column': 'Column',
    'upload.col.what': 'What is wrong',
    'upload.col.fix': 'What to do',
    'upload.failed': 'Refused: {m}',
    'severity.info': 'note',
    'severity.warning': 'warning',
    'severity.critical': 'critical',
    'metric.degree': 'contacts (degree)',
    'metric.degree_centrality': 'degree centrality',
    'metric.betweenness': 'betweenness (power as go-between)',
    'metric.betweenness_raw': 'betweenness, raw',
    'metric.constraint': 'constraint (Burt)',
    'metric.effective_size': 'effective size (Burt)',
    'metric.closeness': 'closeness',
    'metric.pagerank': 'PageRank',
    'metric.eigenvector': 'eigenvector centrality',
    'metric.community': 'community',
    'metric.k_core': 'core number (k-core)',
    'metric.brokerage': 'brokerage (Gould & Fernandez)',
    'metric.clustering': 'clustering'
  },
  nl: {
    'app.title': 'vico — vitale coalities',
    'app.tagline': 'Het netwerk achter een maatschappelijke aanbesteding',
    'skip': 'Naar de kaart',
    'login.title': 'Inloggen bij vico',
    'login.name': 'Accountnaam',
    'login.password': 'Wachtwoord',
    'login.submit': 'Inloggen',
    'login.error': 'Accountnaam of wachtwoord klopt niet.',
    'login.logout': 'U bent uitgelogd.',
    'login.hint': 'Bij de eerste start toont de server het wachtwoord van de beheerder één keer (of gebruikt VICO_ADMIN_PASSWORD).',
    'nav.map': 'Kaart',
    'nav.upload': 'Uploaden',
    'nav.consortia': 'Consortia',
    'nav.api': 'API',
    'nav.logout': 'Uitloggen',
    'nav.language': 'English',
    'nav.large': 'Groter',
    'nav.large.title': 'Grotere tekst en lijnen, voor een beamer',
    'workspace': 'Werkruimte',
    'workspace.none': 'Nog geen werkruimte die u mag zien. Upload een dataset, of vraag een beheerder u toe te voegen.',
    'search': 'Zoek een actor',
    'search.placeholder': 'naam of id',
    'search.go': 'Zoek',
    'search.none': 'Geen actor gevonden voor “{q}”.',
    'size': 'Grootte naar',
    'size.none': 'gelijke grootte',
    'legend': 'Soorten actoren',
    'legend.hint': 'Vink een soort uit om die te verbergen.',
    'filter.neighbourhood': 'Buurt',
    'filter.all': 'alle',
    'filter.kinds': 'Soorten relaties',
    'filter.ego': 'Alleen de gekozen actor en zijn directe contacten',
    'filter.consortium': 'Markeer een consortium',
    'filter.reset': 'Alles tonen',
    'filter.fit': 'Passend maken',
    'status.loading': '{w} laden …',
    'status.analysing': 'Analyseren …',
    'status.shown': '{n} van {total} actoren en {e} relaties zichtbaar.',
    'status.error': 'Laden mislukt: {m}',
    'details': 'Details',
    'details.empty': 'Klik op een actor op de kaart, of zoek er een op naam, om de maten en bevindingen te zien.',
    'details.type': 'Soort',
    'details.neighbourhood': 'Buurt',
    'details.formal': 'Formele organisatie',
    'details.newcomer': 'Nieuwkomer',
    'details.yes': 'ja',
    'details.no': 'nee',
    'details.metrics': 'Maten',
    'details.findings': 'Bevindingen',
    'details.nofindings': 'Geen bevindingen over deze actor.',
    'details.contacts': 'Directe contacten',
    'details.pseudonym': 'Een bewoner is een privépersoon: getoond onder een pseudoniem.',
    'consortium.members': 'Leden',
    'consortium.role': 'gemeente: {r}',
    'consortium.scores': 'Scorekaart, aanbevelingen en wat-als komen met de beoordeling van consortia (nog niet op de server).',
    'consortia.title': 'Consortia',
    'consortia.hook': 'Hier komen de scorekaarten van elk voorstel, de vergelijking met gewichten die een bewonerspanel kan instellen, en het wat-als van aanbevelingen, zodra de beoordelings-API op de server zit. Markeer intussen een consortium op de kaart.',
    'upload.title': 'Een dataset uploaden',
    'upload.intro': 'De CSV-bestanden van het dataformaat (actors.csv, en ties.csv, consortia.csv, members.csv, neighbourhoods.csv voor zover u ze hebt), of één zip ervan. Eerst wordt de hele dataset gecontroleerd; is er iets mis, dan wordt niets geschreven en staat elk probleem er met bestand en regel bij.',
    'upload.workspace': 'In werkruimte (nieuw of bestaand — de inhoud wordt vervangen)',
    'upload.files': 'Bestanden',
    'upload.submit': 'Controleren en importeren',
    'upload.busy': 'Controleren en importeren …',
    'upload.done': 'Geïmporteerd in {w}: {a} actoren, {t} relaties, {c} consortia ({o}).',
    'upload.problems': '{n} problemen — er is niets geschreven. Herstel deze regels en upload opnieuw:',
    'upload.col.where': 'Waar',
    'upload.col.column': 'Kolom',
    'upload.col.what': 'Wat er mis is',
    'upload.col.fix': 'Wat te doen',
    'upload.failed': 'Geweigerd: {m}',
    'severity.info': 'opmerking',
    'severity.warning': 'waarschuwing',
    'severity.critical': 'ernstig',
    'metric.degree': 'contacten (graad)',
    'metric.degree_centrality': 'graadcentraliteit',
    'metric.betweenness': 'tussenpositie (macht als tussenpersoon)',
    'metric.betweenness_raw': 'tussenpositie, ruw',
    'metric.constraint': 'beperking (Burt)',
    'metric.effective_size': 'effectieve omvang (Burt)',
    'metric.closeness': 'nabijheid',
    'metric.pagerank': 'PageRank',
    'metric.eigenvector': 'eigenvectorcentraliteit',
    'metric.community': 'gemeenschap',
    'metric.k_core': 'kerngetal (k-core)',
    'metric.brokerage': 'makelaarsrollen (Gould & Fernandez)',
    'metric.clustering': 'clustering'
  }
};

const TYPE_NAMES = {
  en: {resident: 'resident', resident_group: 'resident group', social_entrepreneur: 'social entrepreneur',
    housing_corporation: 'housing corporation', school: 'school', care_welfare: 'care and welfare', business: 'business',
    municipality: 'municipality', foundation: 'foundation', broker: 'broker',
    collaborates: 'collaborates', funds: 'funds', contracts: 'contracts', informs: 'informs', member_of: 'member of',
    trusts: 'trusts'},
  nl: {resident: 'bewoner', resident_group: 'bewonersorganisatie', social_entrepreneur: 'sociaal ondernemer',
    housing_corporation: 'woningcorporatie', school: 'school', care_welfare: 'zorg en welzijn', business: 'bedrijf',
    municipality: 'gemeente', foundation: 'stichting', broker: 'verbinder',
    collaborates: 'werkt samen', funds: 'financiert', contracts: 'contracteert', informs: 'informeert',
    member_of: 'lid van', trusts: 'vertrouwt'}
};

export function language() {
  const saved = localStorage.getItem('vico.lang');
  if (saved === 'nl' || saved === 'en') return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function setLanguage(lang) {
  localStorage.setItem('vico.lang', lang);
  apply(document);
}

/** The text of a key in the current language, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const lang = language();
  const text = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
}

/** The word for an actor type or tie kind, e.g. housing_corporation → woningcorporatie. */
export function typeName(key) {
  return TYPE_NAMES[language()][key] || key.replace(/_/g, ' ');
}

/** The label of a measure, or its key in words when the page does not know it. */
export function metricName(key) {
  const k = 'metric.' + key;
  const text = t(k);
  return text === k ? key.replace(/_/g, ' ') : text;
}

export function apply(root) {
  document.documentElement.lang = language();
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)); });
}
