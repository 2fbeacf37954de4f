/**
 * The situation report: what changed in a period, read from the store only ({@link
 * org.sitrep.report.ReportBuilder}), and drawn as one self-contained HTML page with its charts in
 * inline SVG, as Markdown, or as PDF printed from that page by headless Chromium. Uses the store,
 * the model and the CAMEO tables; it codes nothing itself.
 */
package org.sitrep.report;
