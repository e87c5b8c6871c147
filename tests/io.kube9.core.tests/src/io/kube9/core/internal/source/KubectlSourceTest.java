package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.Settings;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;

/** The command line and environment kubectl is started with, recorded by a stand-in script. */
class KubectlSourceTest {

	@TempDir
	Path directory;

	private Path kubectl;
	private Path record;

	@BeforeEach
	void recordingKubectl() throws IOException {
		record = directory.resolve("record");
		kubectl = directory.resolve("kubectl");
		Files.writeString(kubectl, "#!/bin/sh\n" //
				+ "printf '%s\\n' \"$@\" > '" + record + "'\n" //
				+ "echo \"KUBECONFIG=${KUBECONFIG-unset}\" >> '" + record + "'\n" //
				+ "echo '{\"kind\":\"List\",\"items\":[]}'\n");
		Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwx------"));
	}

	@Test
	void anExplicitFileIsPassedAsKubeconfigArgument() throws Exception {
		Path file = directory.resolve("explicit");
		list(Settings.defaults().withKubeconfigFiles(List.of(file)), List.of(file));

		List<String> recorded = recorded();
		assertEquals(List.of("get", "pods", "-o", "json", "-n", "team-a", "--request-timeout=30s",
				"--context", "ctx", "--kubeconfig", file.toString(), "KUBECONFIG=unset"), recorded);
	}

	@Test
	void theLoadedFilesAreMergedThroughTheEnvironmentOtherwise() throws Exception {
		Path first = directory.resolve("first");
		Path second = directory.resolve("second");
		list(Settings.defaults(), List.of(first, second));

		List<String> recorded = recorded();
		assertEquals("KUBECONFIG=" + first + ":" + second, recorded.get(recorded.size() - 1));
		assertEquals(-1, recorded.indexOf("--kubeconfig"));
	}

	@Test
	void aQueryTimeLimitBecomesKubectlsRequestTimeout() throws Exception {
		list(Settings.defaults(), List.of(), ResourceQuery.of("ctx", ResourceKinds.NODES)
				.withTimeout(Duration.ofMillis(1500)));

		assertTrue(recorded().contains("--request-timeout=1500ms"), recorded().toString());
	}

	private void list(Settings settings, List<Path> loaded) throws Exception {
		list(settings, loaded, ResourceQuery.of("ctx", ResourceKinds.PODS).inNamespace("team-a"));
	}

	private void list(Settings settings, List<Path> loaded, ResourceQuery query) throws Exception {
		Settings withKubectl = settings.withKubectlPath(kubectl.toString());
		KubectlSource source = new KubectlSource(() -> withKubectl, () -> loaded,
				new Executables(Map.of("PATH", "/usr/bin:/bin"), directory));
		source.list(query, CancellationSignal.none());
	}

	private List<String> recorded() throws IOException {
		return Files.readAllLines(record);
	}
}
