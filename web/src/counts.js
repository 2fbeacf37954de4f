// Events per day for the current filters, fetched once and shared: the timeline draws them and
// the event table adds them up into the total beside "50 shown" and the reports that told them.

import { fetchJson, itemsOf } from './api.js';
import { filterParams } from './filters.js';

let cached = { key: null, days: null };

/** The API's daily counts for these filters (one request per set of filters). */
export function dailyCounts(filters) {
  const params = filterParams(filters);
  const key = params.toString();
  if (key !== cached.key) {
    const days = fetchJson('stats/daily', params).then(itemsOf);
    cached = { key, days };
    // A failed request is not kept: the next load asks again.
    days.catch(() => {
      if (cached.days === days) cached = { key: null, days: null };
    });
  }
  return cached.days;
}

/** Every event is on some day, so the days add up to all matching events. */
export function totalEvents(days) {
  return days.reduce((sum, day) => sum + (day.events ?? 0), 0);
}

/** The reports (mentions) of those events: how often they were told, in all. */
export function totalReports(days) {
  return days.reduce((sum, day) => sum + (day.reports ?? day.events ?? 0), 0);
}

export function formatCount(count) {
  return count.toLocaleString('en-US');
}
