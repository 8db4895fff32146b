package org.ordo.core.internal.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.ordo.api.customer.CustomerDTO;
import org.ordo.api.customer.CustomerService;
import org.ordo.api.error.ConflictException;
import org.ordo.api.error.NotFoundException;
import org.ordo.api.error.Violations;
import org.ordo.api.order.AddressDTO;
import org.ordo.api.rest.EntityVersions;
import org.ordo.api.rest.Page;
import org.ordo.api.rest.PageRequest;
import org.ordo.core.internal.Checks;
import org.ordo.core.internal.Ids;
import org.ordo.core.internal.PostalAddress;
import org.ordo.core.internal.PrefixSearch;
import org.ordo.core.internal.SearchKeys;
import org.ordo.persistence.PagedQuery;
import org.ordo.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customers and their address books. */
@Component(service = {Customers.class, CustomerService.class})
public class Customers implements CustomerService {
    private final Transactions tx;

    @Activate
    public Customers(@Reference(target = "(osgi.unit.name=ordo-core)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    public CustomerDTO create(CustomerInput input) {
        Violations v = new Violations();
        Checks.text(v, "firstName", input.firstName, 100);
        Checks.text(v, "lastName", input.lastName, 100);
        Checks.email(v, "email", input.email);
        Checks.optionalText(v, "phone", input.phone, 40);
        Checks.optionalText(v, "company", input.company, 200);
        v.throwIfAny();
        try {
            return tx.inTransaction(em -> {
                refuseTakenEmail(em, input.email, null);
                CustomerEntity customer = new CustomerEntity();
                apply(customer, input);
                Instant now = Instant.now();
                customer.setCreatedAt(now);
                customer.setUpdatedAt(now);
                em.persist(customer);
                em.flush();
                return toDTO(customer);
            });
        } catch (RuntimeException e) {
            throw Transactions.isDuplicateKey(e) ? emailTaken(input.email) : e;
        }
    }

    public CustomerDTO update(String id, CustomerInput input, Long expectedVersion) {
        Violations v = new Violations();
        if (input.firstName != null) Checks.text(v, "firstName", input.firstName, 100);
        if (input.lastName != null) Checks.text(v, "lastName", input.lastName, 100);
        if (input.email != null) Checks.email(v, "email", input.email);
        Checks.optionalText(v, "phone", input.phone, 40);
        Checks.optionalText(v, "company", input.company, 200);
        v.throwIfAny();
        long customerId = Ids.parse("Customer", id);
        try {
            return tx.inTransaction(em -> {
                CustomerEntity customer = load(em, customerId);
                EntityVersions.check(expectedVersion, customer.getVersion());
                if (input.email != null) {
                    refuseTakenEmail(em, input.email, customerId);
                }
                apply(customer, input);
                customer.setUpdatedAt(Instant.now());
                em.flush();
                return toDTO(customer);
            });
        } catch (RuntimeException e) {
            throw Transactions.isDuplicateKey(e) ? emailTaken(input.email) : e;
        }
    }

    @Override
    public CustomerDTO get(String id) {
        long customerId = Ids.parse("Customer", id);
        return tx.inTransaction(em -> toDTO(load(em, customerId)));
    }

    @Override
    public Optional<CustomerDTO> find(String id) {
        try {
            return Optional.of(get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Customers whose first name, last name or email starts with {@code q}, in any case. */
    public Page<CustomerDTO> search(String q, PageRequest page) {
        return tx.inTransaction(em -> PrefixSearch.page(em, CustomerEntity.class, List.of("firstKey", "lastKey", "emailKey"),
                "e.lastKey, e.firstKey, e.id", q, page, Customers::toDTO));
    }

    public AddressDTO addAddress(String customerId, AddressDTO address) {
        Violations v = new Violations();
        Checks.address(v, "", address);
        v.throwIfAny();
        long id = Ids.parse("Customer", customerId);
        return tx.inTransaction(em -> {
            load(em, id);
            AddressEntity entry = new AddressEntity();
            entry.setCustomerId(id);
            entry.setAddress(PostalAddress.from(address));
            em.persist(entry);
            em.flush();
            return entry.getAddress().toDTO(entry.getId());
        });
    }

    public Page<AddressDTO> addresses(String customerId, PageRequest page) {
        long id = Ids.parse("Customer", customerId);
        return tx.inTransaction(em -> {
            load(em, id);
            return PagedQuery.read(
                    em.createQuery("SELECT a FROM AddressEntity a WHERE a.customerId = :c ORDER BY a.id", AddressEntity.class)
                            .setParameter("c", id),
                    em.createQuery("SELECT COUNT(a) FROM AddressEntity a WHERE a.customerId = :c", Long.class)
                            .setParameter("c", id),
                    page, a -> a.getAddress().toDTO(a.getId()));
        });
    }

    /** One address of the customer's book; the order core copies it onto orders. */
    public AddressDTO address(String customerId, String addressId) {
        long id = Ids.parse("Customer", customerId);
        return tx.inTransaction(em -> {
            AddressEntity entry = loadAddress(em, id, addressId);
            return entry.getAddress().toDTO(entry.getId());
        });
    }

    public AddressDTO updateAddress(String customerId, String addressId, AddressDTO changes) {
        long id = Ids.parse("Customer", customerId);
        return tx.inTransaction(em -> {
            AddressEntity entry = loadAddress(em, id, addressId);
            PostalAddress merged = entry.getAddress().merge(changes);
            Violations v = new Violations();
            Checks.address(v, "", merged.toDTO(null));
            v.throwIfAny();
            entry.setAddress(merged);
            em.flush();
            return merged.toDTO(entry.getId());
        });
    }

    public void deleteAddress(String customerId, String addressId) {
        long id = Ids.parse("Customer", customerId);
        tx.run(em -> em.remove(loadAddress(em, id, addressId)));
    }

    private static AddressEntity loadAddress(EntityManager em, long customerId, String addressId) {
        AddressEntity entry = em.find(AddressEntity.class, Ids.parse("Address", addressId));
        if (entry == null || !entry.getCustomerId().equals(customerId)) {
            throw NotFoundException.of("Address", addressId);
        }
        return entry;
    }

    static CustomerEntity load(EntityManager em, long id) {
        CustomerEntity customer = em.find(CustomerEntity.class, id);
        if (customer == null) {
            throw NotFoundException.of("Customer", id);
        }
        return customer;
    }

    private static void refuseTakenEmail(EntityManager em, String email, Long self) {
        List<Long> holders = em.createQuery("SELECT c.id FROM CustomerEntity c WHERE c.emailKey = :e", Long.class)
                .setParameter("e", SearchKeys.of(email)).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(self))) {
            throw emailTaken(email);
        }
    }

    private static ConflictException emailTaken(String email) {
        return new ConflictException("A customer with email " + email + " exists already");
    }

    private static void apply(CustomerEntity customer, CustomerInput input) {
        if (input.firstName != null) customer.setFirstName(input.firstName.trim());
        if (input.lastName != null) customer.setLastName(input.lastName.trim());
        if (input.email != null) customer.setEmail(input.email.trim());
        if (input.phone != null) customer.setPhone(input.phone);
        if (input.company != null) customer.setCompany(input.company);
    }

    static CustomerDTO toDTO(CustomerEntity c) {
        CustomerDTO dto = new CustomerDTO();
        dto.id = Ids.format(c.getId());
        dto.firstName = c.getFirstName();
        dto.lastName = c.getLastName();
        dto.email = c.getEmail();
        dto.phone = c.getPhone();
        dto.company = c.getCompany();
        dto.createdAt = c.getCreatedAt();
        dto.updatedAt = c.getUpdatedAt();
        dto.version = c.getVersion();
        return dto;
    }
}
