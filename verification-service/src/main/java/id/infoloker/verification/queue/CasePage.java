package id.infoloker.verification.queue;

import id.infoloker.verification.cases.CaseView;
import java.util.List;

/** One page of cases, oldest registration first; {@code hasMore} says whether page + 1 has any. */
record CasePage(List<CaseView> items, int page, int size, boolean hasMore) {
}
