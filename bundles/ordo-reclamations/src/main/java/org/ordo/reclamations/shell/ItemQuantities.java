package org.ordo.reclamations.shell;

import java.util.ArrayList;
import java.util.List;

import org.ordo.api.error.ValidationException;
import org.ordo.reclamations.internal.ReclamationDTO;

/**
 * {@code --item ITEM:QTY} as typed on the console, read into the items of a request. Only the shape is
 * read here; whether the item is the order's and the quantity possible is for the service to say.
 */
final class ItemQuantities {
    private ItemQuantities() {
    }

    /** Null when none were typed, which the service reads as "all items". */
    static List<ReclamationDTO.Item> parse(List<String> typed) {
        if (typed == null || typed.isEmpty()) {
            return null;
        }
        List<ReclamationDTO.Item> items = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String[] parts = typed.get(i).trim().split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().matches("[+-]?\\d{1,9}")) {
                throw new ValidationException("items[" + i + "]", "must be ITEM:QTY such as 12:1, not '" + typed.get(i) + "'");
            }
            ReclamationDTO.Item item = new ReclamationDTO.Item();
            item.itemId = parts[0].trim();
            item.quantity = Integer.valueOf(parts[1].trim());
            items.add(item);
        }
        return items;
    }
}
