/**
 * The entry archive, the source of truth: entries with their {@code seq} change log and editor
 * flags, each feed's fetch state, retention. The only module that touches those tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "content"})
package org.partnerdigest.archive;
