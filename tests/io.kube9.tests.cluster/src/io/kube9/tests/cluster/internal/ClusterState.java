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
 * What a later JVM needs to find, check, reuse or stop a cluster: ports, processes (by {@link Component}),
 * owner, and whether start-up and seeding finished. Stored as a properties file in the cluster's directory.
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

	/** Records a started process of the cluster, and its port when it has one (0: none). */
	public void process(Component component, RecordedProcess process, int port) {
		process.store(properties, component.id());
		if (port > 0) {
			properties.setProperty(component.id() + ".port", Integer.toString(port));
		}
	}

	public Optional<RecordedProcess> process(Component component) {
		return RecordedProcess.load(properties, component.id());
	}

	/** The port a component serves on, or -1 when it has none (yet). */
	public int port(Component component) {
		return Integer.parseInt(properties.getProperty(component.id() + ".port", "-1"));
	}

	public int apiServerPort() {
		return port(Component.API_SERVER);
	}

	public Optional<RecordedProcess> etcdProcess() {
		return process(Component.ETCD);
	}

	public Optional<RecordedProcess> apiServerProcess() {
		return process(Component.API_SERVER);
	}

	/** The recorded processes in {@link Component#STOP_ORDER}. */
	public List<RecordedProcess> processesInStopOrder() {
		List<RecordedProcess> processes = new ArrayList<>();
		for (Component component : Component.STOP_ORDER) {
			process(component).ifPresent(processes::add);
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

	/** Whether every server process the cluster runs (all but the watchdog) is alive. */
	public boolean serversAlive() {
		for (Component component : Component.BUILT) {
			if (!process(component).map(RecordedProcess::alive).orElse(false)) {
				return false;
			}
		}
		return true;
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
