// CAMEO's quad classes and Goldstein scores as the page names and prints them.

// GDELT's quad classes with conventional colours: greens cooperate, oranges/reds fight; and
// the CAMEO root codes each takes in.
export const QUAD_CLASSES = [
  { key: '1', name: 'Verbal cooperation', colour: '#a1d99b', roots: '01\u201305' },
  { key: '2', name: 'Material cooperation', colour: '#31a354', roots: '06\u201308' },
  { key: '3', name: 'Verbal conflict', colour: '#fdae6b', roots: '09\u201313' },
  { key: '4', name: 'Material conflict', colour: '#de2d26', roots: '14\u201320' },
];

export function quadClass(key) {
  return QUAD_CLASSES.find((quad) => quad.key === String(key));
}

export function formatGoldstein(goldstein) {
  if (goldstein == null) return '';
  return `${goldstein > 0 ? '+' : ''}${goldstein.toFixed(1)}`;
}
