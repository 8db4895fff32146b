package org.ordo.rest.internal.ssh;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.security.auth.Subject;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.ordo.rest.internal.security.RealmLogin;
import org.ordo.rest.internal.security.ShippedUsers;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns at start, and whenever the SSH settings change, when Karaf's SSH console listens beyond this
 * machine's loopback while development users still have their shipped passwords: how loud depends on
 * whether SSH logs in through {@link RemoteRealm}, which refuses those passwords from elsewhere, or
 * through a realm that accepts them from anyone. Only users with the role SSH requires
 * ({@code sshRole}) are named: the others cannot open a console anyway. It reads the settings SSH itself reads
 * ({@code etc/org.apache.karaf.shell.cfg}, with their environment overrides) and tries the shipped
 * passwords against Karaf's realm, so a changed or hashed password counts as changed.
 */
@Component(configurationPid = SshExposureCheck.SHELL_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class SshExposureCheck {
    static final String SHELL_PID = "org.apache.karaf.shell";
    private static final Logger LOG = LoggerFactory.getLogger(SshExposureCheck.class);

    /** How a host name becomes addresses; the DNS in production, a table in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean sshStarts;
    private Map<String, Object> shell;
    private String lastWarning;

    @Activate
    public SshExposureCheck(BundleContext context, Map<String, Object> shell) {
        this.sshStarts = Boolean.parseBoolean(context.getProperty("karaf.startRemoteShell"));
        modified(shell);
    }

    @Modified
    synchronized void modified(Map<String, Object> shell) {
        this.shell = shell;
        check();
    }

    /** Karaf's realm may be published after this component starts: the passwords are tried again then. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addRealm(JaasRealm realm) {
        if (shell != null && RemoteRealm.DELEGATE.equals(realm.getName())) {
            check();
        }
    }

    void removeRealm(JaasRealm realm) {
        // nothing was kept of it
    }

    private void check() {
        String host = Objects.toString(shell.get("sshHost"), "0.0.0.0");
        List<String> beyond = sshStarts ? beyondLoopback(host, InetAddress::getAllByName) : List.of();
        List<String> unchanged = beyond.isEmpty() ? List.of() : stillShipped(Objects.toString(shell.get("sshRole"), ""));
        String warning = warning(host, Objects.toString(shell.get("sshRealm"), "karaf"), unchanged);
        if (warning != null && !warning.equals(lastWarning)) {
            LOG.warn(warning);
        }
        lastWarning = warning;
    }

    /** The hosts of {@code sshHost} (comma-separated, as SSH reads it; empty is every interface) that reach beyond loopback. */
    static List<String> beyondLoopback(String sshHost, Resolver resolver) {
        List<String> hosts = Arrays.stream(sshHost.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        if (hosts.isEmpty()) {
            return List.of("every interface");
        }
        List<String> beyond = new ArrayList<>();
        for (String host : hosts) {
            try {
                if (Arrays.stream(resolver.resolve(host)).anyMatch(address -> !address.isLoopbackAddress())) {
                    beyond.add(host);
                }
            } catch (UnknownHostException e) {
                // SSH cannot listen there either
            }
        }
        return beyond;
    }

    /** The warning for SSH listening on {@code host} through {@code realm} while {@code unchanged} users keep their shipped passwords. */
    static String warning(String host, String realm, List<String> unchanged) {
        if (unchanged.isEmpty()) {
            return null;
        }
        if (RemoteRealm.NAME.equals(realm)) {
            return "SSH listens beyond this machine (sshHost = " + host + ") and users " + unchanged
                    + " still have the passwords the distribution ships with. SSH refuses those passwords from other"
                    + " machines (sshRealm = " + realm + "), but change them: README, Users and roles";
        }
        return "SSH listens beyond this machine (sshHost = " + host + ") and accepts the shipped passwords of users "
                + unchanged + " from ANY machine (sshRealm = " + realm + "). Change those passwords now, or set sshRealm = "
                + RemoteRealm.NAME + " or sshHost = 127.0.0.1 in etc/org.apache.karaf.shell.cfg: README, Users and roles";
    }

    /** The shipped users whose shipped password still logs in, and who have the role SSH requires (if any). */
    private static List<String> stillShipped(String sshRole) {
        List<String> unchanged = new ArrayList<>();
        for (String name : ShippedUsers.names()) {
            try {
                Subject subject = RealmLogin.login(RemoteRealm.DELEGATE, name, ShippedUsers.passwordOf(name));
                if (sshRole.isBlank() || subject.getPrincipals(RolePrincipal.class).stream()
                        .anyMatch(role -> sshRole.equals(role.getName()))) {
                    unchanged.add(name);
                }
            } catch (LoginException | RuntimeException e) {
                // changed, removed, or the realm is not there yet
            }
        }
        return unchanged;
    }
}
