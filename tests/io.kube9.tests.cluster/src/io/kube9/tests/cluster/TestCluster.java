package io.kube9.tests.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.kube9.tests.cluster.internal.AdminHttp;
import io.kube9.tests.cluster.internal.ApiServerRestart;
import io.kube9.tests.cluster.internal.Binaries;
import io.kube9.tests.cluster.internal.Blackhole;
import io.kube9.tests.cluster.internal.ClusterFiles;
import io.kube9.tests.cluster.internal.ClusterLauncher;
import io.kube9.tests.cluster.internal.ClusterState;
import io.kube9.tests.cluster.internal.Clients;
import io.kube9.tests.cluster.internal.DemoPods;
import io.kube9.tests.cluster.internal.Directories;
import io.kube9.tests.cluster.internal.KubeconfigWriter;
import io.kube9.tests.cluster.internal.Owner;
import io.kube9.tests.cluster.internal.RefusedPort;
import io.kube9.tests.cluster.internal.Tokens;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;

/**
 * A running test cluster on loopback (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok as
 * the kubelet of every node), seeded, with the kubeconfig set written for this JVM. Get the
 * shared one from {@link SharedTestCluster#get} (or have {@link WithTestCluster} inject it), or start a private
 * one with {@link #start}.
 */
public final class TestCluster {

	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
	public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

	private final ClusterState state;
	private final Kubeconfigs kubeconfigs;
	private final Set<Seed> seeds;
	private final LargeSeed.Spec largeSpec;
	private final boolean shared;
	private final AtomicBoolean stopped = new AtomicBoolean();
	private ApiClient adminClient;
	private List<SeededPod> demoPods;

	TestCluster(ClusterState state, Kubeconfigs kubeconfigs, Set<Seed> seeds, LargeSeed.Spec largeSpec,
			boolean shared) {
		this.state = state;
		this.kubeconfigs = kubeconfigs;
		this.seeds = seeds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(seeds));
		this.largeSpec = largeSpec;
		this.shared = shared;
	}

	/**
	 * Starts a new cluster of its own (not shared, not reused) in {@code clusterDirectory}, owned by this JVM: it
	 * stops with {@link #stop()}, and a watchdog kills it if this JVM dies. Seeds it and writes the kubeconfig set
	 * into {@code kubeconfigDirectory}.
	 *
	 * @param largeSpec the size of the large seed; only used when {@code seeds} has {@link Seed#LARGE}
	 */
	public static TestCluster start(Path clusterDirectory, Path kubeconfigDirectory, Set<Seed> seeds,
			LargeSeed.Spec largeSpec) throws IOException, InterruptedException, ApiException {
		ClusterState state = ClusterLauncher.start(new ClusterFiles(clusterDirectory), Binaries.directory(),
				Owner.thisJvm());
		TestCluster cluster = new TestCluster(state, writeKubeconfigs(state, kubeconfigDirectory), seeds,
				seeds.contains(Seed.LARGE) ? largeSpec : null, false);
		try {
			ClusterPreparation.prepare(cluster, state);
		} catch (IOException | InterruptedException | ApiException | RuntimeException e) {
			cluster.stop();
			throw e;
		}
		return cluster;
	}

	static Kubeconfigs writeKubeconfigs(ClusterState state, Path directory) throws IOException {
		ClusterFiles files = state.files();
		return KubeconfigWriter.write(directory,
				new KubeconfigWriter.Inputs("https://127.0.0.1:" + state.apiServerPort(),
						Files.readAllBytes(files.caCertificate()), Files.readAllBytes(files.adminCertificate()),
						Files.readAllBytes(files.adminKey()), Tokens.read(files.tokens()), Tokens.unknown(),
						RefusedPort.port(), Blackhole.port()));
	}

	/**
	 * Stops the API server; etcd, the controllers and kwok run on. {@link #startApiServer()} brings it back on the
	 * same port. For tests of lost and regained connections: a shared cluster's other users see it too.
	 */
	public void stopApiServer() {
		if (!ApiServerRestart.stop(state)) {
			throw new IllegalStateException("the API server of " + this + " did not stop");
		}
	}

	/** Starts the API server again after {@link #stopApiServer()}, on the same port; returns once it is ready. */
	public void startApiServer() throws IOException, InterruptedException {
		ApiServerRestart.start(state);
	}

	/** https://127.0.0.1:PORT */
	public String server() {
		return "https://127.0.0.1:" + port();
	}

	public int port() {
		return state.apiServerPort();
	}

	/**
	 * The cluster's own folder: certificates, tokens, etcd data, kwok's configuration, the pods' log files and
	 * exec sandbox, and each process's log (logs/apiserver.log, logs/kwok.log, ...).
	 */
	public Path directory() {
		return state.files().directory();
	}

	/** The CA that signed the serving and client certificates (PEM). */
	public Path caCertificate() {
		return state.files().caCertificate();
	}

	public Kubeconfigs kubeconfigs() {
		return kubeconfigs;
	}

	public Set<Seed> seeds() {
		return seeds;
	}

	/** The size of the large seed, or null when the cluster has none. */
	public LargeSeed.Spec largeSpec() {
		return largeSpec;
	}

	public boolean isShared() {
		return shared;
	}

	/** The pid of the process whose end stops this cluster (the test session or the JVM that started it). */
	public long ownerPid() {
		return state.owner().pid();
	}

	/** Whether /readyz answers 200 to the admin credentials right now. */
	public boolean isReady() throws IOException, InterruptedException {
		return AdminHttp.of(state.files()).ready(port());
	}

	/** The admin client (cluster admin by client certificate), built once. */
	public synchronized ApiClient adminClient() throws IOException {
		if (adminClient == null) {
			adminClient = client(Contexts.ADMIN);
		}
		return adminClient;
	}

	/** A new client for a context of {@link Kubeconfigs#all()}, with {@link #CONNECT_TIMEOUT} and {@link #READ_TIMEOUT}. */
	public ApiClient client(String context) throws IOException {
		return client(context, CONNECT_TIMEOUT, READ_TIMEOUT);
	}

	public ApiClient client(String context, Duration connectTimeout, Duration readTimeout) throws IOException {
		return Clients.build(kubeconfigs.all(), context, connectTimeout, readTimeout);
	}

	/**
	 * A new namespace that {@link TemporaryNamespace#close()} removes again with what was created in it, so a
	 * shared cluster keeps matching the seed for later tests.
	 */
	public TemporaryNamespace temporaryNamespace(String prefix)
			throws IOException, ApiException, InterruptedException {
		return TemporaryNamespace.create(adminClient(), prefix);
	}

	/** The demo seed's pods as this cluster named them, read once (see {@link DemoSeed#pods(TestCluster)}). */
	synchronized List<SeededPod> demoPods() {
		if (!seeds.contains(Seed.DEMO)) {
			throw new IllegalStateException(this + " holds no demo seed");
		}
		if (demoPods == null) {
			try {
				demoPods = DemoPods.resolve(adminClient());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (ApiException e) {
				throw new IllegalStateException("Cannot list the demo seed's pods: HTTP " + e.getCode(), e);
			}
		}
		return demoPods;
	}

	/**
	 * Stops a cluster started with {@link #start} and deletes its folder. Shared clusters are stopped with
	 * {@link SharedTestCluster#stopAll()} only, since other test JVMs may still use them.
	 */
	public void stop() throws IOException {
		if (shared) {
			throw new IllegalStateException("A shared cluster is stopped with SharedTestCluster.stopAll()");
		}
		if (stopped.compareAndSet(false, true)) {
			if (!ClusterLauncher.stop(state)) {
				throw new IOException("Some test cluster processes did not stop: " + state.processesInStopOrder());
			}
			Directories.deleteRecursively(directory());
		}
	}

	ClusterState state() {
		return state;
	}

	@Override
	public String toString() {
		return "TestCluster[" + server() + (shared ? ", shared" : "") + ", seeds " + seeds + "]";
	}
}
