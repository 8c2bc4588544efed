package org.partnerdigest.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a document with the charset rule: byte-order mark, then the HTTP {@code Content-Type}
 * charset, then the XML declaration's encoding, then UTF-8. We deliberately do not apply RFC 3023's
 * "text/xml without charset means us-ascii": real feeds served that way are almost always UTF-8 or
 * declare their encoding in the prolog.
 *
 * <p>A declared charset the bytes cannot be in is overruled by the bytes: a feed starts with an
 * ASCII character ({@code <}, {@code {} or a space), which UTF-16 and UTF-32 encode with zero
 * bytes and single-byte charsets without, so a UTF-16 label on {@code <?xml} in single bytes (or
 * the reverse) is a server's mistake, not the document's encoding.
 *
 * <p>Bytes invalid in the chosen charset become U+FFFD, and the document counts as recovered. The
 * document is never reinterpreted as Latin-1 because of them: one bad byte in a UTF-8 feed must not
 * turn every other non-ASCII character into mojibake. Only a document that declares no charset at
 * all and holds not a single valid multi-byte UTF-8 sequence is read as windows-1252 (and counts as
 * recovered): it is single-byte text, and nothing in it can turn into mojibake.
 */
final class CharsetSniffer {

  private static final Pattern HTTP_CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetSniffer() {}

  static DecodedText decode(byte[] body, String contentType) {
    Bom bom = Bom.of(body);
    if (bom != null) {
      return decode(body, bom.length(), bom.charset(), false);
    }
    Charset wide = withoutBom(body);
    boolean doubtful = false;
    String httpName = httpCharset(contentType);
    if (httpName != null) {
      Charset http = lookup(httpName);
      boolean possible = http != null && (isWide(http) ? !singleByteStart(body) : wide == null);
      if (possible) {
        // Without a byte-order mark the bytes, not the label, say which byte order it is.
        return decode(body, 0, wide != null ? wide : http, false);
      }
      doubtful = true;
    }
    if (wide != null) {
      return decode(body, 0, wide, doubtful);
    }
    String declared = xmlDeclaredEncoding(body);
    if (declared != null) {
      Charset xml = lookup(declared);
      if (xml != null && !isWide(xml)) {
        return decode(body, 0, xml, doubtful);
      }
      doubtful |= xml == null;
    }
    if (httpName == null && declared == null && !decodesAsUtf8(body) && !hasUtf8Sequence(body)) {
      // Undeclared, and not one multi-byte character in it is UTF-8: a single-byte document, which
      // windows-1252 reads without mojibake (there is no UTF-8 text in it to garble).
      return decode(body, 0, WINDOWS_1252, true);
    }
    return decode(body, 0, StandardCharsets.UTF_8, doubtful);
  }

  private static boolean decodesAsUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Whether any well-formed multi-byte UTF-8 sequence occurs in {@code b}. */
  private static boolean hasUtf8Sequence(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      int lead = b[i] & 0xFF;
      int length =
          lead >= 0xC2 && lead <= 0xDF
              ? 2
              : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (length > 0 && i + length <= b.length) {
        boolean continued = true;
        for (int k = 1; k < length; k++) {
          continued &= (b[i + k] & 0xC0) == 0x80;
        }
        if (continued) {
          return true;
        }
      }
    }
    return false;
  }

  static String httpCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HTTP_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static String xmlDeclaredEncoding(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1).trim() : null;
  }

  /**
   * UTF-32 or UTF-16 recognised without a byte-order mark from how the first character, an ASCII
   * one in any feed, is encoded (XML 1.0 appendix F, for any ASCII character rather than {@code
   * <}).
   */
  private static Charset withoutBom(byte[] b) {
    if (b.length < 4) {
      return null;
    }
    if (b[0] == 0 && b[1] == 0 && b[2] == 0 && isAscii(b[3])) {
      return Charset.forName("UTF-32BE");
    }
    if (isAscii(b[0]) && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b[0] == 0 && isAscii(b[1]) && b[2] == 0 && isAscii(b[3])) {
      return StandardCharsets.UTF_16BE;
    }
    if (isAscii(b[0]) && b[1] == 0 && isAscii(b[2]) && b[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean isAscii(byte b) {
    return b > 0;
  }

  /** Two non-zero bytes first: text in a single-byte (or UTF-8) encoding, never UTF-16/32. */
  private static boolean singleByteStart(byte[] b) {
    return b.length >= 2 && b[0] != 0 && b[1] != 0;
  }

  private static boolean isWide(Charset charset) {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
  }

  private static Charset lookup(String name) {
    try {
      String n = name.trim().toLowerCase(Locale.ROOT);
      // Browsers and feed readers treat Latin-1 labels as windows-1252; so do we.
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
        return WINDOWS_1252;
      }
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Decodes strictly; bytes that do not fit the charset become U+FFFD and say so. */
  private static DecodedText decode(byte[] body, int offset, Charset charset, boolean doubtful) {
    try {
      return new DecodedText(
          decoder(charset, CodingErrorAction.REPORT, body, offset), charset, doubtful, false);
    } catch (CharacterCodingException e) {
      try {
        String text = decoder(charset, CodingErrorAction.REPLACE, body, offset);
        return new DecodedText(text, charset, true, true);
      } catch (CharacterCodingException cannotHappen) {
        throw new IllegalStateException(cannotHappen);
      }
    }
  }

  private static String decoder(Charset charset, CodingErrorAction onError, byte[] body, int offset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(onError)
        .onUnmappableCharacter(onError)
        .decode(ByteBuffer.wrap(body, offset, body.length - offset))
        .toString();
  }

  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (b.length >= 4
          && b[0] == 0
          && b[1] == 0
          && (b[2] & 0xFF) == 0xFE
          && (b[3] & 0xFF) == 0xFF) {
        return new Bom(Charset.forName("UTF-32BE"), 4);
      }
      if (b.length >= 4
          && (b[0] & 0xFF) == 0xFF
          && (b[1] & 0xFF) == 0xFE
          && b[2] == 0
          && b[3] == 0) {
        return new Bom(Charset.forName("UTF-32LE"), 4);
      }
      if (b.length >= 3
          && (b[0] & 0xFF) == 0xEF
          && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
