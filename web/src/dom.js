// Finding the page's elements and making clickable lists work by keyboard.

export const byId = (id) => document.getElementById(id);

/** Enter or space on a focused row acts like a click, so the table works by keyboard. */
export function onKeyActivate(handler) {
  return (domEvent) => {
    if (domEvent.key === 'Enter' || domEvent.key === ' ') {
      domEvent.preventDefault();
      handler(domEvent);
    }
  };
}
