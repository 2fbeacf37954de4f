// Article panel: the chosen event as each of its reports told it (reports.js), the article's
// text with the words the event was coded from marked, the article's other events and its quotes. Evidence offsets are UTF-16 code units into the
// article text, the same unit as JavaScript string indices, so text.slice(start, end) is
// exactly the coded sentence.

import { fetchJson } from './api.js';
import { quadClass } from './cameo.js';
import { byId, onKeyActivate } from './dom.js';
import { markSelectedRow, shownEvent } from './events-table.js';
import { showEventReports } from './reports.js';
import { showSelectionInUrl } from './selection.js';
import { setViewState, showError } from './status.js';
import { excerpt, textElement } from './text.js';

// Each open bumps this, so only the latest request's answer is shown.
let articleRequest = 0;
let openArticleData = null;

/** Wires the close button, Escape, and choosing another event of the article. */
export function wireArticlePanel() {
  const articleEvents = byId('article-events');
  articleEvents.addEventListener('click', onArticleEventChosen);
  articleEvents.addEventListener('keydown', onKeyActivate(onArticleEventChosen));
  byId('close-article').addEventListener('click', closeArticle);
  document.addEventListener('keydown', (domEvent) => {
    if (domEvent.key === 'Escape' && !byId('article-panel').hidden) closeArticle();
  });
}

/** Opens the article of a URL (?article=ID&event=N), or closes the panel when there is none. */
export function showSelection(selection) {
  if (selection) {
    openArticle(selection.articleId, selection.eventId);
  } else if (!byId('article-panel').hidden) {
    closeArticle();
  }
}

export async function openArticle(articleId, eventId) {
  showSelectionInUrl({ articleId, eventId: eventId ?? null });
  articleRequest += 1;
  const request = articleRequest;
  const panel = byId('article-panel');
  panel.hidden = false;
  setViewState(panel, 'loading');
  showArticleHeader({ title: 'Loading article…' });
  byId('article-text').replaceChildren();
  byId('article-events').replaceChildren();
  byId('quotes').replaceChildren();
  // the event's reports load beside the article; a mention's button opens its own article
  showEventReports(eventId ?? null, articleId, (other) => openArticle(other, eventId));
  try {
    const article = await fetchJson(`articles/${encodeURIComponent(articleId)}`);
    if (request !== articleRequest) return;
    openArticleData = article;
    showArticle(article, eventId);
    setViewState(panel, 'ready');
  } catch (error) {
    if (request !== articleRequest) return;
    setViewState(panel, 'error');
    showArticleHeader({ title: 'Article unavailable' });
    showError(error);
  }
}

function closeArticle() {
  showSelectionInUrl(null);
  articleRequest += 1; // a response still on its way is now stale
  openArticleData = null;
  showEventReports(null);
  const panel = byId('article-panel');
  panel.hidden = true;
  setViewState(panel, 'idle');
  markSelectedRow(null);
}

function onArticleEventChosen(domEvent) {
  const item = domEvent.target.closest('li[data-event-id]');
  if (!item || !openArticleData) return;
  const eventId = Number(item.dataset.eventId);
  const event = (openArticleData.events ?? []).find((e) => e.id === eventId) ?? null;
  showSelectionInUrl({ articleId: openArticleData.id, eventId });
  const articleId = openArticleData.id;
  showEventReports(eventId, articleId, (other) => openArticle(other, eventId));
  showEvidence(openArticleData, event);
}

function showArticle(article, eventId) {
  showArticleHeader(article);
  const events = Array.isArray(article.events) ? article.events : [];
  showArticleEvents(events);
  showQuotes(Array.isArray(article.quotes) ? article.quotes : []);
  // Prefer the article's own copy of the event; fall back to the table's.
  const event = events.find((e) => e.id === eventId) ?? shownEvent(eventId) ?? null;
  showEvidence(article, event);
}

function showArticleHeader(article) {
  byId('article-title').textContent = article.title || (article.id ? `Article ${article.id}` : '');
  const meta = byId('article-meta');
  meta.replaceChildren();
  const parts = [article.outlet, article.published].filter(Boolean);
  if (parts.length) meta.append(parts.join(' \u00b7 '));
  if (article.url) {
    if (parts.length) meta.append(' \u00b7 ');
    meta.append(articleLink(article.url));
  }
}

/** Only http(s) URLs become links: a javascript: or data: URL stays inert text. */
function articleLink(url) {
  if (!/^https?:\/\//i.test(url)) return textElement('span', url, 'url');
  const link = textElement('a', url, 'url');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

/** Renders the text with the event's sentence in <mark class="evidence"> and scrolls to it. */
function showEvidence(article, event) {
  const text = typeof article.text === 'string' ? article.text : '';
  const range = evidenceRange(text, event?.evidence);
  const container = byId('article-text');
  if (!range) {
    container.replaceChildren(document.createTextNode(text));
  } else {
    const mark = textElement('mark', text.slice(range.start, range.end), 'evidence');
    container.replaceChildren(
      document.createTextNode(text.slice(0, range.start)),
      mark,
      document.createTextNode(text.slice(range.end)),
    );
    mark.scrollIntoView({ block: 'center' });
  }
  for (const item of byId('article-events').children) {
    item.classList.toggle('current', event != null && item.dataset.eventId === String(event.id));
  }
  markSelectedRow(event?.id ?? null);
}

/**
 * The offsets are the truth (stand-off annotation over the untouched text); only if they
 * do not fit this text do we look for the sentence itself, and otherwise mark nothing.
 */
function evidenceRange(text, evidence) {
  if (!evidence) return null;
  const { start, end } = evidence;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end
      && end <= text.length) {
    return { start, end };
  }
  const found = evidence.text ? text.indexOf(evidence.text) : -1;
  return found >= 0 ? { start: found, end: found + evidence.text.length } : null;
}

function showArticleEvents(events) {
  const items = events.map((event) => {
    const item = document.createElement('li');
    item.dataset.eventId = String(event.id);
    item.tabIndex = 0;
    const target = event.target ? event.target.code : '\u2014';
    item.append(
      textElement('span', event.date ?? '', 'date'), ' ',
      textElement('span', event.source?.code ?? '', 'code'), ' ',
      named(textElement('span', event.code ?? '', `cameo quad-${quadClass(event.quad_class)?.key ?? 'none'}`), event.code_name),
      ...(event.code_name ? [' ', textElement('span', event.code_name, 'cameo-name')] : []),
      ' ', textElement('span', target, 'code'), ' ',
      ...(event.location ? [textElement('span', `@ ${event.location.name}`, 'place'), ' '] : []),
      textElement('span', excerpt(event.evidence?.text, 100), 'sentence'),
    );
    return item;
  });
  byId('article-events').replaceChildren(...items);
  if (!items.length) byId('article-events').append(textElement('li', 'no events', 'none'));
}

function showQuotes(quotes) {
  const items = quotes.map((quote) => {
    const item = document.createElement('li');
    item.dataset.quoteId = String(quote.id);
    const speaker = quote.speaker;
    item.append(textElement('span', speaker?.text || 'unattributed', 'speaker'));
    if (speaker?.code) item.append(' ', textElement('span', speaker.code, 'code'));
    item.append(': ', textElement('q', quote.text ?? ''));
    return item;
  });
  byId('quotes').replaceChildren(...items);
  if (!items.length) byId('quotes').append(textElement('li', 'no quotes', 'none'));
}

// The CAMEO name shows on hover over the bare code.
function named(element, name) {
  if (name) element.title = name;
  return element;
}
