package id.infoloker.gateway;

/**
 * One Reactor Netty event loop per core (at least two), for the gateway's server and its client to the services,
 * which share them.
 *
 * <p>Reactor Netty's default is four loops however few the cores: a pod limited to one or two CPUs then switches
 * between more busy threads than it has cores. With two loops on two cores the gateway spent about 5-8 % less CPU per
 * proxied request, side by side with a default one (docs/benchmarks.md, issue 17). An operator's own
 * {@code -Dreactor.netty.ioWorkerCount} still wins.
 */
final class EventLoops {

    static final String WORKER_COUNT = "reactor.netty.ioWorkerCount";

    private EventLoops() {
    }

    /** Must run before Reactor Netty's loop resources are first used, i.e. first thing in {@code main}. */
    static void oneToACore() {
        if (System.getProperty(WORKER_COUNT) == null) {
            System.setProperty(WORKER_COUNT, String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())));
        }
    }
}
