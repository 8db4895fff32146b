package org.ordo.itests.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid sample body and the ways to make it invalid. Each mutation alone is enough for the request
 * to be refused: malformed JSON, a field of the wrong shape or with a value its kind refuses, a
 * required field missing or null, a duplicate key whose last value is wrong, an unknown property,
 * bytes that are not UTF-8. Values are spliced in as raw JSON text, so that {@code 1e400} stays
 * {@code 1e400} and a lone surrogate stays lone.
 */
final class MutableBody {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MARK = "\u0001FUZZ\u0001";
    private static final String MARK_JSON = "\"\\u0001FUZZ\\u0001\"";
    private static final List<String> TRAILING = List.of("x", "}", ",", "{}", "]", "\u0000", "// c", "/* c */", " null",
            "\"\"");
    private static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80});

    /** A field: the path to its parent object (names and array indexes), its name, whether it is required. */
    private record Field(List<Object> parent, String name, boolean required, FieldKind kind) {
    }

    record Mutation(String kind, byte[] bytes) {
    }

    private final JsonNode root;
    private final List<Field> fields = new ArrayList<>();

    MutableBody(String sample, Endpoint endpoint) {
        try {
            root = MAPPER.readTree(sample);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Sample of " + endpoint + " is not JSON: " + sample, e);
        }
        collect(root, new ArrayList<>(), endpoint);
    }

    /** Finds the fields and drops the {@code !} that marks the required ones. */
    private void collect(JsonNode node, List<Object> path, Endpoint endpoint) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                List<Object> inner = new ArrayList<>(path);
                inner.add(i);
                collect(array.get(i), inner, endpoint);
            }
        } else if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                entries.add(it.next());
            }
            object.removeAll();
            for (Map.Entry<String, JsonNode> entry : entries) {
                boolean required = entry.getKey().startsWith("!");
                String name = required ? entry.getKey().substring(1) : entry.getKey();
                object.set(name, entry.getValue());
                fields.add(new Field(path, name, required, endpoint.kindOf(name)));
                List<Object> inner = new ArrayList<>(path);
                inner.add(name);
                collect(entry.getValue(), inner, endpoint);
            }
        }
    }

    byte[] valid() {
        return render(root).getBytes(StandardCharsets.UTF_8);
    }

    /** Some hostile text in up to two free-text fields; harmless alone. */
    void addNoise(Random random) {
        List<Field> text = fields.stream().filter(f -> f.kind() == FieldKind.TEXT && parentOf(root, f).path(f.name()).isTextual()).toList();
        for (int i = random.nextInt(3); i > 0 && !text.isEmpty(); i--) {
            Field field = text.get(random.nextInt(text.size()));
            parentOf(root, field).put(field.name(), Hostile.TEXT.get(random.nextInt(Hostile.TEXT.size())));
        }
    }

    byte[] invalid(Random random) {
        return mutate(random, random.nextInt(20)).bytes();
    }

    /** One way to make the body invalid, chosen by the dice (0 to 19) and the random. */
    Mutation mutate(Random random, int dice) {
        return switch (dice) {
            case 5 -> malformed(random);
            case 6 -> duplicateKey(random);
            case 7 -> unknownProperty(random);
            case 8, 9 -> fields.stream().anyMatch(Field::required) ? missingRequired(random) : badField(random);
            default -> badField(random);
        };
    }

    private Mutation malformed(Random random) {
        String text = render(root);
        int variant = random.nextInt(5);
        if (variant == 0) {
            return new Mutation("malformed:truncated", utf8(text.substring(0, 1 + random.nextInt(text.length() - 1))));
        }
        if (variant == 1) {
            return new Mutation("malformed:trailing-garbage", utf8(text + pick(random, TRAILING)));
        }
        if (variant == 2) {
            List<String> wrong = root.isArray() ? List.of("{}", "\"x\"", "42", "true", "{\"sku\":\"x\"}")
                    : List.of("[]", "\"x\"", "42", "true", "1e400", "[" + text + "]");
            return new Mutation("malformed:wrong-top-level", utf8(pick(random, wrong)));
        }
        if (variant == 3) {
            int depth = 1_500 + random.nextInt(5_000);
            String deep = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            return new Mutation("malformed:deep-nesting", utf8(deep));
        }
        return notUtf8(random);
    }

    /** Bytes that are not UTF-8 inside a field that would refuse the value anyway. */
    private Mutation notUtf8(Random random) {
        JsonNode copy = root.deepCopy();
        List<Field> strict = fields.stream().filter(f -> !f.kind().invalidValues().isEmpty() && !f.kind().isContainer()).toList();
        if (strict.isEmpty()) {
            Field any = pick(random, fields);
            parentOf(copy, any).put(any.name(), MARK);
            parentOf(copy, any).put("zzFuzz", true);
        } else {
            Field field = pick(random, strict);
            parentOf(copy, field).put(field.name(), MARK);
        }
        String[] around = render(copy).split(Pattern.quote(MARK_JSON), 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(around[0] + "\"NO-SUCH"));
        bytes.writeBytes(pick(random, NOT_UTF8));
        bytes.writeBytes(utf8("\"" + around[1]));
        return new Mutation("malformed:not-utf8", bytes.toByteArray());
    }

    private Mutation duplicateKey(Random random) {
        JsonNode copy = root.deepCopy();
        Field field = pick(random, fields);
        String wrong = pick(random, wrongValues(field.kind()));
        parentOf(copy, field).put("\u0002DUP\u0002", MARK);
        String text = render(copy).replace("\"\\u0002DUP\\u0002\"", MAPPER.getNodeFactory().textNode(field.name()).toString());
        return new Mutation("duplicate-key", utf8(text.replace(MARK_JSON, wrong)));
    }

    private Mutation unknownProperty(Random random) {
        JsonNode copy = root.deepCopy();
        List<Field> nested = fields.stream().filter(f -> !f.parent().isEmpty()).toList();
        ObjectNode target = copy.isObject() && (nested.isEmpty() || random.nextBoolean()) ? (ObjectNode) copy
                : parentOf(copy, pick(random, nested));
        target.put(pick(random, Hostile.UNKNOWN_FIELDS), pick(random, Hostile.TEXT));
        return new Mutation("unknown-property", utf8(render(copy)));
    }

    private Mutation missingRequired(Random random) {
        JsonNode copy = root.deepCopy();
        Field field = pick(random, fields.stream().filter(Field::required).toList());
        if (random.nextBoolean()) {
            parentOf(copy, field).remove(field.name());
            return new Mutation("missing-required", utf8(render(copy)));
        }
        parentOf(copy, field).putNull(field.name());
        return new Mutation("null-required", utf8(render(copy)));
    }

    private Mutation badField(Random random) {
        JsonNode copy = root.deepCopy();
        Field field = pick(random, fields);
        List<String> shapes = field.kind().isContainer() ? List.of() : FieldKind.WRONG_SHAPES;
        boolean shape = field.kind().invalidValues().isEmpty() || !shapes.isEmpty() && random.nextInt(3) == 0;
        String value = shape ? pick(random, shapes) : pick(random, field.kind().invalidValues());
        parentOf(copy, field).put(field.name(), MARK);
        String kind = shape ? "wrong-type" : "bad-value:" + field.kind().name().toLowerCase(Locale.ROOT);
        return new Mutation(kind, utf8(render(copy).replace(MARK_JSON, value)));
    }

    private static List<String> wrongValues(FieldKind kind) {
        List<String> values = new ArrayList<>(kind.invalidValues());
        if (!kind.isContainer()) {
            values.addAll(FieldKind.WRONG_SHAPES);
        }
        return values;
    }

    /** Over the 1 MiB JSON limit: padded with blanks, or one huge text. */
    byte[] oversized(Random random) {
        int size = 1024 * 1024 + 1 + random.nextInt(512 * 1024);
        String text = render(root);
        if (random.nextBoolean()) {
            return utf8(text.charAt(0) + " ".repeat(size) + text.substring(1));
        }
        ObjectNode copy = root.isObject() ? root.deepCopy() : MAPPER.createObjectNode();
        copy.put(fields.isEmpty() || !root.isObject() ? "note" : fields.get(0).name(), "x".repeat(size));
        return utf8(render(copy));
    }

    // ---------------------------------------------------------------- plumbing

    private static ObjectNode parentOf(JsonNode root, Field field) {
        JsonNode node = root;
        for (Object step : field.parent()) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return (ObjectNode) node;
    }

    /** JSON text with lone surrogates written as escapes, which Jackson would pass through raw. */
    private static String render(JsonNode node) {
        String json;
        try {
            json = MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
