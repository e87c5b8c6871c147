package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.environment;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.read;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.touch;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.withKubeconfig;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.NamespaceMode;
import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeconfigChange;

/** The service: writes through the defining file, keeps IDE choices in memory, watches and publishes. */
class DefaultKubeconfigServiceTest {

	private static final long DEADLINE_SECONDS = 20;

	private static final String FIRST = """
			# first file
			apiVersion: v1
			kind: Config
			preferences: {}
			clusters:
			- name: c
			  cluster:
			    server: https://c:6443
			    extensions:
			    - name: x
			      extension: {keep: this}
			users:
			- name: u
			  user:
			    token: t
			contexts:
			- name: dev
			  context:
			    cluster: c   # the only cluster
			    user: u
			- name: ops
			  context: {cluster: c, user: u, namespace: kube-system}
			""";

	private static final String SECOND = """
			current-context: dev # set by kubectl
			contexts:
			- name: staging
			  context:
			    cluster: c
			    namespace: staging-ns
			""";

	@TempDir
	Path dir;

	private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.defaults());
	private final List<KubeconfigChange> changes = new CopyOnWriteArrayList<>();
	private DefaultKubeconfigService service;

	@AfterEach
	void close() {
		if (service != null) {
			service.close();
		}
	}

	private DefaultKubeconfigService start(KubeEnvironment environment) {
		return start(environment, new AtomicFileWriter());
	}

	private DefaultKubeconfigService start(KubeEnvironment environment, AtomicFileWriter writer) {
		service = new DefaultKubeconfigService(settings::get, environment, writer, Duration.ofMillis(50));
		service.current();
		service.addListener(changes::add);
		return service;
	}

	@Test
	void setActiveNamespaceWritesTheOneLineAndPublishesAtOnce() throws Exception {
		Path first = write(dir.resolve("a/config"), FIRST);
		start(withKubeconfig(dir, first));

		service.setActiveNamespace("dev", "team-a");

		assertEquals(FIRST.replace("    user: u\n- name: ops", "    user: u\n    namespace: team-a\n- name: ops"),
				read(first));
		assertEquals(1, changes.size(), changes.toString());
		assertEquals(Set.of("dev"), changes.get(0).changed());
		assertEquals("team-a", service.activeNamespace("dev"));
		assertEquals("team-a", service.current().context("dev").orElseThrow().namespace());
	}

	@Test
	void writesIntoTheFileThatDefinesTheContext() throws Exception {
		Path first = write(dir.resolve("a/config"), FIRST);
		Path second = write(dir.resolve("b/config"), SECOND);
		start(withKubeconfig(dir, first, second));

		service.setActiveNamespace("staging", "other");

		assertEquals(FIRST, read(first));
		assertEquals(SECOND.replace("namespace: staging-ns", "namespace: other"), read(second));
	}

	@Test
	void writingKeepsTheModeAndTheSymlink() throws Exception {
		Path target = write(dir.resolve("dotfiles/kubeconfig"), FIRST);
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
		Path link = Files.createSymbolicLink(dir.resolve("config"), target);
		start(withKubeconfig(dir, link));

		service.setActiveNamespace("ops", "monitoring");

		assertTrue(Files.isSymbolicLink(link));
		assertEquals(FIRST.replace("namespace: kube-system", "namespace: monitoring"), read(target));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
	}

	@Test
	void aFailedWriteThrowsAndLeavesTheFileUntouched() throws Exception {
		Path first = write(dir.resolve("config"), FIRST);
		start(withKubeconfig(dir, first), new AtomicFileWriter() {
			@Override
			protected void replace(Path source, Path target) throws IOException {
				throw new IOException("simulated: read-only file system");
			}
		});

		KubeException error = assertThrows(KubeException.class, () -> service.setActiveNamespace("dev", "team-a"));

		assertEquals(ErrorKind.KUBECONFIG, error.kind());
		assertEquals("dev", error.context());
		assertTrue(error.getMessage().contains(first.toString()), error.getMessage());
		assertArrayEquals(FIRST.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(first));
		assertEquals("default", service.activeNamespace("dev"));
		assertTrue(changes.isEmpty());
	}

	@Test
	void aFileTheEditCannotHandleIsRefusedWithAKubeconfigError() throws Exception {
		String odd = "base: &b {cluster: c}\ncontexts:\n- name: shared\n  context: *b\n";
		Path file = write(dir.resolve("config"), odd + "clusters: [{name: c, cluster: {server: https://c}}]\n");
		start(withKubeconfig(dir, file));

		KubeException error = assertThrows(KubeException.class, () -> service.setActiveNamespace("shared", "x"));

		assertEquals(ErrorKind.KUBECONFIG, error.kind());
		assertTrue(read(file).startsWith(odd));
	}

	@Test
	void ideOnlyModeKeepsTheNamespaceInMemory() throws Exception {
		Path first = write(dir.resolve("config"), FIRST);
		FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(first, modified);
		settings.set(Settings.defaults().withNamespaceMode(NamespaceMode.IDE_ONLY));
		start(withKubeconfig(dir, first));

		service.setActiveNamespace("ops", "monitoring");

		assertEquals("monitoring", service.activeNamespace("ops"));
		assertArrayEquals(FIRST.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(first));
		assertEquals(modified, Files.getLastModifiedTime(first));
		assertEquals(1, changes.size());
		assertEquals(Set.of("ops"), changes.get(0).changed());
		// Back in kubeconfig mode, the file's namespace counts again.
		settings.set(Settings.defaults());
		assertEquals("kube-system", service.activeNamespace("ops"));
	}

	@Test
	void activeNamespaceFallsBackToTheContextsThenDefault() {
		start(withKubeconfig(dir, write(dir.resolve("config"), FIRST)));

		assertEquals("kube-system", service.activeNamespace("ops"));
		assertEquals("default", service.activeNamespace("dev"));
		assertEquals("default", service.activeNamespace("unknown"));
	}

	@Test
	void settingTheSameNamespaceAgainChangesNothing() throws Exception {
		Path first = write(dir.resolve("config"), FIRST);
		start(withKubeconfig(dir, first));

		service.setActiveNamespace("ops", "kube-system");

		assertEquals(FIRST, read(first));
		assertTrue(changes.isEmpty(), changes.toString());
	}

	@Test
	void theInClusterContextKeepsItsNamespaceInTheIde() throws Exception {
		Path serviceAccount = dir.resolve("sa");
		touch(serviceAccount.resolve("token"));
		touch(serviceAccount.resolve("ca.crt"));
		start(KubeEnvironment.of(java.util.Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1", "KUBERNETES_SERVICE_PORT", "443"),
				dir.resolve("home"), serviceAccount));

		service.setActiveNamespace("in-cluster", "apps");
		service.setCurrentContext("in-cluster");

		assertEquals("apps", service.activeNamespace("in-cluster"));
		assertEquals(1, changes.size());
	}

	@Test
	void setCurrentContextWritesTheFirstFileThatSetsOne() throws Exception {
		Path first = write(dir.resolve("a/config"), FIRST);
		Path second = write(dir.resolve("b/config"), SECOND);
		start(withKubeconfig(dir, first, second));

		service.setCurrentContext("ops");

		assertEquals(FIRST, read(first));
		assertEquals(SECOND.replace("current-context: dev # set by kubectl", "current-context: ops # set by kubectl"),
				read(second));
		assertEquals("ops", service.current().currentContext().orElseThrow());
		assertEquals(1, changes.size());
		assertTrue(changes.get(0).currentContextChanged());
	}

	@Test
	void setCurrentContextWritesTheFirstFileWhenNoneSetsOne() throws Exception {
		Path first = write(dir.resolve("a/config"), FIRST);
		Path second = write(dir.resolve("b/config"), SECOND.replace("current-context: dev # set by kubectl\n", ""));
		start(withKubeconfig(dir, first, second));

		service.setCurrentContext("staging");

		assertEquals(FIRST.replace("  context: {cluster: c, user: u, namespace: kube-system}\n",
						"  context: {cluster: c, user: u, namespace: kube-system}\ncurrent-context: staging\n"),
				read(first));
		assertEquals("staging", service.current().currentContext().orElseThrow());
	}

	@Test
	void anUnknownContextIsAKubeconfigError() {
		start(withKubeconfig(dir, write(dir.resolve("config"), FIRST)));

		assertEquals(ErrorKind.KUBECONFIG,
				assertThrows(KubeException.class, () -> service.setCurrentContext("nope")).kind());
		assertEquals(ErrorKind.KUBECONFIG,
				assertThrows(KubeException.class, () -> service.setActiveNamespace("nope", "x")).kind());
	}

	@Test
	void reloadWithoutChangesPublishesNothing() {
		start(withKubeconfig(dir, write(dir.resolve("config"), FIRST)));

		service.reload();
		service.reload();

		assertTrue(changes.isEmpty(), changes.toString());
	}

	@Test
	void theWatcherPublishesAddedRemovedAndChangedContexts() throws Exception {
		Path first = write(dir.resolve("config"), FIRST);
		start(withKubeconfig(dir, first));

		CompletableFuture<KubeconfigChange> added = awaitChange(c -> c.added().contains("prod"));
		replace(first, FIRST + "- name: prod\n  context: {cluster: c, user: u}\n");
		KubeconfigChange addedChange = added.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
		assertTrue(addedChange.removed().isEmpty() && addedChange.changed().isEmpty(), addedChange.toString());

		CompletableFuture<KubeconfigChange> changed = awaitChange(c -> !c.changed().isEmpty());
		replace(first, FIRST.replace("https://c:6443", "https://moved:6443")
				+ "- name: prod\n  context: {cluster: c, user: u}\n");
		assertEquals(Set.of("dev", "ops", "prod"), changed.get(DEADLINE_SECONDS, TimeUnit.SECONDS).changed());

		CompletableFuture<KubeconfigChange> removed = awaitChange(c -> !c.removed().isEmpty());
		replace(first, FIRST.replace("https://c:6443", "https://moved:6443"));
		assertEquals(Set.of("prod"), removed.get(DEADLINE_SECONDS, TimeUnit.SECONDS).removed());
		assertEquals("https://moved:6443", service.current().context("dev").orElseThrow().server());
	}

	@Test
	void theWatcherNoticesAnEditInPlace() throws Exception {
		Path first = write(dir.resolve("config"), FIRST);
		start(withKubeconfig(dir, first));

		CompletableFuture<KubeconfigChange> current = awaitChange(KubeconfigChange::currentContextChanged);
		// kubectl rewrites the file in place rather than renaming.
		Files.writeString(first, FIRST + "current-context: ops\n");

		assertEquals("ops", current.get(DEADLINE_SECONDS, TimeUnit.SECONDS).after().currentContext().orElseThrow());
	}

	@Test
	void theWatcherFollowsASymlinkedKubeconfigToItsTarget() throws Exception {
		Path target = write(dir.resolve("dotfiles/kubeconfig"), FIRST);
		Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("home/.kube")).resolve("config"), target);
		start(withKubeconfig(dir, link));
		assertTrue(service.watchedDirectories().contains(target.getParent()), service.watchedDirectories().toString());

		CompletableFuture<KubeconfigChange> added = awaitChange(c -> c.added().contains("prod"));
		// Only the target's directory sees this event: the link itself does not change.
		replace(target, FIRST + "- name: prod\n  context: {cluster: c, user: u}\n");

		assertEquals(Set.of("prod"), added.get(DEADLINE_SECONDS, TimeUnit.SECONDS).added());
	}

	@Test
	void theWatcherNoticesAListedFileThatAppearsLater() throws Exception {
		Path first = write(dir.resolve("a/config"), FIRST);
		Path later = dir.resolve("b/config");
		Files.createDirectories(later.getParent());
		start(withKubeconfig(dir, first, later));
		assertEquals(List.of(first), service.current().files());

		CompletableFuture<KubeconfigChange> added = awaitChange(c -> c.added().contains("staging"));
		replace(later, SECOND);

		assertEquals(List.of(first, later), added.get(DEADLINE_SECONDS, TimeUnit.SECONDS).after().files());
	}

	@Test
	void theWatcherNoticesAHomeConfigCreatedLater() throws Exception {
		Path home = dir.resolve("home");
		Files.createDirectories(home.resolve(".kube"));
		start(environment(home));
		assertTrue(service.current().contexts().isEmpty());
		assertTrue(service.watchedDirectories().contains(home.resolve(".kube")), service.watchedDirectories().toString());

		CompletableFuture<KubeconfigChange> added = awaitChange(c -> c.added().contains("dev"));
		replace(home.resolve(".kube/config"), FIRST);

		assertEquals(Set.of("dev", "ops"), added.get(DEADLINE_SECONDS, TimeUnit.SECONDS).added());
	}

	@Test
	void changedSettingsAreUsedByTheNextReload() {
		Path first = write(dir.resolve("a/config"), FIRST);
		Path second = write(dir.resolve("b/config"), SECOND);
		start(withKubeconfig(dir, first));

		settings.set(Settings.defaults().withKubeconfigFiles(List.of(second)));
		service.reload();

		assertEquals(List.of(second), service.current().files());
		KubeconfigChange change = changes.get(changes.size() - 1);
		assertEquals(Set.of("staging"), change.added());
		assertEquals(Set.of("dev", "ops"), change.removed());
		assertTrue(service.watchedDirectories().contains(second.getParent()));
	}

	@Test
	void closeStopsTheWatcher() {
		start(withKubeconfig(dir, write(dir.resolve("config"), FIRST)));
		assertTrue(service.isWatching());

		service.close();

		assertFalse(service.isWatching());
		assertTrue(service.watchedDirectories().isEmpty());
		// Snapshots stay readable after close.
		assertNull(service.current().context("dev").orElseThrow().problem());
	}

	private CompletableFuture<KubeconfigChange> awaitChange(Predicate<KubeconfigChange> condition) {
		CompletableFuture<KubeconfigChange> future = new CompletableFuture<>();
		service.addListener(change -> {
			if (condition.test(change)) {
				future.complete(change);
			}
		});
		return future;
	}

	/** Replaces a file the way editors do: write beside it, rename over it. */
	private static void replace(Path file, String content) throws IOException {
		Path temp = Files.createTempFile(file.getParent(), ".edit", ".tmp");
		Files.writeString(temp, content);
		Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}
}
