package org.newswatch.alert.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the delivery channels: DOWN when a channel's delivery thread has ended while the service runs (nothing
 * would deliver its alerts again until a restart), with each channel's thread as data ({@code webhook: true}). A
 * broker outage does not end it (readiness says how long a channel has been failing: {@link DeliveryReadiness}).
 */
@Liveness
@ApplicationScoped
public class DeliveryLiveness implements HealthCheck {

    @Inject
    Dispatch dispatch;

    @Override
    public HealthCheckResponse call() {
        Map<String, Boolean> alive = dispatch.alive();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("alert delivery threads")
                .status(!alive.containsValue(false));
        alive.forEach((channel, up) -> response.withData(channel, up.booleanValue()));
        return response.build();
    }
}
