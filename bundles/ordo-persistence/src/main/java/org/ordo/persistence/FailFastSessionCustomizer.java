package org.ordo.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Named by every persistence unit ({@code eclipselink.session.customizer}). When a read fails because
 * the database is out of reach, EclipseLink by default tries it three more times, five seconds apart:
 * a request then hangs for 15 s. The pool already hands out only live connections, so a failure is
 * answered at once (a 503 to retry) instead.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
