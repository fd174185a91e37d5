package id.infoloker.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void ipv4AddressIsTheKey() {
        assertThat(ClientKeys.address(new InetSocketAddress("203.0.113.7", 50000))).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6AddressesOfOneSubscriberShareTheirSlash64() {
        String first = ClientKeys.address(new InetSocketAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 50000));
        String second = ClientKeys.address(new InetSocketAddress("2001:db8:1:2:1:2:3:4", 50000));
        String otherSubscriber = ClientKeys.address(new InetSocketAddress("2001:db8:1:3:1:2:3:4", 50000));

        assertThat(first).isEqualTo(second).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(otherSubscriber).isNotEqualTo(first);
    }

    @Test
    void missingAddressIsOneSharedKey() {
        assertThat(ClientKeys.address(null)).isEqualTo("unknown");
    }
}
