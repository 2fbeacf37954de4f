/**
 * Where things happen: the bundled GeoNames gazetteer, the place names an article mentions resolved
 * with their sentence and article context ({@code PlaceFinder}, {@code PlaceResolver}), and each
 * event's location by the first rule that finds one ({@code EventLocations}). Takes annotated
 * sentences, mentions and coded dyads, gives places and {@code Location}s; it must not assemble
 * events nor reach the store.
 */
package org.sitrep.geo;
