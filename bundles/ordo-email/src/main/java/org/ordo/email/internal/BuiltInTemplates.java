package org.ordo.email.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The templates Ordo ships, read from the bundle's {@code templates/} folder: a subject line and an HTML body each. */
final class BuiltInTemplates {
    static final List<String> NAMES = List.of("order-confirmation", "order-shipped", "order-cancelled", "order-checkout-link");

    private BuiltInTemplates() {
    }

    static Map<String, TemplateDTO> load() {
        Map<String, TemplateDTO> templates = new LinkedHashMap<>();
        for (String name : NAMES) {
            TemplateDTO t = new TemplateDTO();
            t.name = name;
            t.subject = resource(name + ".subject").strip();
            t.body = resource(name + ".html");
            t.format = Format.HTML.name();
            t.builtIn = true;
            templates.put(name, t);
        }
        return templates;
    }

    private static String resource(String file) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream("/templates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks templates/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
