package org.partnerdigest.content;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A namespace-aware DOM parser that can neither expand entities from a DTD nor load anything: any
 * DOCTYPE is a fatal error, external entities and DTDs are off, XInclude is off and secure
 * processing limits apply. Callers strip DOCTYPEs themselves before parsing (see {@link
 * XmlRepair#stripDoctype}).
 */
final class SafeXml {

  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private final DocumentBuilderFactory factory;

  SafeXml() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      this.factory = f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
    }
  }

  /** Parses well-formed XML text or throws the parser's error with its line and column. */
  Document parse(String xml) throws SAXParseException {
    try {
      DocumentBuilder builder;
      synchronized (factory) {
        builder = factory.newDocumentBuilder();
      }
      builder.setErrorHandler(STRICT);
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw e;
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new SAXParseException(e.getMessage(), null, null, -1, -1);
    }
  }
}
