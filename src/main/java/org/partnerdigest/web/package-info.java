/** Pages, the JSON API, Atom and OPML outputs, editor pages. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"catalog", "content", "archive", "crawl", "search", "digest"})
package org.partnerdigest.web;
