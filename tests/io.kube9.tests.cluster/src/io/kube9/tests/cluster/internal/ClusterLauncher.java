package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the processes of one cluster directory and stops them again: the watchdog first; the pod backend
 * while etcd comes up; kube-apiserver; then side by side kube-controller-manager, kube-scheduler and kwok, which
 * need nothing but the API server. Knows processes and files only; users, RBAC and seed data are applied
 * through the API by the callers.
 */
public final class ClusterLauncher {

	/** Free ports are picked before the servers bind them; another process can win that race. */
	private static final int ATTEMPTS = 3;
	private static final Duration STOP_GRACE = Duration.ofSeconds(10);

	/** A server started on a given port and then waited for. */
	private interface Server {
		ServerProcess spawn(int port) throws IOException;

		ServerProcess.Started awaitReady(ServerProcess process, int port) throws IOException, InterruptedException;
	}

	private ClusterLauncher() {
	}

	/** Wipes the directory and starts a new cluster whose processes die with the owner. */
	public static ClusterState start(ClusterFiles files, Path binDir, RecordedProcess owner)
			throws IOException, InterruptedException {
		Instant begin = Instant.now();
		Directories.deleteRecursively(files.directory());
		Files.createDirectories(files.directory());
		ClusterState state = ClusterState.create(files, owner);
		state.process(Component.WATCHDOG, Watchdog.start(owner.pid(), files), 0);
		state.save();
		try {
			// etcd needs no certificates: it comes up while they and the other files are made.
			EtcdProcess.Spawned etcdSpawned = EtcdProcess.spawn(binDir, files);
			state.process(Component.ETCD, etcdSpawned.process().recorded(), 0);
			state.save();
			try {
				ClusterPki.generate(files);
			} catch (GeneralSecurityException e) {
				throw new IOException("Cannot generate the cluster certificates", e);
			}
			Tokens.generate().write(files.tokens());
			PodFiles.write(files, begin);
			Server backend = new Server() {
				@Override
				public ServerProcess spawn(int port) throws IOException {
					KwokConfiguration.write(files, port);
					return PodBackendProcess.spawn(binDir, files, port);
				}

				@Override
				public ServerProcess.Started awaitReady(ServerProcess process, int port) throws InterruptedException {
					return PodBackendProcess.awaitReady(process, port);
				}
			};
			int backendPort = FreePorts.next();
			ServerProcess backendProcess = spawn(state, Component.POD_BACKEND, backend, backendPort);

			ServerProcess.Started etcd = null;
			for (int attempt = 1; etcd == null; attempt++) {
				try {
					etcd = etcdSpawned.awaitReady();
				} catch (StartFailure e) {
					if (attempt == ATTEMPTS) {
						throw e;
					}
					Directories.deleteRecursively(files.etcdData());
					etcdSpawned = EtcdProcess.spawn(binDir, files);
					state.process(Component.ETCD, etcdSpawned.process().recorded(), 0);
					state.save();
				}
			}
			recordStarted(state, Component.ETCD, etcd);
			ready(state, Component.POD_BACKEND, backend, backendProcess, backendPort);
			Instant etcdReady = Instant.now();

			ServerProcess.Started apiServer = null;
			for (int attempt = 1; apiServer == null; attempt++) {
				try {
					apiServer = ApiServerProcess.start(binDir, files, etcd.port());
				} catch (StartFailure e) {
					if (attempt == ATTEMPTS) {
						throw e;
					}
				}
			}
			recordStarted(state, Component.API_SERVER, apiServer);
			Instant apiServerReady = Instant.now();

			ComponentKubeconfigs.write(files, apiServer.port());
			startSideBySide(state, clientsOfTheApiServer(binDir, files));
			Instant now = Instant.now();
			Log.info("test cluster ready on 127.0.0.1:%d after %s (certificates, pod backend and etcd %s,"
					+ " kube-apiserver %s, controller-manager, scheduler and kwok %s; %s)", apiServer.port(),
					Log.seconds(Duration.between(begin, now)), Log.seconds(Duration.between(begin, etcdReady)),
					Log.seconds(Duration.between(etcdReady, apiServerReady)),
					Log.seconds(Duration.between(apiServerReady, now)), files.directory());
			return state;
		} catch (IOException | InterruptedException | RuntimeException | Error e) {
			stop(state);
			throw e;
		}
	}

	/** Stops every process the state records. Returns true when none is left running. */
	public static boolean stop(ClusterState state) {
		return state.stopProcesses(STOP_GRACE);
	}

	private static Map<Component, Server> clientsOfTheApiServer(Path binDir, ClusterFiles files) {
		Map<Component, Server> servers = new LinkedHashMap<>();
		servers.put(Component.CONTROLLER_MANAGER, new Server() {
			@Override
			public ServerProcess spawn(int port) throws IOException {
				return ControlPlaneProcesses.spawnControllerManager(binDir, files, port);
			}

			@Override
			public ServerProcess.Started awaitReady(ServerProcess process, int port)
					throws IOException, InterruptedException {
				return ControlPlaneProcesses.awaitReady(process, files, port);
			}
		});
		servers.put(Component.SCHEDULER, new Server() {
			@Override
			public ServerProcess spawn(int port) throws IOException {
				return ControlPlaneProcesses.spawnScheduler(binDir, files, port);
			}

			@Override
			public ServerProcess.Started awaitReady(ServerProcess process, int port)
					throws IOException, InterruptedException {
				return ControlPlaneProcesses.awaitReady(process, files, port);
			}
		});
		servers.put(Component.KWOK, new Server() {
			@Override
			public ServerProcess spawn(int port) throws IOException {
				return KwokProcess.spawn(binDir, files, port);
			}

			@Override
			public ServerProcess.Started awaitReady(ServerProcess process, int port)
					throws IOException, InterruptedException {
				return KwokProcess.awaitReady(process, files, port);
			}
		});
		return servers;
	}

	/** Spawns all, then waits for each: the slowest sets the time. */
	private static void startSideBySide(ClusterState state, Map<Component, Server> servers)
			throws IOException, InterruptedException {
		int[] ports = FreePorts.next(servers.size());
		Map<Component, ServerProcess> processes = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<Component, Server> server : servers.entrySet()) {
			processes.put(server.getKey(), spawn(state, server.getKey(), server.getValue(), ports[i++]));
		}
		i = 0;
		for (Map.Entry<Component, Server> server : servers.entrySet()) {
			ready(state, server.getKey(), server.getValue(), processes.get(server.getKey()), ports[i++]);
		}
	}

	/** Waits for a spawned server; if it failed (another process took its port), starts it again elsewhere. */
	private static void ready(ClusterState state, Component component, Server server, ServerProcess process,
			int port) throws IOException, InterruptedException {
		ServerProcess current = process;
		int currentPort = port;
		for (int attempt = 1;; attempt++) {
			try {
				recordStarted(state, component, server.awaitReady(current, currentPort));
				return;
			} catch (StartFailure e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
				Log.info("%s did not start on port %d; trying another: %s", component.binary(), currentPort,
						e.getMessage().lines().findFirst().orElse(""));
				currentPort = FreePorts.next();
				current = spawn(state, component, server, currentPort);
			}
		}
	}

	/** Recorded as soon as it runs, so a failure later in the start stops it too. */
	private static ServerProcess spawn(ClusterState state, Component component, Server server, int port)
			throws IOException {
		ServerProcess process = server.spawn(port);
		state.process(component, process.recorded(), 0);
		state.save();
		return process;
	}

	private static void recordStarted(ClusterState state, Component component, ServerProcess.Started started)
			throws IOException {
		state.process(component, started.process(), started.port());
		state.save();
	}
}
