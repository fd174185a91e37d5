package id.infoloker.web.portal;

/**
 * Pages that show or change one person's data: they need a sign-in, and they are never stored by a shared cache.
 * Everything else (home, search, vacancy detail, registration, sign-in) is open to everybody.
 */
public final class PersonalPages {

    static final String[] PATTERNS = {
        "/status", "/status/**", "/dokumen", "/dokumen/**", "/lamaran", "/lamaran/**", "/notifikasi",
        "/notifikasi/**", "/preferensi", "/preferensi/**", "/lowongan/*/lamar", "/profil",
        "/profil/**", "/akun", "/akun/**", "/data-saya", "/data-saya/**"
    };

    /** A company's own pages: its vacancies, their applicants, an applicant's profile and CV. */
    static final String[] EMPLOYER_PATTERNS = {"/perusahaan/**"};

    /** A job seeker's own pages: applying, the applications, the career profile companies read. */
    static final String[] JOB_SEEKER_PATTERNS = {
        "/lamaran", "/lamaran/**", "/lowongan/*/lamar", "/profil", "/profil/**"
    };

    private PersonalPages() {
    }
}
