package id.infoloker.account.staff;

/** Shown once to the ADMIN who reset it, to hand over in person; replaced by its owner at the next sign-in. */
public record TemporaryPassword(String temporaryPassword) {

    @Override
    public String toString() {
        return "TemporaryPassword[<hidden>]";
    }
}
