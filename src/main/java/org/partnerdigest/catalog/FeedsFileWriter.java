package org.partnerdigest.catalog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces {@code feeds.yml} atomically and keeps what it replaced: the old bytes go to {@code
 * feeds-history/feeds-<time>.yml} (the newest {@code keep} are kept), then the new text is written
 * to a temporary file in the same folder, forced to disk and renamed over the file, so a reader
 * (the hot reload, an editor, git) sees the old file or the new one, never a half-written one.
 */
final class FeedsFileWriter {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern NAME = Pattern.compile("feeds-(\\d{8}T\\d{6}\\.\\d{3}Z)\\.yml");

  private final Path file;
  private final Path history;
  private final int keep;
  private final InstantSource clock;

  FeedsFileWriter(Path file, Path history, int keep, InstantSource clock) {
    this.file = file;
    this.history = history;
    this.keep = Math.max(1, keep);
    this.clock = clock;
  }

  /** Keeps {@code previous} (when there was a file) in the history, then writes {@code next}. */
  void replace(byte[] previous, String next) throws IOException {
    if (previous != null) {
      keep(previous);
    }
    Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
    write(target, next.getBytes(StandardCharsets.UTF_8));
  }

  /** The kept versions, newest first. */
  List<SavedVersion> versions() throws IOException {
    if (!Files.isDirectory(history)) {
      return List.of();
    }
    List<SavedVersion> versions = new ArrayList<>();
    try (Stream<Path> files = Files.list(history)) {
      for (Path p : files.toList()) {
        var m = NAME.matcher(p.getFileName().toString());
        if (m.matches()) {
          versions.add(
              new SavedVersion(
                  p.getFileName().toString(),
                  STAMP.parse(m.group(1), Instant::from),
                  Files.size(p)));
        }
      }
    }
    versions.sort(Comparator.comparing(SavedVersion::name).reversed());
    return versions;
  }

  /** The text of a kept version; empty for a name that is not one (never a path elsewhere). */
  Optional<String> read(String name) throws IOException {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Path p = history.resolve(name);
    return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
  }

  private void keep(byte[] previous) throws IOException {
    Files.createDirectories(history);
    Instant at = clock.instant();
    List<SavedVersion> before = versions();
    if (!before.isEmpty() && !at.isAfter(before.getFirst().replacedAt())) {
      // names sort by time: two saves in one millisecond, or a clock set back, still sort right
      at = before.getFirst().replacedAt().plusMillis(1);
    }
    Path kept = history.resolve(name(at));
    write(kept, previous);
    List<SavedVersion> versions = versions();
    for (SavedVersion old : versions.subList(Math.min(keep, versions.size()), versions.size())) {
      Files.deleteIfExists(history.resolve(old.name()));
    }
  }

  private static String name(Instant at) {
    return "feeds-" + STAMP.format(at) + ".yml";
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        var buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      copyPermissions(target, temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A temporary file is private to its owner; the replaced file's permissions carry over. */
  private static void copyPermissions(Path from, Path to) throws IOException {
    var source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    var target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null && Files.exists(from)) {
      target.setPermissions(source.readAttributes().permissions());
    }
  }
}
