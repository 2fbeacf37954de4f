// The sitrep API: GET requests that answer JSON, and the errors they fail with.

/** An API failure: the server's reason, and the request it answered. */
function apiError(reason, url) {
  const error = new Error(reason);
  error.where = url.pathname;
  return error;
}

/**
 * GETs api/PATH (relative to the page, so the dashboard also works behind a path prefix)
 * and returns the parsed JSON, or throws an Error whose message is the server's "error".
 */
export async function fetchJson(path, params) {
  const url = new URL(`api/${path}`, document.baseURI);
  if (params) url.search = params.toString();
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw apiError(`cannot reach the sitrep server: ${cause.message}`, url);
  }
  const body = await response.text();
  let json = null;
  try {
    json = JSON.parse(body);
  } catch {
    if (response.ok) throw apiError('the server did not answer JSON', url);
  }
  if (!response.ok) {
    const reason = typeof json?.error === 'string' ? json.error : response.statusText;
    throw apiError(`${response.status} ${reason}`, url);
  }
  return json;
}

export function itemsOf(page) {
  return Array.isArray(page?.items) ? page.items : [];
}
