package org.partnerdigest.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Browser edits of {@code feeds.yml}, which stays the one source of truth: each change is applied
 * to the text by {@link FeedsFileEditor}, shown as a diff, checked by the same validator as {@code
 * validate}, refused when the file changed on disk since the editor's page was opened (pages carry
 * the {@link Snapshot#version()} they showed), and written atomically with the replaced version
 * kept in the data directory. The running catalog applies a saved change at once.
 */
@Service
public class FeedsFile {

  static final String STALE =
      "feeds.yml changed on disk since this page was opened (another editor saved, or someone"
          + " edited the file). Nothing was written: open the page again to start from the"
          + " current file.";

  /**
   * The file as it is now.
   *
   * @param version the SHA-256 of its bytes, to send back with a change; {@code null} when the file
   *     cannot be read
   * @param problems what the validator says about it (or why it cannot be read)
   */
  public record Snapshot(
      String text, String version, Catalog catalog, List<CatalogProblem> problems) {}

  /** A change of the text; may refuse. */
  private interface Change {
    String apply(String text) throws EditRefusedException;
  }

  private final Path file;
  private final String name;
  private final CatalogService catalog;
  private final FeedsFileWriter writer;

  FeedsFile(
      CatalogProperties properties, CatalogService catalog, ObjectProvider<InstantSource> clock) {
    this.file = properties.feedsFile();
    this.name = String.valueOf(properties.feedsFile().getFileName());
    this.catalog = catalog;
    this.writer =
        new FeedsFileWriter(
            file,
            properties.historyDir(),
            properties.catalog().historySize(),
            clock.getIfAvailable(InstantSource::system));
  }

  public Snapshot read() {
    var version = FeedsFileVersion.of(file);
    if (!version.readable()) {
      return new Snapshot(
          "",
          null,
          Catalog.empty(),
          List.of(new CatalogProblem(name, 1, 1, version.fingerprint())));
    }
    var parsed = CatalogParser.parse(name, version.content());
    String text = decode(version.content()).orElse("");
    return new Snapshot(text, version.fingerprint(), parsed.catalog(), parsed.problems());
  }

  /** The change as it would be saved, validated but not written. */
  public EditOutcome review(String version, CatalogEdit edit) {
    return propose(version, edit, false);
  }

  /** Validates and writes the change; the running catalog applies it at once. */
  public synchronized EditOutcome save(String version, CatalogEdit edit) {
    return propose(version, edit, true);
  }

  /** The versions kept by earlier saves, newest first. */
  public List<SavedVersion> history() {
    try {
      return writer.versions();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The text of a kept version; empty for an unknown name. */
  public Optional<String> savedVersion(String versionName) {
    try {
      return writer.read(versionName);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Putting a kept version back, as it would be saved. */
  public EditOutcome reviewRestore(String version, String versionName) {
    return restore(version, versionName, false);
  }

  /** Puts a kept version back (the current one is kept in turn). */
  public synchronized EditOutcome restore(String version, String versionName) {
    return restore(version, versionName, true);
  }

  private EditOutcome restore(String version, String versionName, boolean write) {
    Optional<String> saved = savedVersion(versionName);
    if (saved.isEmpty()) {
      return new EditOutcome.Refused("there is no kept version named '" + versionName + "'");
    }
    return propose(version, "restore " + versionName, text -> saved.get(), null, false, write);
  }

  private EditOutcome propose(String version, CatalogEdit edit, boolean write) {
    return propose(
        version, edit.describe(), text -> FeedsFileEditor.apply(text, edit), edit, true, write);
  }

  private EditOutcome propose(
      String version,
      String description,
      Change change,
      CatalogEdit edit,
      boolean needsValidFile,
      boolean write) {
    var current = FeedsFileVersion.of(file);
    if (!current.readable()) {
      return new EditOutcome.Refused(name + ": " + current.fingerprint());
    }
    if (!current.fingerprint().equals(version)) {
      return new EditOutcome.Stale(STALE);
    }
    Optional<String> text = decode(current.content());
    if (text.isEmpty()) {
      return new EditOutcome.Refused(name + " is not valid UTF-8; fix it by hand first");
    }
    var before = CatalogParser.parse(name, text.get());
    if (needsValidFile && !before.ok()) {
      return new EditOutcome.Refused(
          name
              + " has problems; fix them first: "
              + String.join("; ", before.problems().stream().map(Object::toString).toList()));
    }
    String next;
    try {
      next = change.apply(text.get());
    } catch (EditRefusedException e) {
      return new EditOutcome.Refused(e.getMessage());
    }
    if (next.equals(text.get())) {
      return new EditOutcome.Refused("this change leaves " + name + " as it is; nothing to save");
    }
    var diff = UnifiedDiff.between(name, text.get(), next);
    var after = CatalogParser.parse(name, next);
    if (!after.ok()) {
      return new EditOutcome.Invalid(description, diff, after.problems());
    }
    if (edit != null) {
      var mismatch = EditEffects.mismatch(edit, before.catalog(), after.catalog());
      if (mismatch.isPresent()) {
        return new EditOutcome.Refused(mismatch.get() + "; nothing was written");
      }
    }
    if (!write) {
      return new EditOutcome.Ready(description, diff);
    }
    try {
      writer.replace(current.content(), next);
    } catch (IOException e) {
      return new EditOutcome.Refused(
          "could not write " + name + ": " + e.getMessage() + "; nothing was changed");
    }
    catalog.reloadNow();
    return new EditOutcome.Saved(description, diff);
  }

  private static Optional<String> decode(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
