package org.partnerdigest.digest;

/** A mail as it will be sent: its subject, its HTML part and its plain-text alternative. */
public record RenderedMail(String subject, String html, String text) {}
