package org.partnerdigest.digest;

/** The coming edition for a choice of topics: as a page, and as the mail it would be. */
public record Preview(EditionPage page, RenderedMail mail) {}
