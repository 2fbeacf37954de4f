// Time bins for the timeline: days for a short range, weeks or months for a long one, so a few
// years of events are tens of bars rather than a thousand. Dates are 'YYYY-MM-DD' in UTC.

const DAY_MS = 24 * 60 * 60 * 1000;
// Up to about a quarter in days, up to two years in weeks, beyond that in months.
const MOST_DAYS = 92;
const MOST_WEEKS_SPAN = 731;
// Beyond this many days a day-binned timeline shows only days with events (no zero filling).
const MOST_FILLED_DAYS = 3700;

export const BINS = ['day', 'week', 'month'];

/** The bin that keeps this range readable: day, week or month. */
export function autoBin(days) {
  if (days.length < 2) return 'day';
  const span = (toTime(days[days.length - 1].date) - toTime(days[0].date)) / DAY_MS;
  if (span <= MOST_DAYS) return 'day';
  return span <= MOST_WEEKS_SPAN ? 'week' : 'month';
}

/**
 * The API's days (sorted, with events) summed into bins from the first to the last, empty bins
 * included so that gaps in time look like gaps. Each bin: { label, from, to, events, reports,
 * sources, quad, mean_goldstein }; the mean is weighted by events, as the days do not say how many had a score.
 */
export function binDays(days, bin) {
  if (!days.length) return [];
  const bins = new Map();
  for (const day of days) {
    const from = binStart(day.date, bin);
    if (!bins.has(from)) bins.set(from, emptyBin(from, bin));
    addDay(bins.get(from), day);
  }
  const first = binStart(days[0].date, bin);
  const last = binStart(days[days.length - 1].date, bin);
  const spanDays = (toTime(last) - toTime(first)) / DAY_MS;
  if (bin === 'day' && spanDays > MOST_FILLED_DAYS) return [...bins.values()].map(finish);
  const filled = [];
  for (let from = first; from <= last; from = nextStart(from, bin)) {
    filled.push(finish(bins.get(from) ?? emptyBin(from, bin)));
  }
  return filled;
}

function emptyBin(from, bin) {
  const to = toDate(toTime(nextStart(from, bin)) - DAY_MS);
  const label = { day: from, week: `week of ${from}`, month: from.slice(0, 7) }[bin];
  return {
    label, from, to, events: 0, reports: 0, sources: 0, quad: {}, goldsteinSum: 0, weight: 0,
  };
}

function addDay(bin, day) {
  bin.events += day.events ?? 0;
  // a store from before events were merged has one report and one source per event
  bin.reports += day.reports ?? day.events ?? 0;
  bin.sources += day.sources ?? day.events ?? 0;
  for (const [key, count] of Object.entries(day.quad ?? {})) {
    bin.quad[key] = (bin.quad[key] ?? 0) + count;
  }
  if (day.mean_goldstein != null) {
    bin.goldsteinSum += day.mean_goldstein * day.events;
    bin.weight += day.events;
  }
}

function finish({ goldsteinSum, weight, ...bin }) {
  return { ...bin, mean_goldstein: weight ? goldsteinSum / weight : null };
}

/** The first day of the bin a date falls in: itself, the Monday of its week, the 1st of its month. */
function binStart(date, bin) {
  if (bin === 'month') return `${date.slice(0, 7)}-01`;
  if (bin === 'week') {
    const time = toTime(date);
    const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
    return toDate(time - sinceMonday * DAY_MS);
  }
  return date;
}

function nextStart(from, bin) {
  if (bin === 'month') {
    const start = new Date(toTime(from));
    return toDate(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  }
  return toDate(toTime(from) + (bin === 'week' ? 7 : 1) * DAY_MS);
}

function toTime(date) {
  return Date.parse(`${date}T00:00:00Z`);
}

function toDate(time) {
  return new Date(time).toISOString().slice(0, 10);
}
