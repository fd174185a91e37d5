package id.infoloker.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void newIdsAreVersion4UuidsThatDoNotRepeat() {
        Set<UUID> ids = IntStream.range(0, 100_000).mapToObj(i -> RequestIdFilter.randomUuid())
                .collect(Collectors.toSet());

        assertThat(ids).hasSize(100_000);
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(UUID.fromString(id.toString())).isEqualTo(id);
        });
    }

    @Test
    void aSaneIncomingIdIsKeptAndAnythingElseReplaced() {
        assertThat(RequestIdFilter.acceptedOrNew(List.of("mobile-4f2a9c1e-0001"))).isEqualTo("mobile-4f2a9c1e-0001");
        assertThat(RequestIdFilter.acceptedOrNew(List.of("bad id\r\nX-Injected: 1"))).isNotEqualTo("bad id\r\nX-Injected: 1");
        assertThat(RequestIdFilter.acceptedOrNew(List.of("a-1", "a-2"))).matches("[0-9a-f-]{36}");
        assertThat(RequestIdFilter.acceptedOrNew(null)).matches("[0-9a-f-]{36}");
    }
}
