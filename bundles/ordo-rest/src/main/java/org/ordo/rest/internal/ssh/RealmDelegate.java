package org.ordo.rest.internal.ssh;

import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.ordo.rest.internal.security.RealmLogin;

/**
 * Logs the subject into another realm, option {@value #REALM}, with the same callbacks: the subject
 * gets that realm's principals (user, roles) and its rules. So {@link RemoteRealm} adds a rule to
 * Karaf's realm without copying its settings (users file, encryption, audit).
 */
public class RealmDelegate implements LoginModule {
    static final String REALM = "realm";

    private Subject subject;
    private CallbackHandler handler;
    private String realm;
    private LoginContext delegate;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.realm = (String) options.get(REALM);
    }

    @Override
    public boolean login() throws LoginException {
        delegate = RealmLogin.login(realm, subject, handler);
        return true;
    }

    @Override
    public boolean commit() {
        return true;
    }

    @Override
    public boolean abort() throws LoginException {
        return logout();
    }

    @Override
    public boolean logout() throws LoginException {
        if (delegate != null) {
            delegate.logout();
            delegate = null;
        }
        return true;
    }
}
