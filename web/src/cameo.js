// CAMEO's quad classes and Goldstein scores as the page names and prints them.

// GDELT's quad classes with conventional colours: greens cooperate, oranges/reds fight.
export const QUAD_CLASSES = [
  { key: '1', name: 'Verbal cooperation', colour: '#a1d99b' },
  { key: '2', name: 'Material cooperation', colour: '#31a354' },
  { key: '3', name: 'Verbal conflict', colour: '#fdae6b' },
  { key: '4', name: 'Material conflict', colour: '#de2d26' },
];

export function quadClass(key) {
  return QUAD_CLASSES.find((quad) => quad.key === String(key));
}

export function formatGoldstein(goldstein) {
  if (goldstein == null) return '';
  return `${goldstein > 0 ? '+' : ''}${goldstein.toFixed(1)}`;
}
