package id.infoloker.vacancy.search;

/** Validated search input; null means "any". {@code educationRank} is the searcher's own level. */
record SearchCriteria(String tsQuery, String kecamatanCode, Integer educationRank, String employmentType,
                      Long minimumSalary, SearchOrder order, SearchCursor after, int size) {
}
