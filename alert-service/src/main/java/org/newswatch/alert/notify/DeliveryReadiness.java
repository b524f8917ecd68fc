package org.newswatch.alert.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness DOWN while a delivery channel has failed without a commit for longer than {@code alert.delivery.stuck-after}. */
@Readiness
@ApplicationScoped
public class DeliveryReadiness implements HealthCheck {

    @Inject
    Dispatch dispatch;

    @ConfigProperty(name = "alert.delivery.stuck-after", defaultValue = "PT60S")
    Duration stuckAfter;

    @Override
    public HealthCheckResponse call() {
        List<String> stuck = dispatch.stuck(stuckAfter);
        return HealthCheckResponse.named("alert delivery").status(stuck.isEmpty())
                .withData("stuck", String.join(",", stuck)).build();
    }
}
