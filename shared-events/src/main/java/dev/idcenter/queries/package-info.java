/**
 * Queries the command side forwards to the query side, and the views they answer with: part of the contract between
 * the two sides, like the events. A query carries {@code minPosition}, the event store position the answer must
 * reflect (read-your-writes).
 */
package dev.idcenter.queries;
