// The filters between the filter bar, the URL and the API's query parameters. The URL
// query string is the single source of truth: a URL reproduces a view.

import { byId } from './dom.js';
import { SELECTION_NAMES } from './selection.js';

// Filter names are the API's query parameter names, in the order they appear in URLs.
const FILTER_NAMES = ['actor', 'country', 'code', 'from', 'to', 'outlet', 'min_sources', 'contested', 'q'];
// Codes are upper case in CAMEO; accept "rus" as a prefix of "RUSMIL".
const UPPER_CASE_FILTERS = new Set(['actor', 'country']);

export function cleanFilters(raw) {
  const filters = {};
  for (const name of FILTER_NAMES) {
    let value = (raw[name] ?? '').trim();
    if (UPPER_CASE_FILTERS.has(name)) value = value.toUpperCase();
    if (value) filters[name] = value;
  }
  return filters;
}

export function filtersFromUrl() {
  const params = new URLSearchParams(window.location.search);
  return cleanFilters(Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name)])));
}

export function filtersFromForm() {
  return cleanFilters(
    Object.fromEntries(FILTER_NAMES.map((name) => [name, byId(`filter-${name}`).value])),
  );
}

export function showFiltersInForm(filters) {
  for (const name of FILTER_NAMES) byId(`filter-${name}`).value = filters[name] ?? '';
}

/** The filters as API / URL query parameters, plus any extra ones (limit, cursor). */
export function filterParams(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  for (const [name, value] of Object.entries(extra)) if (value != null) params.set(name, value);
  return params;
}

/**
 * The situation report of these filters (GET /report): its country, actor and dates; without
 * dates, the last 7 days up to the newest stored event. Other filters have no report parameter.
 */
export function reportHref(filters) {
  const params = new URLSearchParams();
  for (const name of ['country', 'actor', 'from', 'to']) if (filters[name]) params.set(name, filters[name]);
  if (!filters.from && !filters.to) params.set('last', '7d');
  return `report?${params.toString()}`;
}

/**
 * Puts the filters in the URL, one history entry per change (none if nothing changed); the open
 * article, if any, stays in it.
 */
export function showFiltersInUrl(filters) {
  const params = filterParams(filters);
  const current = new URLSearchParams(window.location.search);
  for (const name of SELECTION_NAMES) if (current.has(name)) params.set(name, current.get(name));
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (search !== window.location.search) {
    window.history.pushState(null, '', search || window.location.pathname);
  }
}
