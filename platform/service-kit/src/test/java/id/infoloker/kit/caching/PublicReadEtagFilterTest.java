package id.infoloker.kit.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicReadEtagFilterTest {

    @Test
    void onlyAnAnswerSayingPublicAndNeitherPrivateNorNoStoreIsTagged() {
        assertThat(PublicReadEtagFilter.isPublic("public, s-maxage=30, stale-while-revalidate=60")).isTrue();
        assertThat(PublicReadEtagFilter.isPublic("PUBLIC,max-age=5")).isTrue();

        assertThat(PublicReadEtagFilter.isPublic(null)).isFalse();
        assertThat(PublicReadEtagFilter.isPublic("max-age=30")).isFalse();
        assertThat(PublicReadEtagFilter.isPublic("private, no-store")).isFalse();
        assertThat(PublicReadEtagFilter.isPublic("public, s-maxage=30, private")).isFalse();
        assertThat(PublicReadEtagFilter.isPublic("No-Store, public")).isFalse();
        assertThat(PublicReadEtagFilter.isPublic("private=\"Set-Cookie\", public")).isFalse();
        assertThat(PublicReadEtagFilter.isPublic("no-cache, no-store, max-age=0, must-revalidate")).isFalse();
    }

    @Test
    void theTagIsAQuotedStrongValidatorThatChangesWithAnyByteOfTheBody() {
        byte[] body = "{\"items\":[{\"title\":\"Operator Produksi\",\"salaryMin\":5200000}]}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] oneDigitChanged = "{\"items\":[{\"title\":\"Operator Produksi\",\"salaryMin\":5300000}]}"
                .getBytes(StandardCharsets.UTF_8);

        String tag = PublicReadEtagFilter.tagOf(body);
        assertThat(tag).matches("\"[0-9a-f]+-[0-9a-f]+\"");
        assertThat(PublicReadEtagFilter.tagOf(body.clone())).isEqualTo(tag);
        assertThat(PublicReadEtagFilter.tagOf(oneDigitChanged)).isNotEqualTo(tag);
        assertThat(PublicReadEtagFilter.tagOf(new byte[0])).isNotEqualTo(PublicReadEtagFilter.tagOf(new byte[1]));
    }
}
