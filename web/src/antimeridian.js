// Planar geometry for the world map: cutting countries where they cross the antimeridian.

/*
 * world-atlas stitches countries across the antimeridian (Russia's Chukotka, Fiji) for
 * spherical renderers; ECharts draws planar polygons, so such a ring would come out as a
 * band across the whole map. Each ring that jumps from +180 to -180 is cut there into
 * pieces, each closed along the meridian, and the country becomes a MultiPolygon.
 */
export function cutAtAntimeridian(country) {
  const { geometry } = country;
  if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type)) return country;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cut = polygons.flatMap(([outer, ...holes]) => {
    const pieces = cutRing(outer);
    // At 1:110m no ring that crosses the antimeridian has holes; keep holes otherwise.
    return pieces.length === 1 ? [[outer, ...holes]] : pieces.map((piece) => [piece]);
  });
  return { ...country, geometry: { type: 'MultiPolygon', coordinates: cut } };
}

function cutRing(ring) {
  const pieces = [[ring[0]]];
  for (let i = 1; i < ring.length; i += 1) {
    const [lon0, lat0] = ring[i - 1];
    const [lon1, lat1] = ring[i];
    if (Math.abs(lon1 - lon0) > 180) {
      // Where the segment, taken the short way round, meets the meridian.
      const edge = lon0 > 0 ? 180 : -180;
      const lon1Unwrapped = lon1 + (lon0 > 0 ? 360 : -360);
      const lat = lat0 + ((edge - lon0) / (lon1Unwrapped - lon0)) * (lat1 - lat0);
      pieces[pieces.length - 1].push([edge, lat]);
      pieces.push([[-edge, lat]]);
    }
    pieces[pieces.length - 1].push(ring[i]);
  }
  if (pieces.length === 1) return [ring];
  // The ring is closed, so its last piece runs on into its first.
  const last = pieces.pop();
  pieces[0] = [...last, ...pieces[0].slice(1)];
  return pieces.map((piece) => [...piece, piece[0]]);
}
