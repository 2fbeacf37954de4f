// The article (and event in it) open in the article panel, kept in the URL beside the filters
// as ?article=ID&event=N, so a link opens the same article with the same sentence marked.

// Not filters: the API's own "article" filter is never set from the dashboard's URL.
export const SELECTION_NAMES = ['article', 'event'];

/** { articleId, eventId } from the URL, or null when no article is open. */
export function selectionFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const articleId = params.get('article');
  if (!articleId) return null;
  const event = Number(params.get('event'));
  return { articleId, eventId: Number.isInteger(event) && event > 0 ? event : null };
}

/** Puts the open article in the URL (null: none) without a new history entry. */
export function showSelectionInUrl(selection) {
  const params = new URLSearchParams(window.location.search);
  for (const name of SELECTION_NAMES) params.delete(name);
  if (selection) {
    params.set('article', selection.articleId);
    if (selection.eventId != null) params.set('event', String(selection.eventId));
  }
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (search !== window.location.search) {
    window.history.replaceState(null, '', search || window.location.pathname);
  }
}
