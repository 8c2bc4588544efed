package org.partnerdigest.catalog;

/** A problem in {@code feeds.yml}, printed as {@code file:line:column: message} (1-based). */
public record CatalogProblem(String file, int line, int column, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
