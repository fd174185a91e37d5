package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class KecamatanCatalogTest {

    @Test
    void karawangHasThirtyKecamatan() {
        KecamatanCatalog catalog = KecamatanCatalog.load(new ClassPathResource("regency/karawang-kecamatan.tsv"));

        assertThat(catalog.all()).hasSize(30);
        assertThat(catalog.find("321501")).map(KecamatanCatalog.Kecamatan::name).contains("KARAWANG BARAT");
        assertThat(catalog.find("321530")).map(KecamatanCatalog.Kecamatan::name).contains("CILEBAR");
        assertThat(catalog.contains("321531")).isFalse();
        assertThat(catalog.contains("code")).as("the header is not a kecamatan").isFalse();
        assertThat(catalog.contains(null)).isFalse();
    }

    @Test
    void anEmptyOrMalformedFileStopsTheStart() {
        assertThatThrownBy(() -> KecamatanCatalog.load(resource("code\tname\n")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KecamatanCatalog.load(resource("code\tname\n321501 KARAWANG BARAT\n")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ByteArrayResource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
