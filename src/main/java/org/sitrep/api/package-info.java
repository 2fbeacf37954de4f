/**
 * The HTTP API and dashboard server (Javalin, and Jetty beneath it for the server's own refusals
 * and body limit): JSON over the store, with the same filters as the CLI, and the token-guarded
 * ingest. The only package that uses the web server; it must not code articles itself but through
 * the pipeline.
 */
package org.sitrep.api;
