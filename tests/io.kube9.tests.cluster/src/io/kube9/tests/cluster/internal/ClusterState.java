package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a later JVM needs to find, check, reuse or stop a cluster: ports, processes, owner, certificate paths,
 * and whether start-up and seeding finished. Stored as a properties file in the cluster's directory.
 */
public final class ClusterState {

	/** Start-up finished (processes ready, users and RBAC in place). */
	public static final String PHASE_READY = "ready";
	public static final String PHASE_STARTING = "starting";

	private final ClusterFiles files;
	private final Properties properties;

	private ClusterState(ClusterFiles files, Properties properties) {
		this.files = files;
		this.properties = properties;
	}

	public static ClusterState create(ClusterFiles files, RecordedProcess owner) {
		ClusterState state = new ClusterState(files, new Properties());
		owner.store(state.properties, "owner");
		state.properties.setProperty("phase", PHASE_STARTING);
		return state;
	}

	public static Optional<ClusterState> load(ClusterFiles files) throws IOException {
		if (!Files.isRegularFile(files.state())) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(files.state(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return Optional.of(new ClusterState(files, properties));
	}

	/** Written to a temporary file and moved, so a reader never sees half a state. */
	public void save() throws IOException {
		Files.createDirectories(files.directory());
		var temporary = files.directory().resolve("state.properties.tmp");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(writer, "kube9 test cluster");
		}
		Files.move(temporary, files.state(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	public ClusterFiles files() {
		return files;
	}

	public RecordedProcess owner() {
		return RecordedProcess.load(properties, "owner").orElseThrow();
	}

	public void etcd(EtcdProcess.Started etcd) {
		etcd.process().store(properties, "etcd");
		etcd.watchdog().store(properties, "etcd.watchdog");
	}

	public void apiServer(ApiServerProcess.Started apiServer) {
		properties.setProperty("apiserver.port", Integer.toString(apiServer.port()));
		apiServer.process().store(properties, "apiserver");
		apiServer.watchdog().store(properties, "apiserver.watchdog");
	}

	public int apiServerPort() {
		return Integer.parseInt(properties.getProperty("apiserver.port", "-1"));
	}

	public Optional<RecordedProcess> etcdProcess() {
		return RecordedProcess.load(properties, "etcd");
	}

	public Optional<RecordedProcess> apiServerProcess() {
		return RecordedProcess.load(properties, "apiserver");
	}

	/** The API server first: it must not outlive its storage. Watchdogs last; they end on their own anyway. */
	public List<RecordedProcess> processesInStopOrder() {
		List<RecordedProcess> processes = new ArrayList<>();
		for (String prefix : new String[] { "apiserver", "etcd", "apiserver.watchdog", "etcd.watchdog" }) {
			RecordedProcess.load(properties, prefix).ifPresent(processes::add);
		}
		return processes;
	}

	/** Stops every recorded process that still runs (and is still the recorded one). True when none is left. */
	public boolean stopProcesses(Duration grace) {
		boolean allGone = true;
		for (RecordedProcess process : processesInStopOrder()) {
			allGone &= process.stop(grace);
		}
		return allGone;
	}

	public String phase() {
		return properties.getProperty("phase", PHASE_STARTING);
	}

	public void phase(String phase) {
		properties.setProperty("phase", phase);
	}

	/** A seed started but not finished; a JVM that died while seeding leaves this behind. */
	public Optional<String> seeding() {
		return Optional.ofNullable(properties.getProperty("seeding"));
	}

	public void seeding(String seed) {
		if (seed == null) {
			properties.remove("seeding");
		} else {
			properties.setProperty("seeding", seed);
		}
	}
}
