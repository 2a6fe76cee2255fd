/**
 * A community's shared resource library: links, articles, books, videos and documents that members
 * add and browse between meetings.
 */
package org.marigold.library;
