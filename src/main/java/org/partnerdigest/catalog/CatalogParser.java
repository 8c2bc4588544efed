package org.partnerdigest.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and validates {@code feeds.yml} without Spring. Every problem is collected (not only the
 * first) with its 1-based line and column, so {@code validate} can print them all at once.
 */
public final class CatalogParser {

  /** Larger files are refused unread: a catalog of a few hundred feeds is well under 100 KB. */
  static final int MAX_BYTES = 1024 * 1024;

  private CatalogParser() {}

  /**
   * Reads {@code file}, naming it {@code name} in problems.
   *
   * @throws IOException when the file cannot be read at all (missing, a directory, no permission)
   */
  public static ParsedCatalog read(Path file, String name) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      return new ParsedCatalog(
          Catalog.empty(),
          List.of(
              new CatalogProblem(name, 1, 1, "file is larger than 1 MiB; is it the right file?")));
    }
    return parse(name, Files.readAllBytes(file));
  }

  /** Parses the bytes of a file named {@code name}, which must be UTF-8. */
  public static ParsedCatalog parse(String name, byte[] content) {
    try {
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      return parse(name, decoder.decode(ByteBuffer.wrap(content)).toString());
    } catch (CharacterCodingException e) {
      return new ParsedCatalog(
          Catalog.empty(),
          List.of(new CatalogProblem(name, 1, 1, "file is not valid UTF-8; save it as UTF-8")));
    }
  }

  /** Parses the text of a file named {@code name}. */
  public static ParsedCatalog parse(String name, String text) {
    var problems = new Problems(name);
    var catalog =
        CatalogYaml.compose(text, problems)
            .map(root -> new CatalogReader(problems).read(root))
            .orElse(Catalog.empty());
    return new ParsedCatalog(catalog, problems.sorted());
  }
}
