package id.infoloker.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventLoopsTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(EventLoops.WORKER_COUNT);
        System.clearProperty(EventLoops.WORKER_COUNT);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(EventLoops.WORKER_COUNT);
        } else {
            System.setProperty(EventLoops.WORKER_COUNT, before);
        }
    }

    @Test
    void withoutAnOperatorsChoiceThereIsOneLoopPerCoreAndAtLeastTwo() {
        EventLoops.oneToACore();

        assertThat(Integer.parseInt(System.getProperty(EventLoops.WORKER_COUNT)))
                .isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void anOperatorsOwnCountIsKept() {
        System.setProperty(EventLoops.WORKER_COUNT, "6");

        EventLoops.oneToACore();

        assertThat(System.getProperty(EventLoops.WORKER_COUNT)).isEqualTo("6");
    }
}
