package io.omegalock.cli.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.omegalock.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a spec file into plain values: mappings as {@link LinkedHashMap} (document order),
 * lists, strings, integers as {@link Long} (or {@link java.math.BigInteger}), other numbers as
 * {@link Double}, booleans and null. {@code .json} files go through the JSON parser (which
 * also accepts Python's {@code NaN} and {@code Infinity}, so they can be rejected by name),
 * everything else through the YAML parser (YAML is a superset of JSON). Integers stay integers
 * because int parameters and JSON integers are kept apart everywhere. A repeated key, a YAML
 * alias or a second document is an error; syntax errors carry line and column.
 */
final class SpecReader {
    private SpecReader() {
    }

    /**
     * @param file    the spec file
     * @param display how to name it in messages
     * @return the parsed document
     * @throws BadInputException when the file cannot be read, is empty or is not valid YAML/JSON
     */
    static Object read(Path file, String display) {
        boolean json = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        String kind = json ? "JSON" : "YAML";
        try (Reader r = Files.newBufferedReader(file)) {
            JsonFactory factory = json
                    ? JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                    : new YAMLFactory();
            try (JsonParser p = factory.createParser(r)) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    throw new BadInputException(display + ": the file is empty; expected a mapping of spec keys "
                            + "(space, targets, search, ...)");
                }
                Object value = new SpecReader.Walker(p, display).value(t, "");
                if (p.nextToken() != null) {
                    throw new BadInputException(display + ": " + (json ? "extra content after the JSON value"
                            : "more than one YAML document") + " at line " + p.currentLocation().getLineNr()
                            + "; a spec file holds one document");
                }
                return value;
            }
        } catch (JsonProcessingException e) {
            throw new BadInputException(display + ": invalid " + kind + " " + syntaxError(e), e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(display + ": spec file not found", e);
        } catch (MalformedInputException e) {
            throw new BadInputException(display + ": not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new BadInputException(display + ": cannot read the spec file: " + e.getMessage(), e);
        }
    }

    /** Formats a parser error as {@code at line L, column C: problem}. */
    private static String syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
            String where = "at line " + (y.getProblemMark().getLine() + 1) + ", column "
                    + (y.getProblemMark().getColumn() + 1) + ": " + y.getProblem();
            if (y.getContext() != null && y.getContextMark() != null) {
                where += " (" + y.getContext() + " started at line " + (y.getContextMark().getLine() + 1)
                        + ", column " + (y.getContextMark().getColumn() + 1) + ")";
            }
            return where;
        }
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        msg = cut < 0 ? msg : msg.substring(0, cut);
        // Jackson appends where a container started, with a redacted source: the line and column say enough.
        int source = msg.indexOf("[Source:");
        int noise = source < 0 ? -1 : msg.lastIndexOf(" (", source);
        if (noise > 0) {
            msg = msg.substring(0, noise);
        }
        return e.getLocation() == null ? "text: " + msg
                : "at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + msg;
    }

    /** Recursive descent over the token stream, keeping the key path for error messages. */
    private static final class Walker {
        private final JsonParser p;
        private final String display;

        Walker(JsonParser p, String display) {
            this.p = p;
            this.display = display;
        }

        Object value(JsonToken t, String path) throws IOException {
            if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                throw fail(path, "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
            }
            switch (t) {
                case START_OBJECT: {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
                        String childPath = path.isEmpty() ? k : path + "." + k;
                        if (m.containsKey(k)) {
                            throw fail(childPath, "duplicate key (line " + p.currentLocation().getLineNr() + ")");
                        }
                        m.put(k, value(p.nextToken(), childPath));
                    }
                    return m;
                }
                case START_ARRAY: {
                    List<Object> l = new ArrayList<>();
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        l.add(value(e, path + "[" + l.size() + "]"));
                    }
                    return l;
                }
                case VALUE_STRING:
                    return p.getText();
                case VALUE_NUMBER_INT:
                    return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
                            : p.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return floating(p.getText());
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    throw fail(path, "unexpected " + t);
            }
        }

        /** Jackson's YAML parser tags {@code .nan} and {@code .inf} as floats but cannot convert them. */
        private double floating(String text) throws IOException {
            switch (text.toLowerCase(Locale.ROOT)) {
                case ".nan":
                    return Double.NaN;
                case ".inf":
                case "+.inf":
                    return Double.POSITIVE_INFINITY;
                case "-.inf":
                    return Double.NEGATIVE_INFINITY;
                default:
                    return p.getDoubleValue();
            }
        }

        private BadInputException fail(String path, String message) {
            return new BadInputException(display + ": " + (path.isEmpty() ? "" : path + ": ") + message);
        }
    }
}
