package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic replace of feeds.yml: permissions kept, symlinks followed, no temp files left. */
class FeedsFileWriterTests {

  @TempDir Path dir;

  FeedsFileWriter writer(Path file) {
    return new FeedsFileWriter(
        file,
        dir.resolve("history"),
        5,
        InstantSource.fixed(Instant.parse("2026-12-03T00:00:00Z")));
  }

  @Test
  void keepsThePermissionsOfTheReplacedFile() throws IOException {
    Path file = dir.resolve("feeds.yml");
    Files.writeString(file, "feeds:\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    writer(file).replace(Files.readAllBytes(file), "groups:\n");

    assertThat(Files.readString(file)).isEqualTo("groups:\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void writesThroughASymlinkAndLeavesTheLinkInPlace() throws IOException {
    Path real = Files.createDirectories(dir.resolve("config")).resolve("feeds.yml");
    Files.writeString(real, "feeds:\n");
    Path link = Files.createSymbolicLink(dir.resolve("feeds.yml"), real);

    writer(link).replace(Files.readAllBytes(link), "topics:\n");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("topics:\n");
    try (var files = Files.list(real.getParent())) {
      assertThat(files).containsExactly(real);
    }
  }

  @Test
  void createsAMissingFileWithoutHistory() throws IOException {
    Path file = dir.resolve("feeds.yml");

    writer(file).replace(null, "feeds:\n");

    assertThat(Files.readString(file)).isEqualTo("feeds:\n");
    assertThat(writer(file).versions()).isEmpty();
  }
}
