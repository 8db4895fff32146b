package org.ordo.comments.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

@Entity
@Table(name = "ORDER_COMMENTS", indexes = @Index(name = "ORDER_COMMENTS_ORDER", columnList = "ORDER_ID,ID"))
public class CommentEntity {
    @Id
    @TableGenerator(name = "commentIds", table = "ORDO_COMMENT_IDS", pkColumnValue = "ORDER_COMMENTS", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "commentIds")
    Long id;
    @Column(name = "ORDER_ID", nullable = false, length = 32)
    String orderId;
    @Column(name = "AUTHOR", nullable = false, length = 100)
    String author;
    /** Up to 10,000 characters as sent; a CLOB keeps them all, whatever their encoded length. */
    @Lob
    @Column(name = "MESSAGE", nullable = false)
    String message;
    @Column(name = "VISIBILITY", nullable = false, length = 16)
    String visibility;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
