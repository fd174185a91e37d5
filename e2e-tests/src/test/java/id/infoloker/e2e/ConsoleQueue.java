package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What the console's browser tests share: an empty queue to start from, and "is this image on screen". */
final class ConsoleQueue {

    /** Approves whatever other tests left waiting, so a test's own cases are the queue's head. */
    static void drain(Api api, String verifierToken) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response claimed = api.post("/api/verification/cases/claim-next", "", verifierToken);
            if (claimed.status() == 204) {
                return true;
            }
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
            api.post("/api/verification/cases/" + claimed.json().get("id").asString() + "/decision",
                    Map.of("outcome", "APPROVED"), verifierToken);
            return false;
        });
    }

    /** True once the image has loaded with a real size (not a broken-image icon). */
    static boolean isRendered(WebDriver browser, WebElement image) {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return width instanceof Number number && number.longValue() > 0;
    }

    private ConsoleQueue() {
    }
}
