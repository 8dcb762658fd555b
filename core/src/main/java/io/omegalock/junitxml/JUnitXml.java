package io.omegalock.junitxml;

import io.omegalock.BadInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes JUnit XML in the Ant/Surefire form CI servers read: {@code testsuites > testsuite >
 * testcase}, a {@code failure} element for a failed gate and {@code skipped} for one that did not
 * apply, both with the reason as {@code message} and as text. Deterministic (no timestamp, no host
 * name; the only varying number is a run's wall time), and text that XML 1.0 cannot carry (control
 * characters, lone surrogates) is replaced by U+FFFD instead of producing a file readers reject.
 */
public final class JUnitXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private JUnitXml() {
    }

    /**
     * @param suites the suites
     * @return the document
     */
    public static String toString(List<JUnitSuite> suites) {
        StringWriter w = new StringWriter();
        try {
            write(suites, w);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return w.toString();
    }

    /**
     * Writes the document to a file, creating its parent directories.
     *
     * @param suites the suites
     * @param file   the output file
     * @throws BadInputException when the file cannot be written (the message names it)
     */
    public static void write(List<JUnitSuite> suites, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(suites, w);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * @param suites the suites
     * @param out    where the UTF-8 document goes
     * @throws IOException when the writer fails
     */
    public static void write(List<JUnitSuite> suites, Writer out) throws IOException {
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "omega-lock");
            x.writeAttribute("tests", Integer.toString(suites.stream().mapToInt(s -> s.cases().size()).sum()));
            x.writeAttribute("failures", Integer.toString(suites.stream().mapToInt(JUnitSuite::failures).sum()));
            x.writeAttribute("errors", "0");
            for (JUnitSuite s : suites) {
                suite(x, s);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter x, JUnitSuite s) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", attribute(s.name()));
        x.writeAttribute("tests", Integer.toString(s.cases().size()));
        x.writeAttribute("failures", Integer.toString(s.failures()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Integer.toString(s.skipped()));
        if (s.timeSeconds() != null) {
            x.writeAttribute("time", String.format(Locale.ROOT, "%.3f", s.timeSeconds()));
        }
        for (JUnitCase c : s.cases()) {
            testCase(x, s.name(), c);
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void testCase(XMLStreamWriter x, String suite, JUnitCase c) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", attribute(c.name()));
        x.writeAttribute("classname", attribute(suite));
        switch (c.outcome()) {
            case FAILED -> reason(x, "failure", c.message());
            case SKIPPED -> reason(x, "skipped", c.message());
            case PASSED -> {
            }
        }
        String out = c.outcome() == JUnitCase.Outcome.PASSED
                ? c.output() == null ? c.message() : c.message() + "\n" + c.output()
                : c.output();
        if (out != null && !out.isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(clean(out));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void reason(XMLStreamWriter x, String element, String message) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement(element);
        // The attribute holds the reason on one line, the element text the reason as written.
        x.writeAttribute("message", attribute(message));
        if ("failure".equals(element)) {
            x.writeAttribute("type", "omega-lock.gate");
        }
        x.writeCharacters(clean(message));
        x.writeEndElement();
    }

    /**
     * An attribute value: readers turn tabs and line breaks in attributes into spaces (XML
     * attribute-value normalization), so they are written as spaces and read back as written.
     */
    static String attribute(String s) {
        return clean(s).replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** Replaces every code point XML 1.0 cannot carry with U+FFFD. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('\uFFFD');
                }
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
