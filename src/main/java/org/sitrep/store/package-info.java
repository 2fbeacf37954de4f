/**
 * The event store: SQLite by default, PostgreSQL for a server, migrated by Flyway and read with
 * JDBI. Takes {@code CodedArticle}s (one transaction each), gives filtered, paged events, quotes,
 * actors, articles and aggregates. The only package that uses JDBC; it knows only {@code model},
 * and {@code cameo} to name the actor codes it lists.
 */
package org.sitrep.store;
