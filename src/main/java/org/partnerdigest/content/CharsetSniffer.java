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
      return strictOrLenient(body, bom.length(), bom.charset(), false);
    }
    boolean doubtful = false;
    String httpName = httpCharset(contentType);
    if (httpName != null) {
      Charset http = lookup(httpName);
      if (http != null) {
        return strictOrLenient(body, 0, http, false);
      }
      doubtful = true;
    }
    Charset utf16 = withoutBom(body);
    if (utf16 != null) {
      return strictOrLenient(body, 0, utf16, doubtful);
    }
    String declared = xmlDeclaredEncoding(body);
    if (declared != null) {
      Charset xml = lookup(declared);
      if (xml != null && !xml.name().startsWith("UTF-16") && !xml.name().startsWith("UTF-32")) {
        return strictOrLenient(body, 0, xml, doubtful);
      }
      doubtful |= xml == null;
    }
    return strictOrLenient(body, 0, StandardCharsets.UTF_8, doubtful);
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

  /** {@code <} encoded as UTF-32 or UTF-16 without a byte-order mark (XML 1.0 appendix F). */
  private static Charset withoutBom(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
      return Charset.forName("UTF-32BE");
    }
    if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
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

  /** Decodes strictly; bytes that do not fit the charset fall back to windows-1252. */
  private static DecodedText strictOrLenient(
      byte[] body, int offset, Charset charset, boolean doubtful) {
    ByteBuffer bytes = ByteBuffer.wrap(body, offset, body.length - offset);
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString();
      return new DecodedText(text, charset, doubtful);
    } catch (CharacterCodingException e) {
      Charset fallback = charset.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : charset;
      String text = new String(body, offset, body.length - offset, fallback);
      return new DecodedText(text, fallback, true);
    }
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
