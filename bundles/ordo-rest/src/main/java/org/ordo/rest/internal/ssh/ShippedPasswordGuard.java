package org.ordo.rest.internal.ssh;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.ordo.rest.internal.security.ClientAddress;
import org.ordo.rest.internal.security.LogText;
import org.ordo.rest.internal.security.ShippedUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fails a login that sends a shipped development password from another machine. Karaf's SSH server
 * (and its JMX connector) put the client's address in the subject as a {@link ClientPrincipal} before
 * logging in; a login without one, or from this machine, is left to the realm's other modules, as is
 * one by public key. Otherwise this module takes no part: it adds no principal.
 */
public class ShippedPasswordGuard implements LoginModule {
    private static final Logger LOG = LoggerFactory.getLogger(ShippedPasswordGuard.class);

    private Subject subject;
    private CallbackHandler handler;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
    }

    @Override
    public boolean login() throws LoginException {
        Optional<ClientPrincipal> client = subject.getPrincipals(ClientPrincipal.class).stream().findFirst();
        if (client.isEmpty() || "local".equals(client.get().getMethod())
                || ClientAddress.of(hostOf(client.get().getAddress())).isLoopback()) {
            return false;
        }
        NameCallback name = new NameCallback("user: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (UnsupportedCallbackException e) {
            return false; // a public key, not a password
        } catch (IOException e) {
            throw new LoginException("Cannot read the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        password.clearPassword();
        if (secret != null && ShippedUsers.isShipped(name.getName(), new String(secret))) {
            LOG.warn("Refused {} login of user '{}' from {}: the password it sent is the one the distribution ships with,"
                    + " accepted only from this machine; if it is still that user's password, change it (README, Users and roles)",
                    client.get().getMethod(), LogText.of(name.getName()), LogText.of(client.get().getAddress()));
            throw new FailedLoginException("The shipped password of " + name.getName() + " is accepted only from this machine");
        }
        return false;
    }

    /** The host of an address as Karaf writes it: {@code /10.0.0.5:40022}, {@code name/10.0.0.5:40022}, {@code /[::1]:40022}, or a bare IP. */
    static String hostOf(String address) {
        String host = address == null ? "" : address.substring(address.lastIndexOf('/') + 1);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }

    @Override
    public boolean commit() {
        return false;
    }

    @Override
    public boolean abort() {
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }
}
