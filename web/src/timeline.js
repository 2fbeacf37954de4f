// Timeline: events per day, week or month by quad class, the reports that told them, and the mean
// Goldstein score (ECharts). Bars count real-world events (merged reports); the dashed line counts
// reports, so a night told by fifty outlets stands out without counting the war fifty times.

import { BINS, autoBin, binDays } from './bins.js';
import { QUAD_CLASSES, formatGoldstein } from './cameo.js';
import { dailyCounts } from './counts.js';
import { byId } from './dom.js';
import { escapeHtml } from './text.js';

// Loaded as a classic script by index.html.
const { echarts } = globalThis;

let timelineChart;
// The bins drawn, so a click on a bar knows its dates; and the days they came from, so a
// change of bin redraws without asking the server again.
let shownBins = [];
let shownDays = [];

/** Draws into #timeline; a click on a bar calls onRangeChosen({ from, to }) with its dates. */
export function createTimeline(onRangeChosen) {
  timelineChart = echarts.init(byId('timeline'));
  timelineChart.on('click', (param) => {
    const bin = shownBins[param.dataIndex];
    if (bin) onRangeChosen({ from: bin.from, to: bin.to });
  });
  byId('timeline-bin').addEventListener('change', () => drawTimeline());
}

export function resizeTimeline() {
  timelineChart.resize();
}

export async function loadTimeline(filters, isCurrent) {
  const days = await dailyCounts(filters);
  if (!isCurrent()) return;
  shownDays = days;
  drawTimeline();
}

/** Draws the days in the bin the user picked, or in the one that suits their range. */
function drawTimeline() {
  const picked = byId('timeline-bin').value;
  const bin = BINS.includes(picked) ? picked : autoBin(shownDays);
  shownBins = binDays(shownDays, bin);
  byId('timeline').dataset.bin = bin;
  byId('timeline-unit').textContent = bin;
  timelineChart.setOption(timelineOption(shownBins), { notMerge: true });
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
  const reportsSeries = {
    name: 'Reports',
    type: 'line',
    symbolSize: 4,
    showAllSymbol: true,
    itemStyle: { color: '#7a5195' },
    lineStyle: { width: 1.5, type: 'dashed' },
    z: 3,
    data: days.map((day) => day.reports ?? day.events ?? 0),
  };
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
    xAxis: { type: 'category', data: days.map((day) => day.label) },
    yAxis: [
      { type: 'value', name: 'events / reports', minInterval: 1 },
      {
        type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5,
        splitLine: { show: false },
      },
    ],
    // Zooming only pays off once there are more days than bars that fit.
    dataZoom: days.length > 60 ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }] : [],
    series: [...quadSeries, reportsSeries, goldsteinSeries],
  };
}

function emptyTitle(text) {
  return {
    text, left: 'center', top: 'middle',
    textStyle: { color: '#8a939e', fontSize: 14, fontWeight: 'normal' },
  };
}

/**
 * The bar's date, its events, and per quad class its CAMEO roots and count. ECharts tooltips are
 * HTML, so every value in them is escaped.
 */
function timelineTooltip(params) {
  const bin = shownBins[params[0]?.dataIndex];
  const rows = params
    // Quad classes with no events that day would only add noise.
    .filter((param) => param.value != null && !(param.seriesType === 'bar' && param.value === 0))
    // the reports are in the line above the rows
    .filter((param) => param.seriesName !== 'Reports')
    .map((param) => {
      const value = param.seriesType === 'line' ? formatGoldstein(param.value) : param.value;
      const quad = QUAD_CLASSES.find((q) => q.name === param.seriesName);
      const name = quad ? `${quad.name} (CAMEO ${quad.roots})` : param.seriesName;
      return `${param.marker}${escapeHtml(name)}: <b>${escapeHtml(value)}</b>`;
    });
  const range = bin && bin.from !== bin.to ? ` (${bin.from} to ${bin.to})` : '';
  const total = bin
    ? `<br>${escapeHtml(bin.events)} events, told in ${escapeHtml(bin.reports)} reports by ${escapeHtml(bin.sources)} sources`
    : '';
  return [`<b>${escapeHtml(params[0]?.axisValue)}</b>${escapeHtml(range)}${total}`, ...rows].join('<br>');
}
