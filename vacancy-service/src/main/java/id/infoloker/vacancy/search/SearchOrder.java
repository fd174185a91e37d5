package id.infoloker.vacancy.search;

/** NEWEST: latest publication first. RELEVANCE: best text match first (needs {@code q}; without it, NEWEST). */
enum SearchOrder {
    NEWEST, RELEVANCE
}
