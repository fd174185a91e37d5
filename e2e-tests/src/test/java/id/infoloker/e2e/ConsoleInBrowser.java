package id.infoloker.e2e;

import id.infoloker.devstack.Devstack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test of the staff console needs: the shared devstack, an API client for setting up cases, and
 * one headless Chromium per test class (failing under CI, skipped loudly elsewhere, when Chromium is missing).
 */
abstract class ConsoleInBrowser {

    static Devstack platform;
    static Api api;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser(TestInfo test) {
        Browser.requireChromium(test.getTestClass().orElse(ConsoleInBrowser.class));
        platform = RunningPlatform.get();
        api = new Api(platform.gatewayUrl());
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
