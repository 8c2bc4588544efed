package org.partnerdigest.content;

import com.rometools.rome.io.FeedException;
import java.net.URI;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/**
 * XML feeds: strict parse with the hardened parser, then the repairs of {@link XmlRepair}, then
 * Rome (or, for a CDF channel, {@link CdfFeedReader}). Rome only ever sees a DOM we built, so it
 * never guesses a charset nor reads a DTD.
 */
final class XmlFeedReader {

  private final SafeXml xml = new SafeXml();

  /** A feed read from XML and whether it took a repair to read it. */
  record Result(RawFeed feed, boolean recovered) {}

  Result read(String text, URI location, String language) throws FeedParseException {
    String prepared = XmlRepair.stripDoctype(text);
    Document doc;
    SAXParseException strictError = null;
    try {
      doc = xml.parse(prepared);
    } catch (SAXParseException strict) {
      doc = repaired(prepared, strict);
      strictError = strict;
    }
    C1Controls.replaceIn(doc);
    try {
      if (CdfFeedReader.isCdf(doc)) {
        return new Result(CdfFeedReader.read(doc, location, language), strictError != null);
      }
      return new Result(RomeFeedReader.read(doc, location, language), strictError != null);
    } catch (FeedException | RuntimeException e) {
      if (strictError != null) {
        // The repaired text is not a feed either: the original syntax error is the useful news.
        throw new FeedParseException("not a feed: " + describe(strictError));
      }
      String root = doc.getDocumentElement() == null ? "?" : doc.getDocumentElement().getTagName();
      throw new FeedParseException(
          "not a feed: root element <"
              + root
              + "> is not RSS, RDF or Atom ("
              + e.getMessage()
              + ")");
    }
  }

  private Document repaired(String text, SAXParseException strict) throws FeedParseException {
    String repaired = XmlRepair.repair(text);
    try {
      return xml.parse(repaired);
    } catch (SAXParseException again) {
      try {
        return xml.parse(XmlRepair.rebuildWithJsoup(repaired));
      } catch (SAXParseException | RuntimeException last) {
        throw new FeedParseException("not a feed: " + describe(strict));
      }
    }
  }

  static String describe(SAXParseException e) {
    if (e.getLineNumber() < 0) {
      return "XML error: " + e.getMessage();
    }
    return "XML error at line %d, column %d: %s"
        .formatted(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
  }
}
