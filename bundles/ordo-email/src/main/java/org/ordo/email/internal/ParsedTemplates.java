package org.ordo.email.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import freemarker.template.Template;

/**
 * Parsed templates by their text, for a notification renders the same few again and again. The
 * least recently used go first once the texts kept add up to {@code maxCharacters}: a count of
 * entries alone would let a few hundred templates of the largest size fill the heap. A parsed tree
 * takes some tens of bytes per character of its text at most.
 */
final class ParsedTemplates {
    private final long maxCharacters;
    private final LinkedHashMap<Key, Template> byText = new LinkedHashMap<>(16, 0.75f, true);
    private long characters;

    record Key(String field, Format format, String source) {
    }

    ParsedTemplates(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    synchronized Template get(Key key) {
        return byText.get(key);
    }

    /** Keeps a template unless its text alone is over the limit. */
    synchronized void put(Key key, Template template) {
        long length = key.source().length();
        if (length > maxCharacters) {
            return;
        }
        if (byText.put(key, template) == null) {
            characters += length;
        }
        Iterator<Map.Entry<Key, Template>> eldest = byText.entrySet().iterator();
        while (characters > maxCharacters) {
            characters -= eldest.next().getKey().source().length();
            eldest.remove();
        }
    }

    synchronized long characters() {
        return characters;
    }

    synchronized int size() {
        return byText.size();
    }
}
