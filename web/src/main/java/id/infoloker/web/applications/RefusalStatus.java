package id.infoloker.web.applications;

import id.infoloker.web.backend.BackendProblem;

/**
 * The status of the "could not apply" page: the service's own 4xx (403 not verified, 404 vacancy gone, 409 closed or
 * already applied), so the person's browser and the logs see the same cause. Never 5xx: an outage is a
 * {@code BackendUnavailable}, not a refusal.
 */
final class RefusalStatus {

    private RefusalStatus() {
    }

    static int of(BackendProblem refused) {
        int status = refused.status();
        return status >= 400 && status < 500 ? status : 400;
    }
}
