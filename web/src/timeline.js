// Timeline: events per day by quad class, with the mean Goldstein score per day (ECharts).

import { fetchJson, itemsOf } from './api.js';
import { QUAD_CLASSES, formatGoldstein } from './cameo.js';
import { byId } from './dom.js';
import { filterParams } from './filters.js';
import { escapeHtml } from './text.js';

// Loaded as a classic script by index.html.
const { echarts } = globalThis;

// Beyond this many days the timeline shows only days with events (no zero filling).
const MAX_FILLED_DAYS = 3700;

let timelineChart;

/** Draws into #timeline; a click on a day calls onDayChosen('YYYY-MM-DD'). */
export function createTimeline(onDayChosen) {
  timelineChart = echarts.init(byId('timeline'));
  timelineChart.on('click', (param) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(param.name)) onDayChosen(param.name);
  });
}

export function resizeTimeline() {
  timelineChart.resize();
}

export async function loadTimeline(filters, isCurrent) {
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
    // days with events are often far apart: without every symbol, a lone day's mean is not drawn at all
    showAllSymbol: true,
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

/** ECharts tooltips are HTML, so every value in them is escaped. */
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
