package id.infoloker.notification.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedRunnable;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due email and SMS deliveries, one thread per channel, apart from the Kafka consumers (which only write rows)
 * and from Spring's shared scheduler: a slow or hanging provider delays only its own channel, and only by the
 * provider's timeout per call until its circuit opens. Each delivery: retry with back-off around the provider's
 * circuit breaker; SENT, or FAILED with the cause after the last attempt; postponed while the circuit is open.
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final ProviderResilience resilience;
    private final DeliveryProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;
    private volatile boolean stopping;

    DeliveryDispatcher(Deliveries deliveries, List<ChannelSender> senders, ProviderResilience resilience,
                       DeliveryProperties properties, Clock clock) {
        this.deliveries = deliveries;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.resilience = resilience;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is due on the channel, batch after batch, until nothing is due. @return deliveries handled */
    public int dispatchDue(Channel channel) {
        int handled = 0;
        int claimed;
        do {
            List<Delivery> due = deliveries.claimDue(channel, properties.batchSize(), properties.lease());
            claimed = due.size();
            handled += sendAll(channel, due);
        } while (claimed == properties.batchSize() && !stopping);
        return handled;
    }

    private int sendAll(Channel channel, List<Delivery> due) {
        CircuitBreaker breaker = resilience.circuitBreaker(channel);
        Retry retry = resilience.retry(channel);
        ChannelSender sender = senders.get(channel);
        for (int i = 0; i < due.size(); i++) {
            Delivery delivery = due.get(i);
            AtomicInteger calls = new AtomicInteger();
            CheckedRunnable call = CircuitBreaker.decorateCheckedRunnable(breaker, () -> {
                calls.incrementAndGet();
                sender.send(delivery);
            });
            try {
                Retry.decorateCheckedRunnable(retry, call).run();
                deliveries.markSent(delivery.id(), calls.get(), clock.instant());
            } catch (CallNotPermittedException open) {
                // Not the messages' fault: this one and the rest of the batch wait for the circuit.
                for (Delivery waiting : due.subList(i, due.size())) {
                    deliveries.postpone(waiting.id(), properties.circuitBreaker().openFor(),
                            "Circuit breaker of the " + channel + " provider is open");
                }
                log.warn("{} provider circuit is open; {} deliveries postponed", channel, due.size() - i);
                return i;
            } catch (Throwable failure) {
                deliveries.markFailed(delivery.id(), calls.get(), describe(failure));
                log.warn("Delivery {} on {} FAILED after {} call(s): {}", delivery.id(), channel, calls.get(),
                        failure.getClass().getSimpleName());
            }
        }
        return due.size();
    }

    /** The cause an ADMIN reads; exception messages of our own adapters carry no personal data. */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("Delivery dispatcher disabled");
            return;
        }
        stopping = false;
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(Channel.values().length, runnable -> {
            Thread thread = new Thread(runnable, "delivery-dispatcher-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.pollInterval().toMillis();
        for (Channel channel : Channel.values()) {
            executor.scheduleWithFixedDelay(() -> {
                try {
                    dispatchDue(channel);
                } catch (org.springframework.dao.DataAccessException e) {
                    // The database is away (restart, failover, shutdown): rows stay PENDING, the next round retries.
                    log.warn("Dispatching {} deliveries failed, trying again in {} ms: {}", channel, every,
                            e.getMostSpecificCause().getMessage());
                } catch (RuntimeException e) {
                    log.error("Dispatching {} deliveries failed; trying again in {} ms", channel, every, e);
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        stopping = true;
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
