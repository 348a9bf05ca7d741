// The web chat. Answers arrive as JSON and are built into DOM nodes: answer text is never
// parsed as HTML, so nothing in the knowledge file can inject markup or script.
// Loaded as a module (deferred, strict, its names kept out of the page's globals).
const form = document.getElementById('ask');
const input = document.getElementById('question');
const send = document.getElementById('send');
const log = document.getElementById('log');
const chips = document.getElementById('suggestions');
const status = document.getElementById('status');
const STORAGE_KEY = 'portfolio-bot.conversation';
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
let busy = false;

function conversationId() {
  let id = null;
  try {
    id = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked (private mode, policies): follow-ups then last one page view.
  }
  if (id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) return id;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    sessionStorage.setItem(STORAGE_KEY, id);
  } catch {}
  return id;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function safeUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

function link(label, url) {
  const href = safeUrl(url);
  if (!href) return document.createTextNode(label);
  const a = el('a', '', label);
  a.href = href;
  if (!href.startsWith('mailto:')) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  return a;
}

// Light markdown inline: **bold** and [label](url); everything else is text.
function appendInline(parent, text) {
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parent.append(text.slice(last, match.index));
    if (match[1] !== undefined) {
      const strong = el('strong');
      appendInline(strong, match[1]);
      parent.append(strong);
    } else parent.append(link(match[2], match[3]));
    last = match.index + match[0].length;
  }
  parent.append(text.slice(last));
}

// Light markdown blocks: "- " lines become a list, other lines paragraphs.
function renderMarkdown(text) {
  const fragment = document.createDocumentFragment();
  let list = null;
  for (const line of String(text).split('\n')) {
    const bullet = /^\s*[-•]\s+(.*)$/.exec(line);
    if (bullet) {
      if (!list) {
        list = el('ul');
        fragment.append(list);
      }
      const item = el('li');
      appendInline(item, bullet[1]);
      list.append(item);
      continue;
    }
    list = null;
    if (line.trim() === '') continue;
    const paragraph = el('p');
    appendInline(paragraph, line);
    fragment.append(paragraph);
  }
  return fragment;
}

function addMessage(kind, who) {
  const message = el('article', `message message-${kind}`);
  message.append(el('span', 'visually-hidden', `${who}: `));
  log.append(message);
  return message;
}

function scrollToEnd() {
  log.scrollTop = log.scrollHeight;
}

function showQuestion(question) {
  const message = addMessage('user', 'You asked');
  message.append(el('p', '', question));
}

function showAnswer(answer) {
  const message = addMessage(answer.answered ? 'bot' : 'bot message-declined', 'Answer');
  if (answer.title) message.append(el('h2', 'message-title', answer.title));
  message.append(renderMarkdown(answer.text || ''));
  const fields = Array.isArray(answer.fields) ? answer.fields : [];
  if (fields.length > 0) {
    const list = el('dl', 'fields');
    for (const field of fields) {
      list.append(el('dt', '', field.name));
      const value = el('dd');
      appendInline(value, String(field.value));
      list.append(value);
    }
    message.append(list);
  }
  const links = (Array.isArray(answer.links) ? answer.links : []).filter(
    (l) => !String(answer.text || '').includes(l.url),
  );
  if (links.length > 0) {
    const list = el('ul', 'links');
    for (const l of links) {
      const item = el('li');
      item.append(link(l.label, l.url));
      list.append(item);
    }
    message.append(list);
  }
}

function showError(text) {
  const message = addMessage('error', 'Error');
  message.append(el('p', '', text));
}

function setSuggestions(suggestions) {
  if (!Array.isArray(suggestions) || suggestions.length === 0) return;
  chips.replaceChildren(
    ...suggestions.slice(0, 6).map((s) => {
      const button = el('button', 'chip', s);
      button.type = 'button';
      return button;
    }),
  );
}

function setBusy(value) {
  busy = value;
  send.disabled = value;
  log.setAttribute('aria-busy', String(value));
  for (const chip of chips.querySelectorAll('button')) chip.disabled = value;
}

async function ask(text) {
  const question = text.trim();
  if (question === '') {
    status.textContent = 'Type a question first.';
    input.focus();
    return;
  }
  if (busy) return;
  status.textContent = '';
  setBusy(true);
  showQuestion(question);
  input.value = '';
  const thinking = el('p', 'thinking', 'Thinking…');
  thinking.setAttribute('aria-hidden', 'true');
  log.append(thinking);
  scrollToEnd();
  try {
    const response = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ question, conversation: conversationId() }),
    });
    const body = await response.json().catch(() => ({}));
    thinking.remove();
    if (response.ok) {
      showAnswer(body);
      setSuggestions(body.suggestions);
    } else showError(body.error || `Something went wrong (HTTP ${response.status}).`);
  } catch {
    thinking.remove();
    showError('Could not reach the server. Check the connection and try again.');
  } finally {
    setBusy(false);
    scrollToEnd();
    // Chips are replaced after an answer: keep focus somewhere useful, not on a removed node.
    input.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void ask(input.value);
});

chips.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (button && chips.contains(button)) void ask(button.textContent || '');
});

input.addEventListener('input', () => {
  status.textContent = '';
});
