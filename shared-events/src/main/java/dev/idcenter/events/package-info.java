/**
 * The events of the identity center: immutable records, the only contract between the command side and the query
 * side. Rules: one record per file, {@code @Revision} from the first day, facts and ids only (never a secret, never a
 * derived view), never renamed or moved once landed (add a revision, an upcaster and a golden JSON test instead).
 */
package dev.idcenter.events;
