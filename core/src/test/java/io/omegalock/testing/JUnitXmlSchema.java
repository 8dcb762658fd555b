package io.omegalock.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Validates JUnit XML against the schema in {@code junitxml/junit.xsd} (test resources; see its
 * header for what it checks) and hands back the parsed document for assertions on its content.
 */
public final class JUnitXmlSchema {
    private static final Schema SCHEMA = load();

    private JUnitXmlSchema() {
    }

    /**
     * @param xml a JUnit XML document
     * @return the parsed document
     * @throws AssertionError when it is not well-formed or not valid, with the parser's reason
     */
    public static Document validate(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            SCHEMA.newValidator().validate(new DOMSource(doc));
            return doc;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new AssertionError("not valid JUnit XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /**
     * @param file a JUnit XML file
     * @return the parsed document
     * @throws AssertionError when it is missing, not well-formed or not valid
     */
    public static Document validate(Path file) {
        try {
            return validate(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Schema load() {
        URL xsd = JUnitXmlSchema.class.getResource("/junitxml/junit.xsd");
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("junitxml/junit.xsd does not load: " + e.getMessage(), e);
        }
    }
}
