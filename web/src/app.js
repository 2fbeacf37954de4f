// sitrep dashboard: a timeline, an actor network, a map of places and a table of coded
// events, all driven by one set of filters that lives in the URL, plus an article panel
// that shows the words an event was coded from.
//
// Design notes
// - The URL query string is the single source of truth for the filters: applying them
//   pushes a history entry, popstate reloads from the URL, so a URL reproduces a view.
// - Everything that comes from the API is untrusted text (articles are scraped news). It
//   reaches the DOM only through textContent / text nodes, and ECharts tooltips (which
//   are HTML) only through escapeHtml(). Nothing here assigns innerHTML.
// - Evidence offsets are UTF-16 code units into the article text, the same unit as
//   JavaScript string indices, so text.slice(start, end) is exactly the coded sentence.
// - Every view load carries a generation number; a response that arrives after the user
//   changed the filters again is dropped instead of overwriting the newer view.
//
// The libraries are loaded as classic scripts by index.html and read here as globals.

const { echarts, cytoscape, topojson } = globalThis;

// Filter names are the API's query parameter names, in the order they appear in URLs.
const FILTER_NAMES = ['actor', 'country', 'code', 'from', 'to', 'outlet', 'q'];
// Codes are upper case in CAMEO; accept "rus" as a prefix of "RUSMIL".
const UPPER_CASE_FILTERS = new Set(['actor', 'country']);

// GDELT's quad classes with conventional colours: greens cooperate, oranges/reds fight.
const QUAD_CLASSES = [
  { key: '1', name: 'Verbal cooperation', colour: '#a1d99b' },
  { key: '2', name: 'Material cooperation', colour: '#31a354' },
  { key: '3', name: 'Verbal conflict', colour: '#fdae6b' },
  { key: '4', name: 'Material conflict', colour: '#de2d26' },
];

const EVENTS_PAGE_SIZE = 50;
const DYAD_LIMIT = 100;
const EXCERPT_LENGTH = 160;
// Beyond this many days the timeline shows only days with events (no zero filling).
const MAX_FILLED_DAYS = 3700;
// A network of two actors would otherwise be zoomed to fill the whole view.
const NETWORK_MAX_FIT_ZOOM = 1.3;
// ISO 3166-1 numeric, the id world-atlas gives each country.
const ANTARCTICA = '010';

const byId = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------
// Untrusted text helpers

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the few places that must produce HTML (ECharts tooltips): escape every API value. */
function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Creates an element whose content is the given text, never parsed as markup. */
function textElement(tag, text, className) {
  const element = document.createElement(tag);
  element.textContent = text ?? '';
  if (className) element.className = className;
  return element;
}

function excerpt(text, length = EXCERPT_LENGTH) {
  if (!text || text.length <= length) return text ?? '';
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > length / 2 ? cut : length)}…`;
}

function formatGoldstein(goldstein) {
  if (goldstein == null) return '';
  return `${goldstein > 0 ? '+' : ''}${goldstein.toFixed(1)}`;
}

function quadClass(key) {
  return QUAD_CLASSES.find((quad) => quad.key === String(key));
}

// ---------------------------------------------------------------------------------------
// Errors and status

function clearErrors() {
  const box = byId('error');
  box.replaceChildren();
  box.hidden = true;
}

/**
 * Shows an error in the page (never alert()). One bad filter fails every view with the
 * same reason, so failures with the same reason share a line that lists where they came from.
 */
function showError(error) {
  const box = byId('error');
  const reason = error.message;
  let line = [...box.children].find((p) => p.dataset.reason === reason);
  if (!line) {
    line = textElement('p', reason);
    line.dataset.reason = reason;
    line.dataset.where = '';
    box.append(line);
  }
  if (error.where) {
    const where = line.dataset.where ? `${line.dataset.where}, ${error.where}` : error.where;
    line.dataset.where = where;
    line.textContent = `${reason} (${where})`;
  }
  box.hidden = false;
}

/** An API failure: the server's reason, and the request it answered. */
function apiError(reason, url) {
  const error = new Error(reason);
  error.where = url.pathname;
  return error;
}

function setStatus(message) {
  byId('status').textContent = message;
}

/** data-state on each view says loading / ready / error, for people (CSS) and tests. */
function setViewState(element, state) {
  element.dataset.state = state;
}

// ---------------------------------------------------------------------------------------
// API

/**
 * GETs api/PATH (relative to the page, so the dashboard also works behind a path prefix)
 * and returns the parsed JSON, or throws an Error whose message is the server's "error".
 */
async function fetchJson(path, params) {
  const url = new URL(`api/${path}`, document.baseURI);
  if (params) url.search = params.toString();
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw apiError(`cannot reach the sitrep server: ${cause.message}`, url);
  }
  const body = await response.text();
  let json = null;
  try {
    json = JSON.parse(body);
  } catch {
    if (response.ok) throw apiError('the server did not answer JSON', url);
  }
  if (!response.ok) {
    const reason = typeof json?.error === 'string' ? json.error : response.statusText;
    throw apiError(`${response.status} ${reason}`, url);
  }
  return json;
}

function itemsOf(page) {
  return Array.isArray(page?.items) ? page.items : [];
}

// ---------------------------------------------------------------------------------------
// Filters <-> URL <-> form

function cleanFilters(raw) {
  const filters = {};
  for (const name of FILTER_NAMES) {
    let value = (raw[name] ?? '').trim();
    if (UPPER_CASE_FILTERS.has(name)) value = value.toUpperCase();
    if (value) filters[name] = value;
  }
  return filters;
}

function filtersFromUrl() {
  const params = new URLSearchParams(window.location.search);
  return cleanFilters(Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name)])));
}

function filtersFromForm() {
  return cleanFilters(
    Object.fromEntries(FILTER_NAMES.map((name) => [name, byId(`filter-${name}`).value])),
  );
}

function showFiltersInForm(filters) {
  for (const name of FILTER_NAMES) byId(`filter-${name}`).value = filters[name] ?? '';
}

/** The filters as API / URL query parameters, plus any extra ones (limit, cursor). */
function filterParams(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  for (const [name, value] of Object.entries(extra)) if (value != null) params.set(name, value);
  return params;
}

/** Puts the filters in the URL (one history entry per change) and reloads every view. */
function applyFilters(filters) {
  const query = filterParams(filters).toString();
  const search = query ? `?${query}` : '';
  if (search !== window.location.search) {
    window.history.pushState(null, '', search || window.location.pathname);
  }
  showFiltersInForm(filters);
  loadViews(filters);
}

/** Changes one filter on top of those in the URL (network and timeline clicks). */
function narrowFilters(changes) {
  applyFilters(cleanFilters({ ...filtersFromUrl(), ...changes }));
}

// ---------------------------------------------------------------------------------------
// Loading all views

let generation = 0;

function loadViews(filters) {
  generation += 1;
  const current = generation;
  const isCurrent = () => current === generation;
  clearErrors();
  setStatus('Loading…');
  const views = [
    [byId('timeline'), () => loadTimeline(filters, isCurrent)],
    [byId('network'), () => loadActorNetwork(filters, isCurrent)],
    [byId('map'), () => loadPlaces(filters, isCurrent)],
    [byId('events-table'), () => loadEvents(filters, isCurrent)],
  ];
  const loads = views.map(([element, load]) => loadView(element, load, isCurrent));
  Promise.all(loads).then((results) => {
    if (!isCurrent()) return;
    const failed = results.filter((ok) => !ok).length;
    setStatus(failed ? `${failed} of ${views.length} views failed to load` : '');
  });
}

/** Runs one view's load, marking its state; resolves to false if it failed. */
async function loadView(element, load, isCurrent) {
  setViewState(element, 'loading');
  try {
    await load();
    if (isCurrent()) setViewState(element, 'ready');
    return true;
  } catch (error) {
    if (!isCurrent()) return true;
    setViewState(element, 'error');
    showError(error);
    return false;
  }
}

// ---------------------------------------------------------------------------------------
// Timeline: events per day by quad class, with the mean Goldstein score per day

let timelineChart;

async function loadTimeline(filters, isCurrent) {
  const days = itemsOf(await fetchJson('stats/daily', filterParams(filters)));
  if (!isCurrent()) return;
  timelineChart.setOption(timelineOption(withEmptyDays(days)), { notMerge: true });
}

/** Adds zero-event days between the first and last day, so gaps in time look like gaps. */
function withEmptyDays(days) {
  if (days.length < 2) return days;
  const dayMs = 24 * 60 * 60 * 1000;
  const first = Date.parse(`${days[0].date}T00:00:00Z`);
  const last = Date.parse(`${days[days.length - 1].date}T00:00:00Z`);
  const span = (last - first) / dayMs;
  if (!Number.isFinite(span) || span > MAX_FILLED_DAYS) return days;
  const byDate = new Map(days.map((day) => [day.date, day]));
  const filled = [];
  for (let time = first; time <= last; time += dayMs) {
    const date = new Date(time).toISOString().slice(0, 10);
    filled.push(byDate.get(date) ?? { date, events: 0, quad: {}, mean_goldstein: null });
  }
  return filled;
}

function timelineOption(days) {
  const quadSeries = QUAD_CLASSES.map((quad) => ({
    name: quad.name,
    type: 'bar',
    stack: 'events',
    barMaxWidth: 48,
    itemStyle: { color: quad.colour },
    emphasis: { focus: 'series' },
    data: days.map((day) => day.quad?.[quad.key] ?? 0),
  }));
  const goldsteinSeries = {
    name: 'Mean Goldstein',
    type: 'line',
    yAxisIndex: 1,
    symbolSize: 5,
    connectNulls: false,
    itemStyle: { color: '#34495e' },
    lineStyle: { width: 1.5 },
    data: days.map((day) => day.mean_goldstein ?? null),
  };
  return {
    animation: false,
    title: days.length ? undefined : emptyTitle('no events'),
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: days.length > 60 ? 64 : 32 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: timelineTooltip },
    xAxis: { type: 'category', data: days.map((day) => day.date) },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1 },
      {
        type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5,
        splitLine: { show: false },
      },
    ],
    // Zooming only pays off once there are more days than bars that fit.
    dataZoom: days.length > 60 ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }] : [],
    series: [...quadSeries, goldsteinSeries],
  };
}

function emptyTitle(text) {
  return {
    text, left: 'center', top: 'middle',
    textStyle: { color: '#8a939e', fontSize: 14, fontWeight: 'normal' },
  };
}

function timelineTooltip(params) {
  const rows = params
    // Quad classes with no events that day would only add noise.
    .filter((param) => param.value != null && !(param.seriesType === 'bar' && param.value === 0))
    .map((param) => {
      const value = param.seriesType === 'line' ? formatGoldstein(param.value) : param.value;
      return `${param.marker}${escapeHtml(param.seriesName)}: <b>${escapeHtml(value)}</b>`;
    });
  return [`<b>${escapeHtml(params[0]?.axisValue)}</b>`, ...rows].join('<br>');
}

// ---------------------------------------------------------------------------------------
// Actor network: actors as nodes, directed dyads as edges

let actorNetwork;

function createActorNetwork() {
  const network = cytoscape({
    container: byId('network'),
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': '#4a6fa5',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(code)',
          'font-size': 10,
          color: '#1f2328',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-outline-color': '#ffffff',
          'text-outline-width': 2,
        },
      },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          opacity: 0.85,
        },
      },
    ],
  });
  // Labels are drawn on the canvas, so actor codes never become markup; the hover
  // description goes through textContent.
  network.on('tap', 'node', (event) => narrowFilters({ actor: event.target.data('code') }));
  network.on('mouseover', 'node', (event) => describeActor(event.target.data()));
  network.on('mouseover', 'edge', (event) => describeDyad(event.target.data()));
  network.on('mouseout', 'node, edge', () => describeNetwork(''));
  return network;
}

async function loadActorNetwork(filters, isCurrent) {
  const params = filterParams(filters, { limit: DYAD_LIMIT });
  const dyads = itemsOf(await fetchJson('stats/dyads', params)).filter((d) => d.source && d.target);
  if (!isCurrent()) return;
  actorNetwork.elements().remove();
  actorNetwork.add(actorNetworkElements(dyads));
  actorNetwork.nodes().forEach((node) => {
    node.toggleClass('focus', Boolean(filters.actor) && node.data('code').startsWith(filters.actor));
  });
  actorNetwork.layout({ name: 'cose', animate: false, padding: 24, randomize: true }).run();
  if (actorNetwork.zoom() > NETWORK_MAX_FIT_ZOOM) {
    actorNetwork.zoom(NETWORK_MAX_FIT_ZOOM);
    actorNetwork.center();
  }
  byId('network-empty').hidden = dyads.length > 0;
  describeNetwork('');
}

/** Nodes sized by each actor's events over the dyads shown; edges by the dyad's events. */
function actorNetworkElements(dyads) {
  const actorEvents = new Map();
  for (const dyad of dyads) {
    actorEvents.set(dyad.source, (actorEvents.get(dyad.source) ?? 0) + dyad.events);
    if (dyad.target !== dyad.source) {
      actorEvents.set(dyad.target, (actorEvents.get(dyad.target) ?? 0) + dyad.events);
    }
  }
  const mostActorEvents = Math.max(1, ...actorEvents.values());
  const mostDyadEvents = Math.max(1, ...dyads.map((dyad) => dyad.events));
  const nodes = [...actorEvents].map(([code, events]) => ({
    group: 'nodes',
    data: { id: code, code, events, size: sqrtScale(events, mostActorEvents, 14, 52) },
  }));
  const edges = dyads.map((dyad) => ({
    group: 'edges',
    data: {
      id: `${dyad.source}\u2192${dyad.target}`,
      source: dyad.source,
      target: dyad.target,
      events: dyad.events,
      goldstein: dyad.mean_goldstein ?? null,
      width: sqrtScale(dyad.events, mostDyadEvents, 1, 10),
      colour: goldsteinColour(dyad.mean_goldstein),
    },
  }));
  return [...nodes, ...edges];
}

function describeActor(actor) {
  describeNetwork(`${actor.code}: ${actor.events} events in the dyads shown (click to filter)`);
}

function describeDyad(dyad) {
  const goldstein = dyad.goldstein == null ? 'n/a' : formatGoldstein(dyad.goldstein);
  describeNetwork(`${dyad.source} \u2192 ${dyad.target}: ${dyad.events} events, mean Goldstein ${goldstein}`);
}

function describeNetwork(text) {
  // A non-breaking space keeps the line's height when there is nothing to say.
  byId('network-info').textContent = text || '\u00a0';
}

/** Area-true sizing: a value 4x larger gets a symbol 2x wider. */
function sqrtScale(value, max, smallest, largest) {
  return smallest + (largest - smallest) * Math.sqrt(Math.max(0, value) / max);
}

/** Red for conflict (-10), grey for neutral (0), green for cooperation (+10). */
function goldsteinColour(goldstein) {
  const grey = [158, 158, 158];
  if (goldstein == null || Number.isNaN(goldstein)) return rgb(grey);
  const t = Math.min(1, Math.abs(goldstein) / 10);
  const end = goldstein < 0 ? [215, 48, 31] : [26, 152, 80];
  return rgb(grey.map((channel, i) => channel + (end[i] - channel) * t));
}

function rgb([red, green, blue]) {
  return `rgb(${Math.round(red)}, ${Math.round(green)}, ${Math.round(blue)})`;
}

// ---------------------------------------------------------------------------------------
// Map: the world from Natural Earth (world-atlas) with the places of events

let placesMap;
let worldMapLoaded;

/** Registers the offline world outline once; the map view waits for it. */
async function loadWorldMap() {
  const response = await fetch(new URL('vendor/countries-110m.json', document.baseURI));
  if (!response.ok) throw new Error(`world map vendor/countries-110m.json: ${response.status}`);
  const topology = await response.json();
  const world = topojson.feature(topology, topology.objects.countries);
  // Antarctica would take a fifth of the height and has no events to show.
  world.features = world.features
    .filter((country) => country.id !== ANTARCTICA)
    .map(cutAtAntimeridian);
  echarts.registerMap('world', world);
}

/*
 * world-atlas stitches countries across the antimeridian (Russia's Chukotka, Fiji) for
 * spherical renderers; ECharts draws planar polygons, so such a ring would come out as a
 * band across the whole map. Each ring that jumps from +180 to -180 is cut there into
 * pieces, each closed along the meridian, and the country becomes a MultiPolygon.
 */
function cutAtAntimeridian(country) {
  const { geometry } = country;
  if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type)) return country;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cut = polygons.flatMap(([outer, ...holes]) => {
    const pieces = cutRing(outer);
    // At 1:110m no ring that crosses the antimeridian has holes; keep holes otherwise.
    return pieces.length === 1 ? [[outer, ...holes]] : pieces.map((piece) => [piece]);
  });
  return { ...country, geometry: { type: 'MultiPolygon', coordinates: cut } };
}

function cutRing(ring) {
  const pieces = [[ring[0]]];
  for (let i = 1; i < ring.length; i += 1) {
    const [lon0, lat0] = ring[i - 1];
    const [lon1, lat1] = ring[i];
    if (Math.abs(lon1 - lon0) > 180) {
      // Where the segment, taken the short way round, meets the meridian.
      const edge = lon0 > 0 ? 180 : -180;
      const lon1Unwrapped = lon1 + (lon0 > 0 ? 360 : -360);
      const lat = lat0 + ((edge - lon0) / (lon1Unwrapped - lon0)) * (lat1 - lat0);
      pieces[pieces.length - 1].push([edge, lat]);
      pieces.push([[-edge, lat]]);
    }
    pieces[pieces.length - 1].push(ring[i]);
  }
  if (pieces.length === 1) return [ring];
  // The ring is closed, so its last piece runs on into its first.
  const last = pieces.pop();
  pieces[0] = [...last, ...pieces[0].slice(1)];
  return pieces.map((piece) => [...piece, piece[0]]);
}

async function loadPlaces(filters, isCurrent) {
  const [page] = await Promise.all([fetchJson('stats/places', filterParams(filters)), worldMapLoaded]);
  if (!isCurrent()) return;
  const places = itemsOf(page).filter((place) => place.lat != null && place.lon != null);
  placesMap.setOption(placesOption(places), { notMerge: true });
  byId('map-empty').hidden = places.length > 0;
}

function placesOption(places) {
  const mostEvents = Math.max(1, ...places.map((place) => place.events));
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: placeTooltip },
    geo: {
      map: 'world',
      roam: true,
      itemStyle: { areaColor: '#e6e9ee', borderColor: '#b3bcc7', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#d3d9e1' } },
      select: { disabled: true },
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: (value) => sqrtScale(value[2], mostEvents, 6, 32),
        itemStyle: { opacity: 0.85, borderColor: '#ffffff', borderWidth: 1 },
        data: places.map((place) => ({
          name: place.name,
          value: [place.lon, place.lat, place.events],
          place,
          itemStyle: { color: goldsteinColour(place.mean_goldstein) },
        })),
      },
    ],
  };
}

function placeTooltip(param) {
  const place = param.data?.place;
  if (!place) return '';
  const goldstein = place.mean_goldstein == null ? 'n/a' : formatGoldstein(place.mean_goldstein);
  return `<b>${escapeHtml(place.name)}</b> ${escapeHtml(place.country ?? '')}<br>`
    + `${escapeHtml(place.events)} events, mean Goldstein ${escapeHtml(goldstein)}`;
}

// ---------------------------------------------------------------------------------------
// Event table, paged with the API's cursor

// The events currently in the table, by id, so a row click knows its evidence.
const shownEvents = new Map();
let nextEventsCursor = null;
let eventsFilters = {};

async function loadEvents(filters, isCurrent) {
  // Emptied at once so that rows in the table always belong to the filters in the URL.
  byId('events-table').tBodies[0].replaceChildren();
  shownEvents.clear();
  showEventsPaging(null, false);
  const page = await fetchJson('events', filterParams(filters, { limit: EVENTS_PAGE_SIZE }));
  if (!isCurrent()) return;
  eventsFilters = filters;
  appendEvents(itemsOf(page), page.next ?? null);
}

async function loadMoreEvents() {
  const button = byId('more');
  const current = generation;
  button.disabled = true;
  try {
    const params = filterParams(eventsFilters, { limit: EVENTS_PAGE_SIZE, cursor: nextEventsCursor });
    const page = await fetchJson('events', params);
    if (current === generation) appendEvents(itemsOf(page), page.next ?? null);
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
  byId('events-count').textContent = loaded
    ? `${count} shown${next ? ', more available' : ''}`
    : '';
}

function eventRow(event) {
  const row = document.createElement('tr');
  row.dataset.eventId = String(event.id);
  row.dataset.article = String(event.article);
  row.tabIndex = 0;
  row.append(
    dateCell(event),
    actorCell(event.source),
    cameoCell(event),
    actorCell(event.target),
    textElement('td', formatGoldstein(event.goldstein), 'num'),
    textElement('td', event.quantity?.text ?? ''),
    actorCell(event.claimed_by),
    textElement('td', event.outlet ?? ''),
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
  cell.append(textElement('span', actor.text ?? '', 'actor-text'));
  return cell;
}

function cameoCell(event) {
  const cell = document.createElement('td');
  const quad = quadClass(event.quad_class);
  const code = textElement('span', event.code ?? '', `cameo quad-${quad ? quad.key : 'none'}`);
  if (quad) code.title = quad.name;
  cell.append(code);
  return cell;
}

function sentenceCell(evidence) {
  const cell = textElement('td', excerpt(evidence?.text), 'sentence');
  if (evidence?.text) cell.title = evidence.text;
  return cell;
}

// ---------------------------------------------------------------------------------------
// Article panel: the article's text with the evidence sentence marked

let articleRequest = 0;
let openArticleData = null;

async function openArticle(articleId, eventId) {
  articleRequest += 1;
  const request = articleRequest;
  const panel = byId('article-panel');
  panel.hidden = false;
  setViewState(panel, 'loading');
  showArticleHeader({ title: 'Loading article…' });
  byId('article-text').replaceChildren();
  byId('article-events').replaceChildren();
  byId('quotes').replaceChildren();
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
  articleRequest += 1; // a response still on its way is now stale
  openArticleData = null;
  const panel = byId('article-panel');
  panel.hidden = true;
  setViewState(panel, 'idle');
  markSelectedRow(null);
}

function showArticle(article, eventId) {
  showArticleHeader(article);
  const events = Array.isArray(article.events) ? article.events : [];
  showArticleEvents(events);
  showQuotes(Array.isArray(article.quotes) ? article.quotes : []);
  // Prefer the article's own copy of the event; fall back to the table's.
  const event = events.find((e) => e.id === eventId) ?? shownEvents.get(eventId) ?? null;
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
      textElement('span', event.code ?? '', `cameo quad-${quadClass(event.quad_class)?.key ?? 'none'}`),
      ' ', textElement('span', target, 'code'), ' ',
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

function markSelectedRow(eventId) {
  for (const row of byId('events-table').tBodies[0].rows) {
    const selected = eventId != null && row.dataset.eventId === String(eventId);
    row.classList.toggle('selected', selected);
    row.setAttribute('aria-selected', String(selected));
  }
}

// ---------------------------------------------------------------------------------------
// Wiring

function onEventRowChosen(domEvent) {
  const row = domEvent.target.closest('tr[data-event-id]');
  if (!row) return;
  openArticle(row.dataset.article, Number(row.dataset.eventId));
}

function onArticleEventChosen(domEvent) {
  const item = domEvent.target.closest('li[data-event-id]');
  if (!item || !openArticleData) return;
  const eventId = Number(item.dataset.eventId);
  const event = (openArticleData.events ?? []).find((e) => e.id === eventId) ?? null;
  showEvidence(openArticleData, event);
}

/** Enter or space on a focused row acts like a click, so the table works by keyboard. */
function onKeyActivate(handler) {
  return (domEvent) => {
    if (domEvent.key === 'Enter' || domEvent.key === ' ') {
      domEvent.preventDefault();
      handler(domEvent);
    }
  };
}

function wireControls() {
  byId('filters').addEventListener('submit', (domEvent) => {
    domEvent.preventDefault();
    applyFilters(filtersFromForm());
  });
  byId('reset').addEventListener('click', () => applyFilters({}));
  byId('more').addEventListener('click', loadMoreEvents);
  const tbody = byId('events-table').tBodies[0];
  tbody.addEventListener('click', onEventRowChosen);
  tbody.addEventListener('keydown', onKeyActivate(onEventRowChosen));
  const articleEvents = byId('article-events');
  articleEvents.addEventListener('click', onArticleEventChosen);
  articleEvents.addEventListener('keydown', onKeyActivate(onArticleEventChosen));
  byId('close-article').addEventListener('click', closeArticle);
  document.addEventListener('keydown', (domEvent) => {
    if (domEvent.key === 'Escape' && !byId('article-panel').hidden) closeArticle();
  });
  // Back/forward: the URL changed under us, so the form and the views follow it.
  window.addEventListener('popstate', () => {
    const filters = filtersFromUrl();
    showFiltersInForm(filters);
    loadViews(filters);
  });
}

function createCharts() {
  timelineChart = echarts.init(byId('timeline'));
  // A click on a day narrows the view to that day.
  timelineChart.on('click', (param) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(param.name)) narrowFilters({ from: param.name, to: param.name });
  });
  placesMap = echarts.init(byId('map'));
  actorNetwork = createActorNetwork();
  worldMapLoaded = loadWorldMap();
  // Draw the bare world as soon as it is there, so the map is never blank; a failure is
  // reported by the map view, which awaits the same promise.
  worldMapLoaded.then(() => placesMap.setOption(placesOption([])), () => {});
  const resize = () => {
    timelineChart.resize();
    placesMap.resize();
    actorNetwork.resize();
  };
  const observer = new ResizeObserver(resize);
  for (const id of ['timeline', 'network', 'map']) observer.observe(byId(id));
}

function start() {
  const missing = ['echarts', 'cytoscape', 'topojson'].filter((name) => !globalThis[name]);
  if (missing.length) {
    showError(new Error(`could not load ${missing.join(', ')} from vendor/: the dashboard cannot draw its views`));
    return;
  }
  createCharts();
  wireControls();
  const filters = filtersFromUrl();
  showFiltersInForm(filters);
  loadViews(filters);
}

start();
