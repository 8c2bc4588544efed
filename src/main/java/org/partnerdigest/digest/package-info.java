/** Subscribers, weekly editions, deliveries, mail rendering and sending. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "search"})
package org.partnerdigest.digest;
