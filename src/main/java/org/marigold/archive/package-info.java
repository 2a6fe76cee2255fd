/**
 * A community's data, its own: the archive its admins export (a zip of JSON with a versioned format, Markdown records,
 * the library as CSV and its files) and an instance's administrators import as a new community.
 */
package org.marigold.archive;
