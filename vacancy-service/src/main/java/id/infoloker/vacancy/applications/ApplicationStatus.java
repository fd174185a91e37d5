package id.infoloker.vacancy.applications;

/**
 * The pipeline words job seekers know: Dikirim, Dilihat, Diproses, Wawancara, Diterima, Ditolak; and two ends nobody
 * on the employer's side chooses through the pipeline: Ditarik (the job seeker withdrew) and Ditutup (the vacancy was
 * closed by the employer or taken down by staff while the application was open).
 */
public enum ApplicationStatus {
    DIKIRIM, DILIHAT, DIPROSES, WAWANCARA, DITERIMA, DITOLAK, DITARIK, DITUTUP;

    public boolean isFinal() {
        return this == DITERIMA || this == DITOLAK || this == DITARIK || this == DITUTUP;
    }

    public boolean isOpen() {
        return !isFinal();
    }
}
