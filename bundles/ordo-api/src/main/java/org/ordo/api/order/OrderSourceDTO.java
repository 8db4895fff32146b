package org.ordo.api.order;

/** Where an order's lines came from: a shopping list, a quote, a cart or a previous order. */
public class OrderSourceDTO {
    public static final String SHOPPING_LIST = "SHOPPING_LIST";
    public static final String QUOTE = "QUOTE";
    public static final String CART = "CART";
    public static final String ORDER = "ORDER";

    public String type;
    public String id;
}
