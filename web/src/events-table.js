// Event table: the coded events matching the filters, paged with the API's cursor.

import { fetchJson, itemsOf } from './api.js';
import { formatGoldstein, quadClass } from './cameo.js';
import { dailyCounts, formatCount, totalEvents, totalReports } from './counts.js';
import { byId, onKeyActivate } from './dom.js';
import { filterParams, reportHref } from './filters.js';
import { showError } from './status.js';
import { excerpt, textElement } from './text.js';

const EVENTS_PAGE_SIZE = 50;

// The events currently in the table, by id, so a row click knows its evidence.
const shownEvents = new Map();
let nextEventsCursor = null;
let eventsFilters = {};
// How many events match the filters in all, and the reports that told them (null until known).
let matchingEvents = null;
let matchingReports = null;
// The latest load's "is this still the view the user asked for?"; a page of more events
// that arrives after the filters changed again is dropped.
let isCurrentLoad = () => true;

/** Wires the More button, and row clicks (or Enter) to onEventChosen(articleId, eventId). */
export function wireEventsTable(onEventChosen) {
  byId('more').addEventListener('click', loadMoreEvents);
  const chosen = (domEvent) => {
    const row = domEvent.target.closest('tr[data-event-id]');
    if (!row) return;
    onEventChosen(row.dataset.article, Number(row.dataset.eventId));
  };
  const tbody = byId('events-table').tBodies[0];
  tbody.addEventListener('click', chosen);
  tbody.addEventListener('keydown', onKeyActivate(chosen));
}

/** The event with this id if it is in the table, else undefined. */
export function shownEvent(eventId) {
  return shownEvents.get(eventId);
}

export async function loadEvents(filters, isCurrent) {
  isCurrentLoad = isCurrent;
  // Emptied at once so that rows in the table always belong to the filters in the URL.
  byId('events-table').tBodies[0].replaceChildren();
  shownEvents.clear();
  matchingEvents = null;
  matchingReports = null;
  showEventsPaging(null, false);
  showDownloads(filters);
  const [page, days] = await Promise.all([
    fetchJson('events', filterParams(filters, { limit: EVENTS_PAGE_SIZE })),
    dailyCounts(filters),
  ]);
  if (!isCurrent()) return;
  eventsFilters = filters;
  matchingEvents = totalEvents(days);
  matchingReports = totalReports(days);
  appendEvents(itemsOf(page), page.next ?? null);
}

/**
 * The download links take every event of these filters, not just the rows shown; the report link
 * the filters' country, actor and dates.
 */
function showDownloads(filters) {
  byId('report-link').href = reportHref(filters);
  for (const format of ['csv', 'jsonl']) {
    const link = byId(`download-${format}`);
    link.href = `api/events/export?${filterParams(filters, { format }).toString()}`;
  }
}

async function loadMoreEvents() {
  const button = byId('more');
  const isCurrent = isCurrentLoad;
  button.disabled = true;
  try {
    const params = filterParams(eventsFilters, { limit: EVENTS_PAGE_SIZE, cursor: nextEventsCursor });
    const page = await fetchJson('events', params);
    if (isCurrent()) appendEvents(itemsOf(page), page.next ?? null);
  } catch (error) {
    showError(error);
  } finally {
    button.disabled = false;
  }
}

function appendEvents(events, next) {
  const rows = events.filter((event) => !shownEvents.has(event.id)).map((event) => {
    shownEvents.set(event.id, event);
    return eventRow(event);
  });
  byId('events-table').tBodies[0].append(...rows);
  nextEventsCursor = next;
  showEventsPaging(next, true);
}

function showEventsPaging(next, loaded) {
  byId('more').hidden = !next;
  byId('events-empty').hidden = !loaded || shownEvents.size > 0;
  const count = shownEvents.size;
  const of = matchingEvents == null ? '' : ` of ${formatCount(matchingEvents)}`;
  byId('events-count').textContent = loaded ? `${formatCount(count)} shown${of}` : '';
  // one event may be told by many articles: say how many reports the events merge
  byId('events-reports').textContent = loaded && matchingReports != null
    ? `\u00b7 ${formatCount(matchingReports)} ${matchingReports === 1 ? 'report' : 'reports'}`
    : '';
}

/** Marks the row of the event shown in the article panel (none for null). */
export function markSelectedRow(eventId) {
  for (const row of byId('events-table').tBodies[0].rows) {
    const selected = eventId != null && row.dataset.eventId === String(eventId);
    row.classList.toggle('selected', selected);
    row.setAttribute('aria-selected', String(selected));
  }
}

function eventRow(event) {
  const row = document.createElement('tr');
  row.dataset.eventId = String(event.id);
  row.dataset.article = String(event.article);
  row.tabIndex = 0;
  const contested = Array.isArray(event.contested) ? event.contested : [];
  if (contested.length) {
    row.dataset.contested = contested.join(',');
    row.classList.add('contested');
  }
  row.append(
    dateCell(event),
    actorCell(event.source),
    cameoCell(event),
    actorCell(event.target),
    locationCell(event.location),
    textElement('td', formatGoldstein(event.goldstein), 'num'),
    textElement('td', event.quantity?.text ?? ''),
    actorCell(event.claimed_by),
    textElement('td', event.outlet ?? ''),
    sourcesCell(event, contested),
    sentenceCell(event.evidence),
  );
  return row;
}

function dateCell(event) {
  const cell = textElement('td', event.date ?? '', 'date');
  // A date known only to the month or year is still shown as a day; say so on hover.
  if (event.date_precision && event.date_precision !== 'day') {
    cell.title = `date precision: ${event.date_precision}`;
    cell.classList.add('approximate');
  }
  return cell;
}

function actorCell(actor) {
  const cell = document.createElement('td');
  if (!actor) {
    cell.append(textElement('span', '\u2014', 'none'));
    return cell;
  }
  if (actor.code) cell.append(textElement('span', actor.code, 'code'), ' ');
  // the article's words, the evidence, with the actor's name on hover
  const words = textElement('span', actor.text ?? '', 'actor-text');
  if (actor.name) words.title = actor.name;
  cell.append(words);
  return cell;
}

// What each location rule means, for the cell's hover text.
const LOCATION_RULES = {
  clause: 'named in the event\'s own clause',
  target: 'the place the target is',
  speech: 'where it was said',
  'target-country': 'the target\'s country',
  'source-country': 'the source\'s country',
};

function locationCell(location) {
  if (!location) return textElement('td', '\u2014', 'none');
  const cell = textElement('td', location.country ? `${location.name}, ${location.country}` : location.name, 'place');
  cell.title = `location: ${LOCATION_RULES[location.rule] ?? location.rule}`;
  cell.dataset.rule = location.rule;
  return cell;
}

function cameoCell(event) {
  const cell = document.createElement('td');
  const quad = quadClass(event.quad_class);
  const code = textElement('span', event.code ?? '', `cameo quad-${quad ? quad.key : 'none'}`);
  code.title = [event.code_name, quad?.name].filter(Boolean).join(' \u2014 ');
  cell.append(code);
  if (event.code_name) cell.append(' ', textElement('span', event.code_name, 'cameo-name'));
  return cell;
}

/** How many outlets told the event, and a mark when their reports disagree, saying on what. */
function sourcesCell(event, contested) {
  const cell = textElement('td', String(event.sources ?? 1), 'num sources');
  cell.title = `${event.sources ?? 1} sources, ${event.mentions ?? 1} reports in ${event.articles ?? 1} articles`;
  if (contested.length) {
    const mark = textElement('span', 'contested', 'contested-mark');
    mark.title = `the reports disagree on: ${contested.join(', ')}`;
    cell.append(mark);
  }
  return cell;
}

function sentenceCell(evidence) {
  const cell = textElement('td', excerpt(evidence?.text), 'sentence');
  if (evidence?.text) cell.title = evidence.text;
  return cell;
}
