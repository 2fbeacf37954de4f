// Untrusted text helpers. Everything that comes from the API is untrusted text (articles
// are scraped news): it reaches the DOM only through textContent / text nodes, and ECharts
// tooltips (which are HTML) only through escapeHtml(). Nothing in the page assigns innerHTML.

const EXCERPT_LENGTH = 160;

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the few places that must produce HTML (ECharts tooltips): escape every API value. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Creates an element whose content is the given text, never parsed as markup. */
export function textElement(tag, text, className) {
  const element = document.createElement(tag);
  element.textContent = text ?? '';
  if (className) element.className = className;
  return element;
}

export function excerpt(text, length = EXCERPT_LENGTH) {
  if (!text || text.length <= length) return text ?? '';
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > length / 2 ? cut : length)}…`;
}
