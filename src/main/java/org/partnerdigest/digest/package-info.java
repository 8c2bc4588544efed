/** Subscribers, weekly editions, deliveries, mail rendering and sending. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"catalog", "archive", "search"})
package org.partnerdigest.digest;
