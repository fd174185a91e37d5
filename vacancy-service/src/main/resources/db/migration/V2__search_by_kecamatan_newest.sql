-- Issue 17, search that scales. Browsing by kecamatan without words (about a third of searches, and every kecamatan
-- page) walked the newest-first index and threw away the other kecamatan's rows one by one; with this index it reads
-- exactly the next page of that kecamatan, in keyset order (published_at, id), whatever the page.
CREATE INDEX vacancy_kecamatan_newest ON vacancy (kecamatan_code, published_at DESC, id DESC)
    WHERE status = 'PUBLISHED';
