package id.infoloker.gateway.cache;

import org.springframework.http.HttpStatusCode;

/**
 * What the leader of a miss tells the requests that waited for the same key.
 *
 * <ul>
 *   <li>{@link Shared}: its answer, stored; each waiting request gets it (if it is their variant).</li>
 *   <li>{@link Failed}: the service failed or was too slow (5xx, the gateway's 504 included). Each waiting request
 *       gets the same status at once instead of calling the service again: on a cold or overloaded service the
 *       waiting requests all calling it the moment the leader's call failed were a stampede of their own, and each
 *       waited twice the route's timeout.</li>
 *   <li>{@link NotShared}: nothing to share (not public, too large, the leader's client went away): each fetches its
 *       own answer.</li>
 * </ul>
 */
sealed interface Fill {

    Fill NOT_SHARED = new NotShared();

    record Shared(CachedResponse response) implements Fill {
    }

    record Failed(HttpStatusCode status) implements Fill {
    }

    record NotShared() implements Fill {
    }
}
