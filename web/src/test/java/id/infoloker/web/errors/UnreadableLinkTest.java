package id.infoloker.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Links with parameters that are not UTF-8, or with names the firewall refuses, get the 400 page, never a 500. */
class UnreadableLinkTest extends PortalTest {

    @Test
    void aSearchLinkWithBytesThatAreNotUtf8IsThe400Page() {
        // %ED%A0%80 is a lone surrogate in CESU-8: no UTF-8 decoder accepts it.
        HttpResponse<String> page = open("/?q=%ED%A0%80");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html").doesNotContain("Exception");
    }

    @Test
    void aParameterNameTheFirewallRefusesIsThe400Page() {
        HttpResponse<String> page = open("/?q=operator&%CD%B8=1");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html");
    }
}
