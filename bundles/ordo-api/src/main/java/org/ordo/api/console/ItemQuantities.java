package org.ordo.api.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.ordo.api.error.ValidationException;

/**
 * {@code --item ITEM:QTY} as typed on the console, read into the items of a request. Only the shape is
 * read here; whether the item is the order's and the quantity possible is for the service to say.
 */
public final class ItemQuantities {

    private ItemQuantities() {
    }

    /** Null when none were typed, which the services read as "all items". */
    public static <T> List<T> parse(List<String> typed, BiFunction<String, Integer, T> item) {
        if (typed == null || typed.isEmpty()) {
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String[] parts = typed.get(i).trim().split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().matches("[+-]?\\d{1,9}")) {
                throw new ValidationException("items[" + i + "]", "must be ITEM:QTY such as 12:1, not '" + typed.get(i) + "'");
            }
            items.add(item.apply(parts[0].trim(), Integer.valueOf(parts[1].trim())));
        }
        return items;
    }
}
