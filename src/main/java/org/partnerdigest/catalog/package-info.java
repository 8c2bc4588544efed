/**
 * The editor's {@code feeds.yml}: model, validation with file:line:column problems, hot reload,
 * topics and synonyms.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.partnerdigest.catalog;
