package org.newswatch.alert.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness DOWN while a delivery channel has been failing for longer than {@code alert.delivery.stuck-after} (a
 * failure not yet followed by a consumer that joined its group and committed what it delivered, e.g. a commit that
 * timed out while the broker is away), with the stuck channels ({@code stuck: webhook}) and each one's last failure
 * as data.
 */
@Readiness
@ApplicationScoped
public class DeliveryReadiness implements HealthCheck {

    @Inject
    Dispatch dispatch;

    @Inject
    DeliveryConfig config;

    @Override
    public HealthCheckResponse call() {
        Map<String, String> stuck = dispatch.stuck(config.stuckAfter());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("alert delivery").status(stuck.isEmpty())
                .withData("stuck", String.join(",", stuck.keySet()));
        stuck.forEach(response::withData);
        return response.build();
    }
}
