// Map: the world from Natural Earth (world-atlas) with the places of events (ECharts).

import { cutAtAntimeridian } from './antimeridian.js';
import { fetchJson, itemsOf } from './api.js';
import { formatGoldstein } from './cameo.js';
import { byId } from './dom.js';
import { filterParams } from './filters.js';
import { goldsteinColour, sqrtScale } from './scales.js';
import { escapeHtml } from './text.js';

// Loaded as classic scripts by index.html.
const { echarts, topojson } = globalThis;

// ISO 3166-1 numeric, the id world-atlas gives each country.
const ANTARCTICA = '010';

let placesMap;
let worldMapLoaded;
// The places of the current filters, kept so that showing centroids redraws without a request.
let loadedPlaces = [];

/**
 * Draws into #map and starts loading the world outline the places are drawn on; a click on a
 * place calls onCountryChosen(its ISO-3 country) when it has one (seas and continents have none).
 */
export function createPlacesMap(onCountryChosen) {
  placesMap = echarts.init(byId('map'));
  placesMap.on('click', 'series', (param) => {
    const country = param.data?.place?.country;
    if (country) onCountryChosen(country);
  });
  worldMapLoaded = loadWorldMap();
  // Draw the bare world as soon as it is there, so the map is never blank; a failure is
  // reported by the map view, which awaits the same promise.
  worldMapLoaded.then(() => placesMap.setOption(placesOption([], [])), () => {});
  byId('map-countries').addEventListener('change', () => drawPlaces());
}

export function resizePlacesMap() {
  placesMap.resize();
}

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

export async function loadPlaces(filters, isCurrent) {
  const [page] = await Promise.all([fetchJson('stats/places', filterParams(filters)), worldMapLoaded]);
  if (!isCurrent()) return;
  loadedPlaces = itemsOf(page).filter((place) => place.lat != null && place.lon != null);
  drawPlaces();
}

/**
 * An event placed only by its country sits on the country's centroid, which is not where it
 * happened: such places are drawn apart, as hollow diamonds, and only when asked for.
 */
function drawPlaces() {
  const isCountry = (place) => place.type === 'country';
  const real = loadedPlaces.filter((place) => !isCountry(place));
  const countries = loadedPlaces.filter(isCountry);
  const showCountries = byId('map-countries').checked;
  placesMap.setOption(placesOption(real, showCountries ? countries : []), { notMerge: true });
  const countryEvents = countries.reduce((sum, place) => sum + place.events, 0);
  byId('map-countries-count').textContent = `(${countryEvents} events in ${countries.length} countries)`;
  byId('map-empty').hidden = real.length > 0 || (showCountries && countries.length > 0);
}

/**
 * A place's weight on the map: its sources added up over its events, so a strike told by ten
 * outlets outweighs a rumour told once (a store from before merging has one source per event).
 */
function weight(place) {
  return place.sources ?? place.events;
}

function placesOption(places, countries) {
  const most = Math.max(1, ...places.map(weight), ...countries.map(weight));
  const size = (value) => sqrtScale(value[2], most, 6, 32);
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
        id: 'places',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: size,
        itemStyle: { opacity: 0.85, borderColor: '#ffffff', borderWidth: 1 },
        data: places.map((place) => placePoint(place, { color: goldsteinColour(place.mean_goldstein) })),
      },
      {
        id: 'countries',
        type: 'scatter',
        coordinateSystem: 'geo',
        symbol: 'diamond',
        symbolSize: size,
        // Drawn under the real places, hollow: a ring in the Goldstein colour.
        z: 1,
        data: countries.map((place) => placePoint(place, {
          color: 'rgba(255, 255, 255, 0.4)',
          borderColor: goldsteinColour(place.mean_goldstein),
          borderWidth: 2,
          borderType: 'dashed',
        })),
      },
    ],
  };
}

function placePoint(place, itemStyle) {
  return { name: place.name, value: [place.lon, place.lat, weight(place)], place, itemStyle };
}

/** ECharts tooltips are HTML, so every value in them is escaped. */
function placeTooltip(param) {
  const place = param.data?.place;
  if (!place) return '';
  const goldstein = place.mean_goldstein == null ? 'n/a' : formatGoldstein(place.mean_goldstein);
  const where = place.type === 'country' ? ' (the country as a whole: no place named)' : '';
  return `<b>${escapeHtml(place.name)}</b> ${escapeHtml(place.country ?? '')}${escapeHtml(where)}<br>`
    + `${escapeHtml(place.events)} events, ${escapeHtml(place.reports ?? place.events)} reports, `
    + `${escapeHtml(weight(place))} sources; mean Goldstein ${escapeHtml(goldstein)}`;
}
