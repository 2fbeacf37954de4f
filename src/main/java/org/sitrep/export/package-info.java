/**
 * The formats the field reads: event records as JSON lines, CSV and GDELT 2.0 Events TSV, quotes as
 * JSON. Takes {@code model} records, gives text; knows nothing else of ours.
 */
package org.sitrep.export;
