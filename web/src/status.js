// What the page says about itself: the error box, the status line and each view's state.

import { byId } from './dom.js';
import { textElement } from './text.js';

export function clearErrors() {
  const box = byId('error');
  box.replaceChildren();
  box.hidden = true;
}

/**
 * Shows an error in the page (never alert()). One bad filter fails every view with the
 * same reason, so failures with the same reason share a line that lists where they came from.
 */
export function showError(error) {
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

export function setStatus(message) {
  byId('status').textContent = message;
}

/** data-state on each view says loading / ready / error, for people (CSS) and tests. */
export function setViewState(element, state) {
  element.dataset.state = state;
}
