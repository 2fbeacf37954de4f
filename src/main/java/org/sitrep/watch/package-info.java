/**
 * Watching news feeds live: {@link org.sitrep.watch.Fetcher} asks for a feed or a page over HTTP
 * (conditional, bounded, polite, refusing private addresses), {@link org.sitrep.watch.Watcher}
 * polls the feeds that are due and codes and stores their new items through the store's usual path,
 * and the store keeps each feed's state so a restart resumes where it stopped.
 */
package org.sitrep.watch;
