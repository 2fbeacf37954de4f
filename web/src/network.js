// Actor network: actors as nodes, directed dyads as edges (Cytoscape).

import { fetchJson, itemsOf } from './api.js';
import { formatGoldstein } from './cameo.js';
import { byId } from './dom.js';
import { filterParams } from './filters.js';
import { goldsteinColour, sqrtScale } from './scales.js';

// Loaded as a classic script by index.html.
const { cytoscape } = globalThis;

// The API's most dyads per request: the busiest actors are ranked over all of them.
const DYAD_LIMIT = 500;
// How many actors a network of this size can show legibly, unless the user picks otherwise.
const DEFAULT_TOP_ACTORS = 20;
// Among the actors drawn, at most this many dyads per actor, the busiest: the rest is clutter.
const DYADS_PER_ACTOR = 2;
// A network of two actors would otherwise be zoomed to fill the whole view.
const NETWORK_MAX_FIT_ZOOM = 1.3;

let actorNetwork;
let networkFilters = {};
let networkDyads = [];

/** Draws into #network; a click on an actor calls onActorChosen(code). */
export function createActorNetwork(onActorChosen) {
  actorNetwork = cytoscape({
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
          label: 'data(name)',
          'text-wrap': 'ellipsis',
          'text-max-width': 120,
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
  // Labels (the actors' names) are drawn on the canvas, so they never become markup; the
  // hover description goes through textContent.
  actorNetwork.on('tap', 'node', (event) => onActorChosen(event.target.data('code')));
  actorNetwork.on('mouseover', 'node', (event) => describeActor(event.target.data()));
  actorNetwork.on('mouseover', 'edge', (event) => describeDyad(event.target.data()));
  actorNetwork.on('mouseout', 'node, edge', () => describeNetwork(''));
  byId('network-top').addEventListener('change', () => drawActorNetwork());
}

export function resizeActorNetwork() {
  actorNetwork.resize();
}

export async function loadActorNetwork(filters, isCurrent) {
  const params = filterParams(filters, { limit: DYAD_LIMIT });
  const dyads = itemsOf(await fetchJson('stats/dyads', params)).filter((d) => d.source && d.target);
  if (!isCurrent()) return;
  networkFilters = filters;
  networkDyads = dyads;
  drawActorNetwork();
}

/**
 * Draws the top N actors by events (N picked by the user) and the dyads among them: past a few
 * dozen nodes a network is a hairball, so the rest are counted in a note, not drawn.
 */
function drawActorNetwork() {
  const dyads = networkDyads;
  const top = Number(byId('network-top').value) || DEFAULT_TOP_ACTORS;
  const actors = actorTotals(dyads);
  const shown = new Set([...actors].sort((a, b) => b[1] - a[1]).slice(0, top).map(([code]) => code));
  // The API sends dyads busiest first, so the first ones among the actors shown are kept.
  const shownDyads = dyads
    .filter((dyad) => shown.has(dyad.source) && shown.has(dyad.target))
    .slice(0, DYADS_PER_ACTOR * top);
  actorNetwork.elements().remove();
  actorNetwork.add(actorNetworkElements(shownDyads));
  const { actor } = networkFilters;
  actorNetwork.nodes().forEach((node) => {
    node.toggleClass('focus', Boolean(actor) && node.data('code').startsWith(actor));
  });
  actorNetwork.layout({ name: 'cose', animate: false, padding: 24, randomize: true }).run();
  if (actorNetwork.zoom() > NETWORK_MAX_FIT_ZOOM) {
    actorNetwork.zoom(NETWORK_MAX_FIT_ZOOM);
    actorNetwork.center();
  }
  byId('network-empty').hidden = dyads.length > 0;
  // How many actors are drawn, for people reading the note and for tests.
  byId('network').dataset.nodes = String(actorNetwork.nodes().length);
  byId('network-note').textContent = networkNote(actorNetwork.nodes().length, actors.size, dyads.length)
    + dyadNote(actorNetwork.edges().length, dyads.length);
  describeNetwork('');
}

function networkNote(drawn, actors, dyads) {
  if (!actors) return '';
  // At the limit there may be more dyads (and actors) than the API sent.
  const more = dyads >= DYAD_LIMIT ? '+' : '';
  if (drawn >= actors) return `all ${actors}${more} actors`;
  return `top ${drawn} of ${actors}${more} actors, by events`;
}

function dyadNote(drawn, dyads) {
  if (!dyads || drawn >= dyads) return '';
  return `; the ${drawn} busiest of ${dyads}${dyads >= DYAD_LIMIT ? '+' : ''} dyads`;
}

function actorTotals(dyads) {
  const actorEvents = new Map();
  for (const dyad of dyads) {
    actorEvents.set(dyad.source, (actorEvents.get(dyad.source) ?? 0) + dyad.events);
    if (dyad.target !== dyad.source) {
      actorEvents.set(dyad.target, (actorEvents.get(dyad.target) ?? 0) + dyad.events);
    }
  }
  return actorEvents;
}

/**
 * Nodes labelled with each code's name and sized by its events over the dyads shown; edges by the
 * dyad's events.
 */
function actorNetworkElements(dyads) {
  const actorEvents = actorTotals(dyads);
  const names = new Map();
  for (const dyad of dyads) {
    names.set(dyad.source, dyad.source_name ?? dyad.source);
    names.set(dyad.target, dyad.target_name ?? dyad.target);
  }
  const mostActorEvents = Math.max(1, ...actorEvents.values());
  const mostDyadEvents = Math.max(1, ...dyads.map((dyad) => dyad.events));
  const nodes = [...actorEvents].map(([code, events]) => ({
    group: 'nodes',
    data: {
      id: code,
      code,
      name: names.get(code),
      events,
      size: sqrtScale(events, mostActorEvents, 12, 40),
    },
  }));
  const edges = dyads.map((dyad) => ({
    group: 'edges',
    data: {
      id: `${dyad.source}\u2192${dyad.target}`,
      source: dyad.source,
      target: dyad.target,
      sourceName: names.get(dyad.source),
      targetName: names.get(dyad.target),
      events: dyad.events,
      goldstein: dyad.mean_goldstein ?? null,
      width: sqrtScale(dyad.events, mostDyadEvents, 1, 10),
      colour: goldsteinColour(dyad.mean_goldstein),
    },
  }));
  return [...nodes, ...edges];
}

function describeActor(actor) {
  describeNetwork(
    `${actor.name} (${actor.code}): ${actor.events} events in the dyads shown (click to filter)`,
  );
}

function describeDyad(dyad) {
  const goldstein = dyad.goldstein == null ? 'n/a' : formatGoldstein(dyad.goldstein);
  describeNetwork(
    `${dyad.sourceName} \u2192 ${dyad.targetName}: ${dyad.events} events, mean Goldstein ${goldstein}`,
  );
}

function describeNetwork(text) {
  // A non-breaking space keeps the line's height when there is nothing to say.
  byId('network-info').textContent = text || '\u00a0';
}
