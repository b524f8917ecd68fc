package org.newswatch.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.newswatch.contracts.ApiKeys;

/**
 * The service's credentials: its API keys ({@link KeyRing}) and whether a JWT public key is configured. Outside the
 * dev and test profiles a service with neither refuses to start.
 */
@ApplicationScoped
public class Credentials {

    private static final Logger LOG = Logger.getLogger(Credentials.class);

    private final KeyRing ring;
    private final SecurityConfig config;

    @Inject
    public Credentials(SecurityConfig config) {
        this.config = config;
        ApiKeys inline = ApiKeys.parse(config.keys().orElse(List.of()), "newswatch.security.keys");
        this.ring = new KeyRing(inline, config.keysFile(), config.reloadInterval(), System::nanoTime);
    }

    public ApiKeys keys() {
        return ring.keys();
    }

    void onStart(@Observes StartupEvent event) {
        boolean jwt = ConfigProvider.getConfig().getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                .or(() -> ConfigProvider.getConfig().getOptionalValue("mp.jwt.verify.publickey", String.class))
                .isPresent();
        String problem = StartupPolicy.problem(ring.keys(), config.keysFile(), jwt);
        if (problem == null) {
            return;
        }
        LaunchMode mode = LaunchMode.current();
        if (mode == LaunchMode.DEVELOPMENT || mode == LaunchMode.TEST) {
            LOG.warn(problem + " (allowed in the " + mode.getDefaultProfile() + " profile only)");
            return;
        }
        throw new IllegalStateException(problem);
    }
}
