package org.partnerdigest.catalog;

/** A group of sources, e.g. the vendor's official blogs or partner-channel bloggers. */
public record Group(String key, String title, Tier tier) {

  /** How authoritative a group's sources are; official ones rank a little higher. */
  public enum Tier {
    OFFICIAL,
    COMMUNITY
  }
}
