// The "paste a job description" mode: sends the text to /api/fit and shows the report as a
// checklist. Like the chat, every value is set as text, never parsed as HTML.
// Loaded as a module (deferred, strict, its names kept out of the page's globals).
const askForm = document.getElementById('ask');
const chips = document.getElementById('suggestions');
const form = document.getElementById('fit');
const textarea = document.getElementById('jd');
const send = document.getElementById('fit-send');
const count = document.getElementById('fit-count');
const status = document.getElementById('fit-status');
const log = document.getElementById('log');
const modes = {
  ask: document.getElementById('mode-ask'),
  fit: document.getElementById('mode-fit'),
};
const MAX = Number(textarea.getAttribute('maxlength')) || 20000;
const MARK = { met: '✓', partial: '~', missing: '✗' };
const LABEL = { met: 'Met', partial: 'Partly met', missing: 'Missing' };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setMode(mode) {
  const fit = mode === 'fit';
  modes.ask.setAttribute('aria-pressed', String(!fit));
  modes.fit.setAttribute('aria-pressed', String(fit));
  form.hidden = !fit;
  askForm.hidden = fit;
  chips.hidden = fit;
  (fit ? textarea : document.getElementById('question')).focus();
}

function requirementItem(item) {
  const li = el('li', `req req-${item.status}`);
  const head = el('p', 'req-head');
  head.append(el('span', 'req-mark', MARK[item.status] || '?'));
  head.append(el('span', 'visually-hidden', `${LABEL[item.status] || item.status}: `));
  head.append(el('span', 'req-text', item.requirement));
  li.append(head);
  // A line asking several things: which of them the profile shows.
  if ((item.parts || []).length > 0) {
    const parts = item.parts.map((p) => `${p.text}: ${LABEL[p.status] || p.status}`);
    li.append(el('p', 'req-closest', parts.join(' · ')));
  }
  for (const line of item.evidence || []) li.append(el('p', 'req-evidence', line));
  if ((item.closest || []).length > 0) {
    li.append(el('p', 'req-closest', `Closest: ${item.closest.join('; ')}`));
  }
  return li;
}

function group(title, items) {
  const section = el('section', 'fit-group');
  section.append(el('h3', '', title));
  const list = el('ul', 'checklist');
  for (const item of items) list.append(requirementItem(item));
  section.append(list);
  return section;
}

function showReport(report) {
  const message = el('article', 'message message-bot message-fit');
  message.append(el('span', 'visually-hidden', 'Fit report: '));
  message.append(
    el('h2', 'message-title', `Job fit: ${Math.round(report.coverage * 100)}% covered`),
  );
  message.append(el('p', '', report.summary));
  const requirements = Array.isArray(report.requirements) ? report.requirements : [];
  const must = requirements.filter((r) => r.kind === 'must');
  const nice = requirements.filter((r) => r.kind === 'nice');
  if (must.length > 0) message.append(group('Must have', must));
  if (nice.length > 0) message.append(group('Nice to have', nice));
  const unclassified = Array.isArray(report.unclassified) ? report.unclassified : [];
  if (unclassified.length > 0) {
    const section = el('section', 'fit-group');
    section.append(el('h3', '', 'Could not classify'));
    const list = el('ul', 'checklist');
    for (const text of unclassified) list.append(el('li', 'req req-unclassified', text));
    section.append(list);
    message.append(section);
  }
  log.append(message);
  // Scroll the conversation, not the page: the form stays where the thumb is.
  log.scrollTop = message.offsetTop - log.offsetTop;
}

function showError(text) {
  const message = el('article', 'message message-error');
  message.append(el('p', '', text));
  log.append(message);
}

async function check() {
  const text = textarea.value;
  if (text.trim() === '') {
    status.textContent = 'Paste a job description first.';
    textarea.focus();
    return;
  }
  status.textContent = 'Checking…';
  send.disabled = true;
  try {
    const response = await fetch('/api/fit', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text }),
    });
    const body = await response.json().catch(() => ({}));
    status.textContent = '';
    if (response.ok) showReport(body);
    else showError(body.error || `Something went wrong (HTTP ${response.status}).`);
  } catch {
    status.textContent = '';
    showError('Could not reach the server. Check the connection and try again.');
  } finally {
    send.disabled = false;
  }
}

modes.ask.addEventListener('click', () => setMode('ask'));
modes.fit.addEventListener('click', () => setMode('fit'));
textarea.addEventListener('input', () => {
  count.textContent = `${textarea.value.length.toLocaleString('en-US')} / ${MAX.toLocaleString('en-US')}`;
  status.textContent = '';
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void check();
});
