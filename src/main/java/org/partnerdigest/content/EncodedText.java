package org.partnerdigest.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Text carried as base64 (Atom 0.3 {@code mode="base64"}, Atom 1.0 content of a non-text media
 * type), and whether text of an unknown media type is HTML.
 */
final class EncodedText {

  /**
   * The WHATWG MIME Sniffing Standard's HTML signatures (7.1, "identifying a resource with an
   * unknown MIME type"): markup that starts with one of these, then a space or {@code >}, is HTML.
   */
  private static final List<String> HTML_SIGNATURES =
      List.of(
          "<!doctype html",
          "<html",
          "<head",
          "<script",
          "<iframe",
          "<h1",
          "<div",
          "<font",
          "<table",
          "<a",
          "<style",
          "<title",
          "<b",
          "<body",
          "<br",
          "<p",
          "<!--");

  private EncodedText() {}

  /**
   * The UTF-8 text that {@code base64} encodes (line breaks and spaces allowed), or null when it is
   * not base64 or does not decode to text (an image, a PDF): binary is never shown as text.
   */
  static String base64(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return null;
      }
    }
    return text;
  }

  /** True when text of an unknown media type starts like an HTML document or fragment. */
  static boolean looksLikeHtml(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    // The longest signature and the byte after it are all that is looked at.
    String head =
        text.substring(start, Math.min(text.length(), start + 16)).toLowerCase(Locale.ROOT);
    for (String signature : HTML_SIGNATURES) {
      if (head.startsWith(signature)) {
        if (signature.equals("<!--") || head.length() == signature.length()) {
          return true;
        }
        char after = head.charAt(signature.length());
        if (after == ' ' || after == '>') {
          return true;
        }
      }
    }
    return false;
  }
}
