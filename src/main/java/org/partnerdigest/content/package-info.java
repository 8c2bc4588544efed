/**
 * Turns fetched bytes into normalized entries: Rome for RSS/Atom/RDF, a JSON Feed parser, recovery
 * of broken XML, Jsoup sanitizing, autodiscovery. Pure functions, no Spring state.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.partnerdigest.content;
