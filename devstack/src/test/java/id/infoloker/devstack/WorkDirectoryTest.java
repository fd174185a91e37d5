package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDirectoryTest {

    @Test
    void startsEveryRunFromAnEmptyDirectory(@TempDir Path root) throws IOException {
        Path work = root.resolve(".devstack");
        WorkDirectory.prepare(work);
        Files.createDirectories(work.resolve("kafka/data"));
        Files.writeString(work.resolve("kafka/data/meta.properties"), "cluster.id=old");
        WorkDirectory.release(work);

        WorkDirectory.prepare(work);

        assertThat(work.resolve("kafka")).doesNotExist();
        assertThat(work.resolve("logs")).isDirectory();
        assertThat(work.resolve(WorkDirectory.MARKER_FILE)).exists();
    }

    @Test
    void neverWipesADirectoryItDidNotMake(@TempDir Path root) throws IOException {
        Path precious = Files.writeString(root.resolve("thesis.txt"), "four years of work");

        assertThatThrownBy(() -> WorkDirectory.prepare(root))
                .isInstanceOf(DevstackException.class)
                .hasMessageContaining("was not made by the devstack");
        assertThat(precious).exists();
    }

    @Test
    void refusesTheDirectoryOfADevstackThatIsStillRunning(@TempDir Path root) throws IOException {
        Path work = root.resolve(".devstack");
        WorkDirectory.prepare(work);
        Files.writeString(work.resolve("logs/account-service.log"), "still being written");

        assertThatThrownBy(() -> WorkDirectory.prepare(work))
                .isInstanceOf(DevstackException.class)
                .hasMessageContaining("still running (pid " + ProcessHandle.current().pid() + ")");
        assertThat(work.resolve("logs/account-service.log")).exists();

        WorkDirectory.release(work);
        WorkDirectory.prepare(work);
        assertThat(work.resolve("logs/account-service.log")).doesNotExist();
    }

    @Test
    void ignoresAnOwnerThatIsGone(@TempDir Path root) throws IOException {
        Path work = root.resolve(".devstack");
        WorkDirectory.prepare(work);
        Files.writeString(work.resolve(WorkDirectory.OWNER_FILE), "999999999 2020-01-01T00:00:00Z\n");

        WorkDirectory.prepare(work);

        assertThat(WorkDirectory.runningOwner(work)).contains(ProcessHandle.current());
        WorkDirectory.release(work);
    }

    @Test
    void findsNoLeftoversOfARunThatNeverHappened(@TempDir Path root) {
        assertThat(WorkDirectory.leftovers(root.resolve(".devstack"))).isEmpty();
    }
}
