package org.partnerdigest.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The index folder holds generations ({@code index-<timestamp>} folders) and a {@code CURRENT}
 * pointer file naming the live one. A rebuild writes a new generation beside the live one and swaps
 * by replacing the pointer atomically, so a crash leaves either the old or the new generation live,
 * never a half-built one.
 */
final class IndexGenerations {

  private static final String POINTER = "CURRENT";

  private final Path root;

  IndexGenerations(Path root) {
    this.root = root;
  }

  /** The live generation, or {@code null} when there is none yet. */
  Path current() throws IOException {
    Path pointer = root.resolve(POINTER);
    if (!Files.isRegularFile(pointer)) {
      return null;
    }
    Path live = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
    return Files.isDirectory(live) ? live : null;
  }

  /** A new, empty generation folder named for {@code millis} (unique within this root). */
  Path create(long millis) throws IOException {
    Files.createDirectories(root);
    long stamp = millis;
    Path candidate = root.resolve("index-" + stamp);
    while (Files.exists(candidate)) {
      candidate = root.resolve("index-" + ++stamp);
    }
    return Files.createDirectory(candidate);
  }

  /** Points {@code CURRENT} at {@code generation} with an atomic rename. */
  void makeCurrent(Path generation) throws IOException {
    Path temp = root.resolve(POINTER + ".tmp");
    Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
    Files.move(temp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes every generation other than the live one (left-overs of swaps and crashes). */
  void deleteAllBut(Path live) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.toList()) {
        if (Files.isDirectory(child) && !child.equals(live)) {
          deleteTree(child);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
