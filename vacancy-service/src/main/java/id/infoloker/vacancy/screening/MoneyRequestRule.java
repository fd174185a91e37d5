package id.infoloker.vacancy.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kemnaker's first red flag: the job seeker is asked for money — a deposit ("uang jaminan"), a fee ("biaya seragam",
 * "administrasi 150rb", "pungutan"), a transfer ("tf ke rek"), a bank account or e-wallet number to pay into. Works on
 * {@link ScreeningNormaliser normalised} text, so patterns are written as it reads: "l" as "[li]" (leetspeak's 1 is
 * read as i) and without repeated letters ("ditangung", "suplier").
 *
 * <p>Honest ads talk about money too, so: a reassurance earlier in the clause ("tanpa biaya", "tidak dipungut biaya")
 * excuses a match; a clause about the worker's pay ("gaji ditransfer ke rekening", "lembur dibayar") is no request, nor
 * is the job's own handling of money ("transfer stok", "melayani setoran nasabah"); a cost "ditanggung perusahaan" is
 * none; and an amount only counts next to what a fee is for, below wage size, never next to gaji/UMK.
 */
public final class MoneyRequestRule implements ScreeningRule {

    static final String DEPOSIT = "money-request/deposit";
    static final String FEE = "money-request/fee";
    static final String TRANSFER = "money-request/transfer";
    static final String BANK_ACCOUNT = "money-request/bank-account";
    static final String E_WALLET = "money-request/e-wallet";

    private static final String PURPOSE = "(pendaftaran|administrasi|admin|adm|seragam|komitmen|booking|tanda jadi"
            + "|pe[li]atihan|training|pe[li]icin|tebusan|registrasi|medica[li]|medika[li]|medis|mcu|pengurusan"
            + "|formu[li]ir|titipan|pangka[li]|penempatan|rekrutmen|kontrak|id ?card|materai|meterai|sertifikat"
            + "|psikotes|atribut|(cek|pemeriksaan|surat) kesehatan|tes)";

    private static final Pattern UANG_FOR = Pattern.compile("\\b(uang|dana) ?(jaminan|" + PURPOSE.substring(1));
    private static final Pattern DEPOSIT_WORD = Pattern.compile("\\b(deposit\\w*|jaminan|dp)\\b");
    private static final Pattern FEE_WORD = Pattern.compile(
            "\\b(biaya(nya)?|(di)?pungut(an|anya)?|pung[li]i|(me|men|di)?setor(kan|an)?|menyetor(kan)?"
                    + "|(mem)?bayar(kan)?|byr|fe)\\b"); // "fe" is "fee" as normalised (registration fee)
    private static final Pattern PURPOSE_WORD = Pattern.compile("\\b(" + PURPOSE
            + "( check ?up| cek| kerja| awa[li])?|pembayaran|iuran|kontribusi|sumbangan|donasi)\\b");
    /**
     * Next to a job word an amount of 3 jt or more is a wage ("Admin Gudang Rp 4.800.000", "Penempatan Karawang Rp
     * 5,3 jt": Karawang's UMK is above 5 jt); fees named only by their purpose are smaller. Bigger fees come with
     * "biaya", "uang", "bayar" or a transfer, which other patterns catch.
     */
    private static final long WAGE_SIZED = 3_000_000;
    private static final Pattern PREPARE_MONEY = Pattern.compile(
            "\\b(siapkan|siapin|sediakan|persiapkan|bawa|membawa|modal)( (uang|dana|duit))?\\b");
    private static final Pattern TRANSFER_WORD = Pattern.compile(
            "\\b(tf|trf|transfer|tranfer|transf|ditransfer|mentransfer|transferkan|kirim(kan)? (uang|dana|duit)"
                    + "|kirim(kan)? ke (rek|rekening|norek)|top ?up)\\b");
    private static final Pattern BANK = Pattern.compile("\\b(bca|bri|bni|mandiri|btn|bsi|cimb|niaga|permata|danamon"
            + "|bjb|seabank|jago|bank \\w+|rek|rekening|norek|no rek|an)\\b");
    private static final Pattern E_WALLET_NAME = Pattern.compile(
            "\\b(dana|ovo|gopay|go pay|shopeepay|shopepay|[li]inkaja|[li]ink aja)\\b");
    private static final Pattern PAYMENT_APP = Pattern.compile(
            "\\b(ovo|gopay|go pay|shopepay|[li]inkaja|[li]ink aja)\\b");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d.])\\d[\\d ]{7,24}\\d(?![\\d.])");

    /** Work, not payment: "transfer stok antar gudang", "setoran kas harian", "membayar tagihan pelanggan". */
    private static final Pattern DUTY_OBJECT = Pattern.compile("stok|stock|barang|materia[li]|part|data|fi[li]e"
            + "|antar|cabang|[li]okasi|divisi|departemen|site|plant|area|pa[li]et|kas|nasabah|penarikan"
            + "|penjua[li]an|omzet|tagihan|pe[li]anggan|invoice|faktur|sup[li]ier|vendor");
    /** A teller's or cashier's work: "melayani setoran nasabah", "menerima pembayaran tunai dan transfer". */
    private static final Pattern DUTY_VERB = Pattern.compile("menerima|me[li]ayani|memproses|pembayaran|bukti"
            + "|verifikasi|rekap|[li]aporan|input|nasabah|rekonsi[li]iasi|mencatat|pencatatan");
    /** BPJS programmes: "jaminan kesehatan hingga Rp 2.000.000" is insurance, not a deposit. */
    private static final Pattern SOCIAL_SECURITY = Pattern.compile(
            "kesehatan|hari|kece[li]akaan|pensiun|kematian|sosia[li]");
    /** "Gaji di bayar", "cuti di bayar": written apart, still the passive — somebody pays the worker. */
    private static final Pattern PASSIVE = Pattern.compile("di");
    /** "Perusahaan menanggung biaya pelatihan", "mendapat sertifikat pelatihan senilai …": the company gives. */
    private static final Pattern BEARER_VERB = Pattern.compile(
            "menangung|membiayai|mengganti|mendapat|mendapatkan|diberi|diberikan|memberikan");
    private static final Pattern TELEPHONE = Pattern.compile("\\b(te[li]p|te[li]pon|te[li]epon|t[li]p|phone|fax|hp)\\b");
    private static final Pattern PAY_VERB = Pattern.compile(".*(setor|yetor|bayar|byr).*");
    private static final Pattern PAYER = Pattern.compile("perusahan|kami|pt|kantor|company");

    private final IndonesianAmounts amounts = new IndonesianAmounts();

    @Override
    public List<ScreeningEvidence> find(ScreeningText text) {
        List<IndonesianAmounts.Amount> found = amounts.find(text.normalised());
        List<ScreeningEvidence> evidence = new ArrayList<>();
        deposits(text, found, evidence);
        fees(text, found, evidence);
        transfers(text, evidence);
        accountNumbers(text, BANK, BANK_ACCOUNT, 10, evidence);
        accountNumbers(text, E_WALLET_NAME, E_WALLET, 9, evidence);
        paymentApps(text, evidence);
        return evidence;
    }

    /** "uang jaminan", "deposit", "jaminan 1 juta", "DP 500rb" — but "jaminan kesehatan" is BPJS. */
    private static void deposits(ScreeningText text, List<IndonesianAmounts.Amount> found,
                                 List<ScreeningEvidence> evidence) {
        String s = text.normalised();
        for (Matcher m = UANG_FOR.matcher(s); m.find(); ) {
            // No pay exception here: "gaji dipotong untuk uang jaminan" is still a deposit.
            if (!Clauses.reassured(s, m.start()) && !Clauses.borneByCompany(s, m.end())) {
                String rule = m.group(2).equals("jaminan") ? DEPOSIT : FEE;
                evidence.add(hit(text, rule, m.start(), amountEnd(found, m.end(), s), m.group(1) + " " + m.group(2)));
            }
        }
        for (Matcher m = DEPOSIT_WORD.matcher(s); m.find(); ) {
            boolean alwaysMoney = !m.group().equals("jaminan") && !m.group().equals("dp");
            boolean moneyHeld = alwaysMoney
                    || (amountNear(found, m.end(), s) && !Clauses.followedBy(s, m.end(), SOCIAL_SECURITY, 1));
            if (moneyHeld && !Clauses.reassured(s, m.start())) {
                evidence.add(hit(text, DEPOSIT, m.start(), amountEnd(found, m.end(), s), m.group()));
            }
        }
    }

    /** "biaya", "pungutan", "bayar", what a fee is for next to a fee-sized amount, "siapkan uang 750rb". */
    private static void fees(ScreeningText text, List<IndonesianAmounts.Amount> found,
                             List<ScreeningEvidence> evidence) {
        String s = text.normalised();
        List<IndonesianAmounts.Amount> feeSized = found.stream()
                .filter(amount -> amount.rupiah() < WAGE_SIZED).toList();
        for (Matcher m = FEE_WORD.matcher(s); m.find(); ) {
            // "biaya" and "pungutan" are always the job seeker's cost; paying and depositing may be the company's
            // ("lembur dibayar", "perusahaan membayar BPJS") or the job's ("setoran kas harian").
            boolean payOrDuty = PAY_VERB.matcher(m.group()).matches() && (Clauses.aboutPay(s, m.start(), m.end())
                    || Clauses.precededBy(s, m.start(), PAYER) || Clauses.precededBy(s, m.start(), PASSIVE)
                    || Clauses.followedBy(s, m.end(), DUTY_OBJECT, 3)
                    || Clauses.withinBefore(s, m.start(), DUTY_VERB, 6));
            if (!Clauses.reassured(s, m.start()) && !Clauses.borneByCompany(s, m.end()) && !payOrDuty
                    && !Clauses.withinBefore(s, m.start(), BEARER_VERB, 2)) {
                evidence.add(hit(text, FEE, m.start(), amountEnd(found, m.end(), s), m.group()));
            }
        }
        for (Matcher m = PURPOSE_WORD.matcher(s); m.find(); ) {
            // "staf administrasi" is a job, "administrasi 150rb" a fee.
            if (amountNear(feeSized, m.end(), s) && !Clauses.reassured(s, m.start())
                    && !Clauses.borneByCompany(s, m.end()) && !Clauses.aboutPay(s, m.start(), m.end())
                    && !Clauses.withinBefore(s, m.start(), BEARER_VERB, 3)) {
                evidence.add(hit(text, FEE, m.start(), amountEnd(found, m.end(), s), m.group()));
            }
        }
        for (Matcher m = PREPARE_MONEY.matcher(s); m.find(); ) {
            if (amountNear(found, m.end(), s) && !Clauses.aboutPay(s, m.start(), m.end())) {
                evidence.add(hit(text, FEE, m.start(), amountEnd(found, m.end(), s), m.group()));
            }
        }
    }

    /** "tf", "transfer", "kirim uang", "kirim ke rek" — not "gaji ditransfer", "transfer stok", a cashier's work. */
    private static void transfers(ScreeningText text, List<ScreeningEvidence> evidence) {
        String s = text.normalised();
        for (Matcher m = TRANSFER_WORD.matcher(s); m.find(); ) {
            if (!Clauses.reassured(s, m.start()) && !Clauses.aboutPay(s, m.start(), m.end())
                    && !Clauses.followedBy(s, m.end(), DUTY_OBJECT, 3)
                    && !Clauses.withinBefore(s, m.start(), DUTY_VERB, 6)) {
                evidence.add(hit(text, TRANSFER, m.start(), m.end(), m.group()));
            }
        }
    }

    /** OVO, GoPay, ShopeePay, LinkAja are payment apps whatever follows; "dana" is a word, so only with a number. */
    private static void paymentApps(ScreeningText text, List<ScreeningEvidence> evidence) {
        String s = text.normalised();
        for (Matcher m = PAYMENT_APP.matcher(s); m.find(); ) {
            if (!Clauses.aboutPay(s, m.start(), m.end()) && !Clauses.reassured(s, m.start())) {
                evidence.add(hit(text, E_WALLET, m.start(), m.end(), m.group()));
            }
        }
    }

    /** A bank (or e-wallet) name followed closely by a number long enough to be an account: "rek BCA 1234567890". */
    private static void accountNumbers(ScreeningText text, Pattern name, String rule, int minDigits,
                                       List<ScreeningEvidence> evidence) {
        String s = text.normalised();
        for (Matcher m = name.matcher(s); m.find(); ) {
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 40));
            Matcher digits = DIGIT_RUN.matcher(after);
            // "Bank Mandiri KCP Karawang, telp 0267 123456" is the branch's telephone, not an account.
            if (digits.find() && digits.start() <= 20
                    && !TELEPHONE.matcher(after.substring(0, digits.start())).find()) {
                String number = digits.group().replace(" ", "");
                if (number.length() >= minDigits && number.length() <= 16) {
                    evidence.add(hit(text, rule, m.start(), m.end() + digits.end(), m.group() + " " + number));
                }
            }
        }
    }

    /** An amount starting within a few words after {@code end} (or just before it), in the same clause. */
    private static boolean amountNear(List<IndonesianAmounts.Amount> amounts, int end, String s) {
        return amounts.stream().anyMatch(amount -> sameClause(s, end, amount) && (
                (amount.start() >= end && amount.start() - end <= 25)
                        || (amount.end() <= end && end - amount.end() <= 12)));
    }

    private static int amountEnd(List<IndonesianAmounts.Amount> amounts, int end, String s) {
        return amounts.stream().filter(amount -> amount.start() >= end && amount.start() - end <= 25
                        && sameClause(s, end, amount))
                .mapToInt(IndonesianAmounts.Amount::end).findFirst().orElse(end);
    }

    private static boolean sameClause(String s, int at, IndonesianAmounts.Amount amount) {
        int from = Math.min(at, amount.start());
        int to = Math.max(at, amount.end());
        String between = s.substring(from, to);
        return !between.contains(ScreeningNormaliser.BOUNDARY) && !between.contains(ScreeningNormaliser.LIST_BREAK);
    }

    private static ScreeningEvidence hit(ScreeningText text, String rule, int start, int end, String phrase) {
        return new ScreeningEvidence(rule, text.original(start, end), phrase.equals("fe") ? "fee" : phrase);
    }
}
