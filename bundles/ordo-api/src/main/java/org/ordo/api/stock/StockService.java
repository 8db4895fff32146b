package org.ordo.api.stock;

import org.osgi.annotation.versioning.ProviderType;

/** Stock is reserved when an order is placed; this gives it back (a cancel) and tells what is left. */
@ProviderType
public interface StockService {

    /** Units of the product that can still be ordered. @throws org.ordo.api.error.NotFoundException */
    int available(String sku);

    /** Puts units back into the available stock, for example those of a cancelled order line. */
    void release(String sku, int quantity);
}
