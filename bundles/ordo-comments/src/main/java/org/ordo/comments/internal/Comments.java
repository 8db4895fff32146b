package org.ordo.comments.internal;

import java.time.Instant;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.error.AccessDeniedException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.OrderDTO;
import org.ordo.api.order.OrderService;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The sales team's notes on an order: kept exactly as written, shown oldest first. */
@Component(service = Comments.class)
public class Comments {
    public static final int MAX_LENGTH = 10_000;
    static final String INTERNAL = "INTERNAL";
    static final String CUSTOMER = "CUSTOMER";

    private final Transactions tx;
    private final OrderService orders;

    @Activate
    public Comments(@Reference(target = "(osgi.unit.name=ordo-comments)") JpaTemplate jpa, @Reference OrderService orders) {
        this.tx = new Transactions(jpa);
        tx.warmUpInBackground("ordo-comments");
        this.orders = orders;
    }

    public CommentDTO post(String orderId, CommentDTO input, String author) {
        Violations v = new Violations();
        v.check(input.message == null || input.message.isBlank(), "message", "is required");
        v.check(input.message != null && input.message.length() > MAX_LENGTH, "message",
                "must be at most " + MAX_LENGTH + " characters");
        v.check(input.visibility != null && !List.of(INTERNAL, CUSTOMER).contains(input.visibility), "visibility",
                "must be INTERNAL or CUSTOMER");
        v.throwIfAny();
        OrderDTO order = orders.get(orderId);
        return tx.inTransaction(em -> {
            CommentEntity comment = new CommentEntity();
            comment.orderId = order.id;
            comment.author = author;
            comment.message = input.message;
            comment.visibility = input.visibility == null ? INTERNAL : input.visibility;
            comment.createdAt = Instant.now();
            em.persist(comment);
            em.flush();
            return toDTO(comment);
        });
    }

    public Page<CommentDTO> list(String orderId, PageRequest page) {
        OrderDTO order = orders.get(orderId);
        return tx.inTransaction(em -> PagedQuery.read(
                em.createQuery("SELECT c FROM CommentEntity c WHERE c.orderId = :o ORDER BY c.createdAt, c.id",
                        CommentEntity.class).setParameter("o", order.id),
                em.createQuery("SELECT COUNT(c) FROM CommentEntity c WHERE c.orderId = :o", Long.class)
                        .setParameter("o", order.id),
                page, Comments::toDTO));
    }

    /** Its author may delete a comment, and an admin any comment. */
    public void delete(String orderId, String commentId, String user, boolean admin) {
        OrderDTO order = orders.get(orderId);
        tx.run(em -> {
            CommentEntity comment = commentId != null && commentId.matches("\\d{1,18}")
                    ? em.find(CommentEntity.class, Long.parseLong(commentId)) : null;
            if (comment == null || !comment.orderId.equals(order.id)) {
                throw NotFoundException.of("Comment", commentId);
            }
            if (!admin && !comment.author.equals(user)) {
                throw new AccessDeniedException("Only " + comment.author + ", who wrote it, or an admin may delete this comment");
            }
            em.remove(comment);
        });
    }

    public void forgetOrder(String orderId) {
        tx.run(em -> em.createQuery("DELETE FROM CommentEntity c WHERE c.orderId = :o").setParameter("o", orderId).executeUpdate());
    }

    static CommentDTO toDTO(CommentEntity c) {
        CommentDTO dto = new CommentDTO();
        dto.id = String.valueOf(c.id);
        dto.orderId = c.orderId;
        dto.author = c.author;
        dto.message = c.message;
        dto.visibility = c.visibility;
        dto.createdAt = c.createdAt;
        return dto;
    }
}
