/**
 * PETRARCH's XML of parsed sentences and its validation suite: reading the files (with file and
 * line in every error) and checking the coder against their expected events. Uses {@code coding}
 * and {@code model} only.
 */
package org.sitrep.coding.petrxml;
