// The reports of one event, in the article panel: each mention (one article's telling) side by
// side with its outlet, date, sentence, claimant and figure, and, when the reports disagree, the
// versions they give side by side. From GET api/events/{id}.
//
// Mention sentences are scraped news: they reach the page as text nodes only. The event's words
// (its actors, claimant and figure as the article wrote them) are marked by splitting the
// sentence into text nodes and <mark> elements, never by building markup.

import { fetchJson } from './api.js';
import { byId } from './dom.js';
import { setViewState, showError } from './status.js';
import { textElement } from './text.js';

// What each disagreement means, for the heading over the versions.
const DISAGREEMENTS = {
  quantity: 'the figure',
  claimant: 'who claims it',
  direction: 'who did it to whom',
};

// Each load bumps this, so only the latest request's answer is shown.
let reportsRequest = 0;
let shownEventId = null;

/**
 * Shows the reports of event eventId (null: hides them). onArticleChosen(articleId) opens the
 * article of a mention. The same event again keeps what is shown, marking the current article.
 */
export async function showEventReports(eventId, currentArticle, onArticleChosen) {
  const section = byId('event-reports');
  if (eventId == null) {
    reportsRequest += 1;
    shownEventId = null;
    section.hidden = true;
    setViewState(section, 'idle');
    return;
  }
  if (eventId === shownEventId && section.dataset.state === 'ready') {
    markCurrentMention(currentArticle);
    return;
  }
  reportsRequest += 1;
  const request = reportsRequest;
  section.hidden = false;
  setViewState(section, 'loading');
  byId('reports-heading').textContent = 'Loading the reports of this event…';
  byId('mentions').replaceChildren();
  byId('versions').replaceChildren();
  byId('versions-block').hidden = true;
  try {
    const detail = await fetchJson(`events/${encodeURIComponent(eventId)}`);
    if (request !== reportsRequest) return;
    shownEventId = eventId;
    showReports(detail, onArticleChosen);
    markCurrentMention(currentArticle);
    setViewState(section, 'ready');
  } catch (error) {
    if (request !== reportsRequest) return;
    setViewState(section, 'error');
    byId('reports-heading').textContent = 'The reports of this event are unavailable';
    showError(error);
  }
}

function showReports(detail, onArticleChosen) {
  const event = detail.event ?? {};
  const mentions = Array.isArray(detail.mentions) ? detail.mentions : [];
  const sources = event.sources ?? 1;
  byId('reports-heading').textContent = mentions.length > 1
    ? `${mentions.length} reports from ${sources} ${sources === 1 ? 'source' : 'sources'} tell this event`
    : 'This event was reported once';
  byId('mentions').replaceChildren(...mentions.map((mention) => mentionCard(mention, onArticleChosen)));
  const contested = Array.isArray(event.contested) ? event.contested : [];
  const versions = Array.isArray(detail.versions) ? detail.versions : [];
  byId('versions-block').hidden = !contested.length;
  if (contested.length) {
    const what = contested.map((label) => DISAGREEMENTS[label] ?? label).join(', ');
    byId('versions-heading').textContent = `Contested: the reports disagree on ${what}`;
    byId('versions').replaceChildren(...versions.map(versionCard));
  }
}

function mentionCard(mention, onArticleChosen) {
  const card = document.createElement('article');
  card.className = 'mention';
  card.dataset.mentionId = String(mention.id);
  card.dataset.article = String(mention.article);
  card.append(textElement('span', mention.outlet || `article ${mention.article}`, 'outlet'));
  const when = [mention.published ? `published ${mention.published}` : null, `event ${mention.date}`];
  card.append(textElement('span', when.filter(Boolean).join(' \u00b7 '), 'when'));
  const quote = document.createElement('blockquote');
  quote.append(...highlighted(mention.evidence?.text ?? '', eventWords(mention)));
  card.append(quote);
  card.append(textElement('span', `claimed by: ${actorLabel(mention.claimed_by) ?? '\u2014'}`, 'claim'));
  card.append(textElement('span', `figure: ${mention.quantity?.text ?? '\u2014'}`, 'figure'));
  const open = textElement('button', 'open this article', 'secondary');
  open.type = 'button';
  open.addEventListener('click', () => onArticleChosen(mention.article));
  card.append(open);
  return card;
}

function versionCard(version) {
  const card = document.createElement('article');
  card.className = 'version';
  const target = version.target ? actorLabel(version.target) : '\u2014';
  card.append(textElement('span', `${actorLabel(version.source)} \u2192 ${target}`, 'direction'));
  card.append(textElement('span', version.quantity?.text ?? 'no figure', 'figure'));
  card.append(textElement('span', `claimed by: ${actorLabel(version.claimed_by) ?? 'nobody named'}`, 'told'));
  const outlets = Array.isArray(version.outlets) ? version.outlets : [];
  const reports = version.reports ?? outlets.length;
  card.append(textElement('span', `told by ${outlets.join(', ')} (${reports} ${reports === 1 ? 'report' : 'reports'})`, 'told'));
  return card;
}

function actorLabel(actor) {
  if (!actor) return null;
  return actor.name && actor.name !== actor.code ? `${actor.code} ${actor.name}` : actor.code;
}

/** The words in the sentence that name the event's parts: actors, claimant, figure. */
function eventWords(mention) {
  return [mention.source, mention.target, mention.claimed_by]
    .map((actor) => actor?.text)
    .concat([mention.quantity?.text])
    .filter((words) => typeof words === 'string' && words.trim().length > 1);
}

/** The sentence as text nodes, with every occurrence of the words in <mark class="event-words">. */
export function highlighted(sentence, words) {
  const lower = sentence.toLowerCase();
  const ranges = [];
  for (const word of words) {
    const needle = word.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const nodes = [];
  let done = 0;
  for (const [start, end] of ranges) {
    if (end <= done) continue; // inside a longer mark already made
    const from = Math.max(start, done);
    if (from > done) nodes.push(document.createTextNode(sentence.slice(done, from)));
    nodes.push(textElement('mark', sentence.slice(from, end), 'event-words'));
    done = end;
  }
  if (done < sentence.length) nodes.push(document.createTextNode(sentence.slice(done)));
  return nodes;
}

function markCurrentMention(articleId) {
  for (const card of byId('mentions').children) {
    card.classList.toggle('current', card.dataset.article === String(articleId));
  }
}
