package org.ordo.rest.internal.ssh;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The JAAS realm {@value #NAME}: Karaf's own {@code karaf} realm (the users of
 * {@code etc/users.properties}, their keys, Karaf's audit), except that a shipped development
 * password is refused from any machine but this one. The distribution's SSH console logs in with it
 * ({@code sshRealm} in {@code etc/org.apache.karaf.shell.cfg}), so opening SSH to the network never
 * opens it to {@code admin/admin}.
 */
@Component(service = JaasRealm.class)
public class RemoteRealm implements JaasRealm {
    public static final String NAME = "ordo-remote";
    static final String DELEGATE = "karaf";

    private final AppConfigurationEntry[] entries;

    @Activate
    public RemoteRealm(BundleContext context) {
        this.entries = new AppConfigurationEntry[] {
                entry(context, ShippedPasswordGuard.class, LoginModuleControlFlag.REQUISITE, Map.of()),
                entry(context, RealmDelegate.class, LoginModuleControlFlag.REQUIRED, Map.of(RealmDelegate.REALM, DELEGATE))};
    }

    /** Karaf's proxy module loads the module class from this bundle, as its own realms do with theirs. */
    private static AppConfigurationEntry entry(BundleContext context, Class<? extends LoginModule> module,
            LoginModuleControlFlag flag, Map<String, String> options) {
        Map<String, Object> all = new HashMap<>(options);
        all.put(ProxyLoginModule.PROPERTY_MODULE, module.getName());
        all.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), flag, all);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
