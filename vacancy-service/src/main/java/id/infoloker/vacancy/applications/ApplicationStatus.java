package id.infoloker.vacancy.applications;

/** The pipeline words job seekers know: Dikirim, Dilihat, Diproses, Wawancara, Diterima, Ditolak. */
public enum ApplicationStatus {
    DIKIRIM, DILIHAT, DIPROSES, WAWANCARA, DITERIMA, DITOLAK;

    public boolean isFinal() {
        return this == DITERIMA || this == DITOLAK;
    }
}
