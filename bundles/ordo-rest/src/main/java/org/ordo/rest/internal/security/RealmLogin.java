package org.ordo.rest.internal.security;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;

/** A login into a JAAS realm of the container, from any thread. */
public final class RealmLogin {

    private RealmLogin() {
    }

    /** Logs the user in with a password and answers the subject with its principals; a LoginException when refused. */
    public static Subject login(String realm, String name, String password) throws LoginException {
        Subject subject = new Subject();
        login(realm, subject, callbacks -> answer(callbacks, name, password));
        return subject;
    }

    /** Logs into the realm the subject, as the handler describes it; answers the context, to log out with. */
    public static LoginContext login(String realm, Subject subject, CallbackHandler handler) throws LoginException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads the realm's login module through the context class loader; Karaf's proxy module
        // lives on the boot class path, which a web request thread's loader may not see.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, handler);
            login.login();
            return login;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String name, String password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback nameCallback) {
                nameCallback.setName(name);
            } else if (callback instanceof PasswordCallback passwordCallback) {
                passwordCallback.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
