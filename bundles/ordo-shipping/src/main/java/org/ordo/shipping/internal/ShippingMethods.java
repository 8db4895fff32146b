package org.ordo.shipping.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.Violations;
import org.ordo.api.money.Money;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The delivery options agents choose for an order, managed by admins. A change of price applies to
 * an open order the next time its totals are computed (any edit of it); orders that are no longer
 * open keep the shipping they were charged.
 */
@Component(service = ShippingMethods.class)
public class ShippingMethods {
    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final Transactions tx;

    @Activate
    public ShippingMethods(@Reference(target = "(osgi.unit.name=ordo-shipping)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
        tx.warmUpInBackground("ordo-shipping");
    }

    public Page<ShippingMethodDTO> list(PageRequest page) {
        return tx.inTransaction(em -> PagedQuery.read(
                em.createQuery("SELECT m FROM ShippingMethodEntity m ORDER BY m.code", ShippingMethodEntity.class),
                em.createQuery("SELECT COUNT(m) FROM ShippingMethodEntity m", Long.class), page, ShippingMethods::toDTO));
    }

    public Optional<ShippingMethodDTO> find(String code) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> Optional.ofNullable(em.find(ShippingMethodEntity.class, code)).map(ShippingMethods::toDTO));
    }

    public ShippingMethodDTO get(String code) {
        return find(code).orElseThrow(() -> NotFoundException.of("Shipping method", code));
    }

    public ShippingMethodDTO create(ShippingMethodDTO input) {
        Violations v = new Violations();
        v.check(input.code == null || !input.code.matches(CODE_PATTERN), "code",
                "is required: 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        check(v, input);
        v.throwIfAny();
        try {
            return tx.inTransaction(em -> {
                ShippingMethodEntity method = new ShippingMethodEntity();
                method.code = input.code;
                apply(method, input);
                em.persist(method);
                em.flush();
                return toDTO(method);
            });
        } catch (RuntimeException e) {
            if (Transactions.isDuplicateKey(e)) {
                throw new ConflictException("Shipping method " + input.code + " exists already");
            }
            throw e;
        }
    }

    /** Replaces name, price, currency and free-above threshold; the code stays. */
    public ShippingMethodDTO replace(String code, ShippingMethodDTO input, Long ifMatch) {
        Violations v = new Violations();
        v.check(input.code != null && !input.code.equals(code), "code", "cannot be changed; create a new method instead");
        check(v, input);
        v.throwIfAny();
        return tx.inTransaction(em -> {
            ShippingMethodEntity method = code.matches(CODE_PATTERN) ? em.find(ShippingMethodEntity.class, code) : null;
            if (method == null) {
                throw NotFoundException.of("Shipping method", code);
            }
            EntityVersions.check(ifMatch, method.version);
            apply(method, input);
            em.flush();
            return toDTO(method);
        });
    }

    /** Open orders that still name it are refused (422) at their next totals computation until another method is chosen. */
    public void delete(String code) {
        tx.run(em -> {
            ShippingMethodEntity method = code.matches(CODE_PATTERN) ? em.find(ShippingMethodEntity.class, code) : null;
            if (method == null) {
                throw NotFoundException.of("Shipping method", code);
            }
            em.remove(method);
        });
    }

    private static void check(Violations v, ShippingMethodDTO input) {
        v.check(input.name == null || input.name.isBlank(), "name", "is required");
        v.check(input.name != null && input.name.length() > 200, "name", "must be at most 200 characters");
        boolean currency = !v.check(Money.currency(input.currency).isEmpty(), "currency", "must be an ISO 4217 code such as EUR");
        amount(v, "price", input.price, true, currency ? input.currency : null);
        amount(v, "freeAbove", input.freeAbove, false, currency ? input.currency : null);
    }

    private static void amount(Violations v, String field, BigDecimal amount, boolean required, String currency) {
        if (amount == null) {
            v.check(required, field, "is required");
        } else if (amount.signum() < 0) {
            v.add(field, "must not be negative");
        } else if (amount.compareTo(new BigDecimal("1000000000")) >= 0) {
            v.add(field, "must be less than 1000000000");
        } else if (currency != null && !Money.fits(amount, currency)) {
            v.add(field, "has more decimals than " + currency + " allows");
        }
    }

    private static void apply(ShippingMethodEntity method, ShippingMethodDTO input) {
        method.name = input.name.trim();
        method.currency = input.currency;
        method.price = Money.round(input.price, input.currency);
        method.freeAbove = input.freeAbove == null ? null : Money.round(input.freeAbove, input.currency);
    }

    static ShippingMethodDTO toDTO(ShippingMethodEntity m) {
        ShippingMethodDTO dto = new ShippingMethodDTO();
        dto.code = m.code;
        dto.name = m.name;
        dto.currency = m.currency;
        dto.price = Money.round(m.price, m.currency);
        dto.freeAbove = m.freeAbove == null ? null : Money.round(m.freeAbove, m.currency);
        dto.version = m.version;
        return dto;
    }
}
