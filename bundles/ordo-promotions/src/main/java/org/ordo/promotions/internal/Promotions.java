package org.ordo.promotions.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.customer.CustomerService;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Promotions and their coupon codes. */
@Component(service = Promotions.class)
public class Promotions {
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 10;
    private static final int MAX_GENERATED = 10_000;

    private final Transactions tx;
    private final CustomerService customers;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public Promotions(@Reference(target = "(osgi.unit.name=ordo-promotions)") JpaTemplate jpa,
            @Reference CustomerService customers) {
        this.tx = new Transactions(jpa);
        this.customers = customers;
        tx.warmUpInBackground("ordo-promotions");
    }

    public PromotionDTO create(PromotionDTO input) {
        Violations v = new Violations();
        if (input.name == null || input.name.isBlank() || input.name.length() > 200) {
            v.add("name", "is required, at most 200 characters");
        }
        checkDiscount(v, input.discount);
        checkRest(v, input);
        v.check(input.requiresCoupon == null, "requiresCoupon", "is required: true for coupon promotions, false for automatic ones");
        v.throwIfAny();
        return tx.inTransaction(em -> {
            PromotionEntity promotion = new PromotionEntity();
            promotion.name = input.name.trim();
            promotion.discountType = input.discount.type;
            promotion.discountValue = input.discount.value;
            apply(promotion, input);
            promotion.requiresCoupon = input.requiresCoupon;
            promotion.active = input.active == null || input.active;
            promotion.createdAt = Instant.now();
            em.persist(promotion);
            em.flush();
            return toDTO(promotion);
        });
    }

    public PromotionDTO update(String id, PromotionDTO changes) {
        Violations v = new Violations();
        if (changes.name != null && (changes.name.isBlank() || changes.name.length() > 200)) {
            v.add("name", "must be 1 to 200 characters");
        }
        if (changes.discount != null) {
            checkDiscount(v, changes.discount);
        }
        checkRest(v, changes);
        v.throwIfAny();
        return tx.inTransaction(em -> {
            PromotionEntity promotion = load(em, id);
            if (changes.name != null) promotion.name = changes.name.trim();
            if (changes.discount != null) {
                promotion.discountType = changes.discount.type;
                promotion.discountValue = changes.discount.value;
            }
            apply(promotion, changes);
            if (changes.requiresCoupon != null) promotion.requiresCoupon = changes.requiresCoupon;
            if (changes.active != null) promotion.active = changes.active;
            if (promotion.startsAt != null && promotion.endsAt != null && !promotion.endsAt.isAfter(promotion.startsAt)) {
                throw new org.ordo.api.error.ValidationException("endsAt", "must be after startsAt");
            }
            em.flush();
            return toDTO(promotion);
        });
    }

    public PromotionDTO get(String id) {
        return tx.inTransaction(em -> toDTO(load(em, id)));
    }

    public Page<PromotionDTO> list(PageRequest page) {
        return tx.inTransaction(em -> {
            List<PromotionDTO> items = em.createQuery("SELECT p FROM PromotionEntity p ORDER BY p.createdAt DESC, p.id DESC", PromotionEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(Promotions::toDTO).toList();
            long total = em.createQuery("SELECT COUNT(p) FROM PromotionEntity p", Long.class).getSingleResult();
            return new Page<>(items, page, total);
        });
    }

    /** Adds one code (a voucher with a customer id) or generates {@code generate} unguessable ones. */
    public List<CouponDTO> addCoupons(String promotionId, String code, String customerId, Integer generate, String prefix) {
        Violations v = new Violations();
        if (generate == null) {
            v.check(code == null || !code.trim().matches("[A-Za-z0-9][A-Za-z0-9_-]{2,63}"), "code",
                    "must be 3 to 64 letters, digits, '-' or '_'");
        } else {
            v.check(code != null, "code", "give a code or generate, not both");
            v.check(generate < 1 || generate > MAX_GENERATED, "generate", "must be from 1 to " + MAX_GENERATED);
            v.check(prefix != null && !prefix.matches("[A-Za-z0-9_-]{0,40}"), "prefix", "may hold up to 40 letters, digits, '-' or '_'");
        }
        v.check(customerId != null && !customerId.matches("\\d{1,18}"), "customerId", "must be a customer id");
        v.throwIfAny();
        if (customerId != null && customers.find(customerId).isEmpty()) {
            throw new ValidationException("customerId", "no customer has the id " + customerId);
        }
        List<String> codes = new ArrayList<>();
        if (generate == null) {
            codes.add(code.trim().toUpperCase(Locale.ROOT));
        } else {
            Set<String> fresh = new HashSet<>();
            String start = prefix == null ? "" : prefix.toUpperCase(Locale.ROOT);
            while (fresh.size() < generate) {
                fresh.add(start + randomPart());
            }
            codes.addAll(fresh);
        }
        try {
            return tx.inTransaction(em -> {
                PromotionEntity promotion = load(em, promotionId);
                List<String> taken = em.createQuery("SELECT c.code FROM CouponEntity c WHERE c.code IN :codes", String.class)
                        .setParameter("codes", codes).getResultList();
                if (!taken.isEmpty()) {
                    throw new ConflictException("Coupon codes exist already: " + taken);
                }
                List<CouponDTO> created = new ArrayList<>();
                for (String c : codes) {
                    CouponEntity coupon = new CouponEntity();
                    coupon.promotionId = promotion.id;
                    coupon.code = c;
                    coupon.customerId = customerId;
                    em.persist(coupon);
                    created.add(toDTO(coupon, 0));
                }
                em.flush();
                return created;
            });
        } catch (RuntimeException e) {
            throw Transactions.isDuplicateKey(e) ? new ConflictException("A coupon code exists already") : e;
        }
    }

    public Page<CouponDTO> coupons(String promotionId, PageRequest page) {
        return tx.inTransaction(em -> {
            PromotionEntity promotion = load(em, promotionId);
            List<CouponEntity> found = em.createQuery("SELECT c FROM CouponEntity c WHERE c.promotionId = :p ORDER BY c.code",
                    CouponEntity.class).setParameter("p", promotion.id).setFirstResult(page.offset())
                    .setMaxResults(page.size()).getResultList();
            java.util.Map<String, Long> uses = new java.util.HashMap<>();
            if (!found.isEmpty()) {
                // One query for the whole page's use counts, not one per coupon
                em.createQuery("SELECT u.code, COUNT(u) FROM CouponUsageEntity u WHERE u.code IN :codes GROUP BY u.code",
                        Object[].class).setParameter("codes", found.stream().map(c -> c.code).toList()).getResultList()
                        .forEach(row -> uses.put((String) row[0], ((Number) row[1]).longValue()));
            }
            List<CouponDTO> items = new ArrayList<>();
            for (CouponEntity coupon : found) {
                items.add(toDTO(coupon, uses.getOrDefault(coupon.code, 0L).intValue()));
            }
            long total = em.createQuery("SELECT COUNT(c) FROM CouponEntity c WHERE c.promotionId = :p", Long.class)
                    .setParameter("p", promotion.id).getSingleResult();
            return new Page<>(items, page, total);
        });
    }

    private String randomPart() {
        StringBuilder part = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            part.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return part.toString();
    }

    private static void checkDiscount(Violations v, PromotionDTO.Discount discount) {
        if (discount == null || discount.type == null) {
            v.add("discount.type", "is required: PERCENT, AMOUNT or FREE_SHIPPING");
            return;
        }
        switch (discount.type) {
            case DiscountMath.PERCENT -> v.check(discount.value == null || discount.value.signum() <= 0
                    || discount.value.compareTo(BigDecimal.valueOf(100)) > 0, "discount.value", "must be a percentage above 0, at most 100");
            case DiscountMath.AMOUNT -> v.check(!DiscountMath.isAmount(discount.value) || discount.value.signum() == 0,
                    "discount.value", "must be an amount above 0, below 1000000000000, with at most 4 decimals");
            case DiscountMath.FREE_SHIPPING -> discount.value = null;
            default -> v.add("discount.type", "must be PERCENT, AMOUNT or FREE_SHIPPING");
        }
    }

    private static void checkRest(Violations v, PromotionDTO input) {
        v.check(input.minSubtotal != null && !DiscountMath.isAmount(input.minSubtotal), "minSubtotal",
                "must be an amount from 0, below 1000000000000, with at most 4 decimals");
        v.check(input.usageLimit != null && input.usageLimit < 1, "usageLimit", "must be 1 or more");
        v.check(input.perCustomerLimit != null && input.perCustomerLimit < 1, "perCustomerLimit", "must be 1 or more");
        v.check(input.startsAt != null && input.endsAt != null && !input.endsAt.isAfter(input.startsAt), "endsAt",
                "must be after startsAt");
    }

    private static void apply(PromotionEntity promotion, PromotionDTO input) {
        if (input.minSubtotal != null) promotion.minSubtotal = input.minSubtotal;
        if (input.startsAt != null) promotion.startsAt = input.startsAt;
        if (input.endsAt != null) promotion.endsAt = input.endsAt;
        if (input.usageLimit != null) promotion.usageLimit = input.usageLimit;
        if (input.perCustomerLimit != null) promotion.perCustomerLimit = input.perCustomerLimit;
    }

    static PromotionEntity load(EntityManager em, String id) {
        PromotionEntity promotion = id != null && id.matches("\\d{1,18}") ? em.find(PromotionEntity.class, Long.parseLong(id)) : null;
        if (promotion == null) {
            throw NotFoundException.of("Promotion", id);
        }
        return promotion;
    }

    static PromotionDTO toDTO(PromotionEntity p) {
        PromotionDTO dto = new PromotionDTO();
        dto.id = String.valueOf(p.id);
        dto.name = p.name;
        dto.discount = new PromotionDTO.Discount();
        dto.discount.type = p.discountType;
        dto.discount.value = p.discountValue == null ? null
                : DiscountMath.PERCENT.equals(p.discountType) ? p.discountValue.stripTrailingZeros() : amount(p.discountValue);
        dto.minSubtotal = p.minSubtotal == null ? null : amount(p.minSubtotal);
        dto.startsAt = p.startsAt;
        dto.endsAt = p.endsAt;
        dto.usageLimit = p.usageLimit;
        dto.perCustomerLimit = p.perCustomerLimit;
        dto.requiresCoupon = p.requiresCoupon;
        dto.active = p.active;
        dto.used = p.used;
        dto.createdAt = p.createdAt;
        return dto;
    }

    /** An amount in no particular currency: at least two decimals, no trailing zeros beyond them. */
    private static BigDecimal amount(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 2 ? plain.setScale(2) : plain;
    }

    private static CouponDTO toDTO(CouponEntity c, int used) {
        CouponDTO dto = new CouponDTO();
        dto.code = c.code;
        dto.customerId = c.customerId;
        dto.used = used;
        return dto;
    }
}
