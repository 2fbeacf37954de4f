// Visual scales shared by the actor network and the map: symbol sizes and Goldstein colours.

/** Area-true sizing: a value 4x larger gets a symbol 2x wider. */
export function sqrtScale(value, max, smallest, largest) {
  return smallest + (largest - smallest) * Math.sqrt(Math.max(0, value) / max);
}

/** Red for conflict (-10), grey for neutral (0), green for cooperation (+10). */
export function goldsteinColour(goldstein) {
  const grey = [158, 158, 158];
  if (goldstein == null || Number.isNaN(goldstein)) return rgb(grey);
  const t = Math.min(1, Math.abs(goldstein) / 10);
  const end = goldstein < 0 ? [215, 48, 31] : [26, 152, 80];
  return rgb(grey.map((channel, i) => channel + (end[i] - channel) * t));
}

function rgb([red, green, blue]) {
  return `rgb(${Math.round(red)}, ${Math.round(green)}, ${Math.round(blue)})`;
}
