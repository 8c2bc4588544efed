package org.partnerdigest.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the feeds file held when last looked at: its bytes and their SHA-256, or why it could not be
 * read. Comparing hashes (not only modification times) catches every change, including those
 * through bind mounts or {@code cp -p}, which may keep the old time.
 *
 * @param content the bytes, or {@code null} when unreadable
 * @param fingerprint the hash of the content, or the reason it is unreadable
 */
record FeedsFileVersion(byte[] content, String fingerprint) {

  static FeedsFileVersion of(Path file) {
    try {
      if (Files.size(file) > CatalogParser.MAX_BYTES) {
        return unreadable("file is larger than 1 MiB; is it the right file?");
      }
      var bytes = Files.readAllBytes(file);
      return new FeedsFileVersion(bytes, HexFormat.of().formatHex(sha256().digest(bytes)));
    } catch (NoSuchFileException e) {
      return unreadable("file not found");
    } catch (IOException e) {
      return unreadable("cannot read the file: " + e.getMessage());
    }
  }

  boolean readable() {
    return content != null;
  }

  boolean sameAs(FeedsFileVersion other) {
    return other != null && fingerprint.equals(other.fingerprint);
  }

  private static FeedsFileVersion unreadable(String reason) {
    return new FeedsFileVersion(null, reason);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
