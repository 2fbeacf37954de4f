// Loading every view for one set of filters. Each load carries a generation number; a
// response that arrives after the user changed the filters again is dropped instead of
// overwriting the newer view.

import { byId } from './dom.js';
import { loadEvents } from './events-table.js';
import { loadPlaces } from './map.js';
import { loadActorNetwork } from './network.js';
import { clearErrors, setStatus, setViewState, showError } from './status.js';
import { loadTimeline } from './timeline.js';

let generation = 0;

export function loadViews(filters) {
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
