// sitrep dashboard: a timeline, an actor network, a map of places and a table of coded
// events, all driven by one set of filters that lives in the URL, plus an article panel
// that shows the words an event was coded from. This module wires the views together;
// each view, the filters, the API and the text helpers live in their own module.
//
// Design notes
// - The URL query string is the single source of truth for the filters: applying them
//   pushes a history entry, popstate reloads from the URL, so a URL reproduces a view.
// - Everything that comes from the API is untrusted text (articles are scraped news). It
//   reaches the DOM only through textContent / text nodes (text.js), and ECharts tooltips
//   (which are HTML) only through escapeHtml(). Nothing here assigns innerHTML.
// - A view load that is overtaken by newer filters is dropped (views.js).
//
// The libraries are loaded as classic scripts by index.html and read as globals.

import { openArticle, showSelection, wireArticlePanel } from './article.js';
import { byId } from './dom.js';
import { wireEventsTable } from './events-table.js';
import { watchFeeds } from './feeds.js';
import {
  cleanFilters, filtersFromForm, filtersFromUrl, showFiltersInForm, showFiltersInUrl,
} from './filters.js';
import { createPlacesMap, resizePlacesMap } from './map.js';
import { createActorNetwork, resizeActorNetwork } from './network.js';
import { selectionFromUrl } from './selection.js';
import { showError } from './status.js';
import { createTimeline, resizeTimeline } from './timeline.js';
import { loadViews } from './views.js';

/** Puts the filters in the URL (one history entry per change) and reloads every view. */
function applyFilters(filters) {
  showFiltersInUrl(filters);
  showFiltersInForm(filters);
  loadViews(filters);
}

/** Changes one filter on top of those in the URL (network and timeline clicks). */
function narrowFilters(changes) {
  applyFilters(cleanFilters({ ...filtersFromUrl(), ...changes }));
}

function wireControls() {
  byId('filters').addEventListener('submit', (domEvent) => {
    domEvent.preventDefault();
    applyFilters(filtersFromForm());
  });
  byId('reset').addEventListener('click', () => applyFilters({}));
  wireEventsTable(openArticle);
  wireArticlePanel();
  // Back/forward: the URL changed under us, so the form and the views follow it.
  window.addEventListener('popstate', () => {
    const filters = filtersFromUrl();
    showFiltersInForm(filters);
    loadViews(filters);
    showSelection(selectionFromUrl());
  });
}

function createCharts() {
  // A click on a day, week or month narrows the view to its dates; on an actor to that actor;
  // on a place to its country.
  createTimeline((range) => narrowFilters(range));
  createPlacesMap((country) => narrowFilters({ country }));
  createActorNetwork((code) => narrowFilters({ actor: code }));
  const resize = () => {
    resizeTimeline();
    resizePlacesMap();
    resizeActorNetwork();
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
  // Feeds watched by the server: new items reload the views with the filters of the moment.
  watchFeeds(() => loadViews(filtersFromUrl()));
  // A link to an article (?article=ID&event=N) opens it over the views.
  showSelection(selectionFromUrl());
}

start();
