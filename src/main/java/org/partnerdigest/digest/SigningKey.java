package org.partnerdigest.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs the links in mails: {@code partner-digest.digest.secret} when configured, else
 * 32 random bytes generated at first start into {@code digest-secret} in the data directory,
 * readable by the owner only. Never a constant: a known key would let anyone unsubscribe anyone.
 */
final class SigningKey {

  static final String FILE = "digest-secret";
  private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

  private SigningKey() {}

  static byte[] of(DigestProperties properties) {
    String configured = properties.digest().secret();
    if (configured != null && !configured.isBlank()) {
      if (configured.length() < 16) {
        throw new IllegalStateException(
            "partner-digest.digest.secret must be at least 16 characters long");
      }
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    return stored(properties.dataDir().resolve(FILE));
  }

  private static byte[] stored(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
      if (key.length < 16) {
        throw new IllegalStateException(file + " holds a key shorter than 16 bytes");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the digest secret " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
    log.info("generated the key that signs digest links into {} (owner-only)", file);
  }
}
