package io.omegalock.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.omegalock.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads JSON into plain Java values the way Python's {@code json.loads} sees it: objects as
 * {@link LinkedHashMap} (document order, a repeated key keeps its first position and last
 * value), arrays as {@link ArrayList}, integer literals as {@link Long} (or
 * {@link java.math.BigInteger} beyond 64 bits), other numbers as {@link Double}, and the
 * Python extensions {@code NaN}, {@code Infinity}, {@code -Infinity}. Integer literals stay
 * integers because {@code 5} and {@code 5.0} hash differently in an audit trail.
 *
 * <p>Uses Jackson's streaming parser only; no databind.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // Correctly rounded, like Double.parseDouble, and several times faster.
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private Json() {
    }

    /**
     * @param text JSON text holding one value
     * @return the value
     * @throws BadInputException when the text is not valid JSON, with line and column
     */
    public static Object parse(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            return parseDocument(p, "JSON text");
        } catch (IOException e) {
            throw new BadInputException("invalid JSON text: " + describe(e), e);
        }
    }

    /**
     * @param file a JSON file (UTF-8)
     * @return the value it holds
     * @throws BadInputException when the file cannot be read or is not valid JSON, naming the file
     */
    public static Object parse(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            return parseDocument(p, file.toString());
        } catch (IOException e) {
            throw new BadInputException("cannot read JSON file " + file + ": " + describe(e), e);
        }
    }

    /**
     * A streaming parser configured like {@link #parse}, for readers that build their own
     * objects from tokens (large audit reports). Read values with {@link #readValue}.
     *
     * @param in UTF-8 (or ASCII) JSON bytes; closed with the parser
     * @return the parser
     * @throws IOException when the stream cannot be read
     */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /**
     * @param bytes UTF-8 JSON bytes
     * @param off   first byte
     * @param len   how many bytes
     * @return a parser over that range (not copied)
     * @throws IOException never in practice (declared by Jackson)
     */
    public static JsonParser parser(byte[] bytes, int off, int len) throws IOException {
        return FACTORY.createParser(bytes, off, len);
    }

    /**
     * @param text JSON text
     * @return a parser over it
     * @throws IOException never in practice (declared by Jackson)
     */
    public static JsonParser parser(String text) throws IOException {
        return FACTORY.createParser(text);
    }

    /**
     * Reads the value that starts at the current token, with the types of {@link #parse}.
     *
     * @param p a parser from this class
     * @param t the current token, where the value starts
     * @return the value; the parser is left on its last token
     * @throws IOException          when the JSON is malformed
     * @throws BadInputException    on a token that cannot start a value
     */
    public static Object readValue(JsonParser p, JsonToken t) throws IOException {
        return read(p, t);
    }

    /**
     * Reads many objects of one shape (the params, or the metadata, of each record of an audit
     * report) into frozen maps, with the types of {@link #parse} below them: a repeated key
     * keeps its first position and its last value. While the keys come in the order of the
     * previous object's, they are matched as raw bytes and the new map shares the previous
     * one's key array, so each object costs its values only. Not thread-safe.
     */
    public static final class ObjectReader {
        private final UnaryOperator<Object> share;
        private FrozenMap<Object> last;
        private Object[] namesOf;
        private SerializedString[] names;

        /**
         * @param share applied to each value read directly under an object (to share repeated
         *              small values), or null
         */
        public ObjectReader(UnaryOperator<Object> share) {
            this.share = share;
        }

        /**
         * @param p a parser from {@link Json}, on the object's {@code START_OBJECT}
         * @return the map; the parser is left on its {@code END_OBJECT}
         * @throws IOException       when the JSON is malformed
         * @throws BadInputException on a token that cannot start a value
         */
        public FrozenMap<Object> read(JsonParser p) throws IOException {
            FrozenMap<Object> like = last;
            int i = 0;
            Object[] values = null;
            if (like != null && !like.isEmpty()) {
                int n = like.size();
                SerializedString[] expected = names(like);
                values = new Object[n];
                while (i < n && p.nextFieldName(expected[i])) {
                    values[i++] = value(p);
                }
                if (i == n && p.nextToken() == JsonToken.END_OBJECT) {
                    last = FrozenMap.adoptValues(like, values);
                    return last;
                }
            } else {
                p.nextToken();
            }
            // The parser is on the first name that did not match (or the end of the object).
            FrozenMap.Builder<Object> b = FrozenMap.builder(Math.max(i + 4, like == null ? 8 : like.size()));
            for (int j = 0; j < i; j++) {
                b.put((String) like.keyAt(j), values[j]);
            }
            for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String k = p.currentName();
                b.put(k, value(p));
            }
            last = b.build(like);
            return last;
        }

        private Object value(JsonParser p) throws IOException {
            Object v = Json.read(p, p.nextToken());
            return share == null ? v : share.apply(v);
        }

        private SerializedString[] names(FrozenMap<?> like) {
            Object[] arr = like.keyArray();
            if (arr != namesOf) {
                SerializedString[] n = new SerializedString[like.size()];
                for (int i = 0; i < n.length; i++) {
                    n[i] = new SerializedString((String) like.keyAt(i));
                }
                names = n;
                namesOf = arr;
            }
            return names;
        }
    }

    /**
     * @param e a parse or read failure
     * @return Jackson's message with line and column, for error messages
     */
    public static String describe(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                ? j.getOriginalMessage() + " at line " + j.getLocation().getLineNr()
                        + ", column " + j.getLocation().getColumnNr()
                : e.toString();
    }

    private static Object parseDocument(JsonParser p, String source) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new BadInputException(source + " is empty; expected a JSON value");
        }
        Object v = read(p, t);
        if (p.nextToken() != null) {
            throw new BadInputException(source + " has extra content after the JSON value at line "
                    + p.currentLocation().getLineNr());
        }
        return v;
    }

    static Object read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
                    m.put(k, read(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(read(p, e));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new BadInputException("unexpected JSON token " + t + " at line " + p.currentLocation().getLineNr());
        }
    }
}
