package org.ordo.email.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.ValidationException;
import org.ordo.api.error.Violations;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The email templates: the built-in ones as shipped, overridden by an admin's edit stored in the
 * database, plus the admins' own. A template is saved only when it parses and renders an example
 * order, so a typo in a name is found when it is written, not when a customer should get mail.
 */
@Component(service = Templates.class, configurationPid = "org.ordo.email.templates")
@Designate(ocd = Templates.Config.class)
public class Templates {
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final int MAX_BODY = 100_000;

    @ObjectClassDefinition(name = "Ordo email templates")
    public @interface Config {
        @AttributeDefinition(description = "Where a customer completes a pre-filled order; the order's id is appended"
                + " (the checkoutUrl of order-checkout-link)")
        String checkout_baseUrl() default "http://localhost:8181/checkout";

        @AttributeDefinition(description = "Milliseconds a template may take to render")
        long renderTimeLimitMillis() default 2000;
    }

    private final Transactions tx;
    private final Map<String, TemplateDTO> builtIn = BuiltInTemplates.load();
    private final ScheduledExecutorService watchdog;
    private final TemplateRenderer renderer;
    private final String checkoutBaseUrl;

    @Activate
    public Templates(@Reference(target = "(osgi.unit.name=ordo-email)") JpaTemplate jpa, Config config) {
        this.tx = new Transactions(jpa);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ordo-email-render-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.renderer = new TemplateRenderer(Duration.ofMillis(Math.max(100, config.renderTimeLimitMillis())), watchdog);
        this.checkoutBaseUrl = config.checkout_baseUrl();
    }

    @Deactivate
    void stop() throws InterruptedException {
        watchdog.shutdownNow();
        watchdog.awaitTermination(5, TimeUnit.SECONDS);
    }

    public String checkoutBaseUrl() {
        return checkoutBaseUrl;
    }

    /**
     * Built-in ones first, in their order (an admin's edit in place of the one shipped), then the
     * admins' own by name; only the page's templates are read.
     */
    public Page<TemplateDTO> list(PageRequest page) {
        List<String> builtInNames = List.copyOf(builtIn.keySet());
        int builtInCount = builtInNames.size();
        return tx.inTransaction(em -> {
            List<TemplateDTO> items = new ArrayList<>();
            for (String name : builtInNames.subList(Math.min(page.offset(), builtInCount),
                    Math.min(page.offset() + page.size(), builtInCount))) {
                TemplateEntity edited = em.find(TemplateEntity.class, name);
                items.add(edited == null ? builtIn.get(name) : toDTO(edited));
            }
            if (items.size() < page.size()) {
                // Never asked for 0 rows: EclipseLink reads that as no limit at all
                em.createQuery("SELECT t FROM TemplateEntity t WHERE t.name NOT IN :builtIn ORDER BY t.name",
                        TemplateEntity.class).setParameter("builtIn", builtInNames)
                        .setFirstResult(Math.max(0, page.offset() - builtInCount)).setMaxResults(page.size() - items.size())
                        .getResultList().stream().map(this::toDTO).forEach(items::add);
            }
            return Page.of(items, page, () -> builtInCount + em.createQuery(
                    "SELECT COUNT(t) FROM TemplateEntity t WHERE t.name NOT IN :builtIn", Long.class)
                    .setParameter("builtIn", builtInNames).getSingleResult());
        });
    }

    public Optional<TemplateDTO> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        TemplateEntity stored = tx.inTransaction(em -> em.find(TemplateEntity.class, name));
        return stored != null ? Optional.of(toDTO(stored)) : Optional.ofNullable(builtIn.get(name));
    }

    public TemplateDTO get(String name) {
        return find(name).orElseThrow(() -> NotFoundException.of("Email template", name));
    }

    /** Creates or replaces a template, after it parsed and rendered an example order. */
    public TemplateDTO put(String name, TemplateDTO input, String actor) {
        Violations v = new Violations();
        v.check(name == null || !NAME.matcher(name).matches(), "name",
                "must be 1 to 64 lower-case letters, digits and dashes, starting with a letter or digit");
        v.check(input == null || input.subject == null || input.subject.isBlank(), "subject", "is required");
        v.check(input != null && input.subject != null && input.subject.length() > Recipients.MAX_SUBJECT, "subject",
                "must be at most " + Recipients.MAX_SUBJECT + " characters");
        v.check(input == null || input.body == null || input.body.isBlank(), "body", "is required");
        v.check(input != null && input.body != null && input.body.length() > MAX_BODY, "body",
                "must be at most " + MAX_BODY + " characters");
        v.throwIfAny();
        Recipients.subject("subject", input.subject);
        Format format = input.format != null ? Format.parse("format", input.format)
                : builtIn.containsKey(name) ? Format.HTML : Format.TEXT;
        renderer.render(input.subject, input.body, format, EmailModel.sample(checkoutBaseUrl));
        try {
            return save(name, input, format, actor);
        } catch (Transactions.DuplicateKeyException concurrentlyCreated) {
            return save(name, input, format, actor);
        }
    }

    private TemplateDTO save(String name, TemplateDTO input, Format format, String actor) {
        return tx.inTransaction(em -> {
            TemplateEntity t = em.find(TemplateEntity.class, name);
            if (t == null) {
                t = new TemplateEntity();
                t.name = name;
                em.persist(t);
            }
            t.subject = input.subject;
            t.body = input.body;
            t.format = format.name();
            t.updatedAt = Instant.now();
            t.updatedBy = actor;
            em.flush();
            return toDTO(t);
        });
    }

    /** Removes an admin's template; for a built-in one that restores what Ordo ships. */
    public Optional<TemplateDTO> delete(String name) {
        boolean removed = name != null && NAME.matcher(name).matches() && tx.inTransaction(em -> {
            TemplateEntity t = em.find(TemplateEntity.class, name);
            if (t != null) {
                em.remove(t);
            }
            return t != null;
        });
        if (!removed && !builtIn.containsKey(name)) {
            throw NotFoundException.of("Email template", name);
        }
        return Optional.ofNullable(builtIn.get(name));
    }

    /** Renders the named template; an unknown name is the {@code template} field's error. */
    public RenderedEmail render(String name, Map<String, Object> model) {
        TemplateDTO t = find(name).orElseThrow(() -> new ValidationException("template", "no template named " + name));
        return renderer.render(t.subject, t.body, Format.valueOf(t.format), model);
    }

    private TemplateDTO toDTO(TemplateEntity t) {
        TemplateDTO dto = new TemplateDTO();
        dto.name = t.name;
        dto.subject = t.subject;
        dto.body = t.body;
        dto.format = t.format;
        dto.builtIn = builtIn.containsKey(t.name);
        dto.customized = true;
        dto.updatedAt = t.updatedAt;
        dto.updatedBy = t.updatedBy;
        return dto;
    }
}
