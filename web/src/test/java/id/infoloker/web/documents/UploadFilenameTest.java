package id.infoloker.web.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadFilenameTest {

    @Test
    void foldersControlCharactersAndQuotesNeverReachTheCallToAccountService() {
        assertThat(DocumentPages.filename("C:\\fakepath\\ktp.jpg")).isEqualTo("ktp.jpg");
        assertThat(DocumentPages.filename("ktp\u0000.pdf")).isEqualTo("ktp.pdf");
        assertThat(DocumentPages.filename("ktp\r\nContent-Disposition: inline\r\n\r\n.pdf"))
                .isEqualTo("ktpContent-Disposition: inline.pdf");
        assertThat(DocumentPages.filename("a\".pdf")).isEqualTo("a.pdf");
        assertThat(DocumentPages.filename("\r\n")).isEqualTo("dokumen");
    }
}
