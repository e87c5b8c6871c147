package io.kube9.core.internal.forward;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.forward.PortForward;
import io.kube9.core.forward.PortForwardRequest;
import io.kube9.core.forward.PortForwardService;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.KubectlCommand;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/**
 * The engine's forwards: each a kubectl process, watched for its end and, every few seconds, for its local port
 * still listening (told by binding it, so the check opens no stream to the pod) and its pod still there.
 */
public final class DefaultPortForwardService implements PortForwardService, AutoCloseable {

	private static final long CHECK_SECONDS = 2;
	/** kwok, like some kubelets, keeps a deleted pod's stream open, so kubectl would go on forwarding to nothing. */
	private static final long POD_CHECK_SECONDS = 5;

	private final Supplier<Settings> settings;
	private final Supplier<List<Path>> kubeconfigFiles;
	private final Executables executables;
	private final ForwardTargets targets;
	private final AtomicLong ids = new AtomicLong();
	/** Guarded by itself; in start order. */
	private final Map<Long, Active> active = new LinkedHashMap<>();
	private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Kube9 port-forward checks"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private volatile boolean closed;

	/** A forward and its process (null for one that never started); {@code state} is replaced when it breaks. */
	private static final class Active {
		volatile PortForward state;
		final KubectlForward process;

		Active(PortForward state, KubectlForward process) {
			this.state = state;
			this.process = process;
		}
	}

	public DefaultPortForwardService(Supplier<Settings> settings, Supplier<List<Path>> kubeconfigFiles,
			Executables executables, ResourceService resources) {
		this.settings = settings;
		this.kubeconfigFiles = kubeconfigFiles;
		this.executables = executables;
		this.targets = new ForwardTargets(resources);
		checks.scheduleWithFixedDelay(this::checkLocalPorts, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
		checks.scheduleWithFixedDelay(this::checkPods, POD_CHECK_SECONDS, POD_CHECK_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public List<Integer> ports(ResourceRef target) throws KubeException {
		return targets.ports(target);
	}

	@Override
	public int proposeLocalPort(int port) {
		return LocalPorts.propose(port);
	}

	@Override
	public PortForward start(PortForwardRequest request) throws KubeException {
		String context = request.target().context();
		if (closed) {
			throw Errors.of(ErrorKind.UNKNOWN, context, NLS.bind(ForwardMessages.processEnded, "")); //$NON-NLS-1$
		}
		if (!LocalPorts.isFree(request.localPort())) {
			throw portTaken(context, request.localPort());
		}
		ForwardTargets.Target target;
		KubectlForward process;
		try {
			target = targets.resolve(request.target(), request.port());
			process = KubectlForward.start(context, command(context, target, request.localPort()),
					startLimit(settings.get()));
		} catch (KubeException e) {
			if (e.detail() != null && e.detail().contains("address already in use")) { //$NON-NLS-1$
				throw portTaken(context, request.localPort());
			}
			// Kept as a broken forward, so that its item says why (Permission denied, no ready pod).
			ResourceRef asked = request.target();
			keep(new Active(new PortForward(ids.incrementAndGet(), context, asked.namespace(), asked.name(),
					request.port(), request.localPort(),
					asked.kind().equals(ResourceKinds.SERVICES) ? asked.name() : null, e), null));
			throw e;
		}
		PortForward forward = new PortForward(ids.incrementAndGet(), context, target.namespace(), target.pod(),
				target.podPort(), request.localPort(), target.service(), null);
		Active entry = new Active(forward, process);
		keep(entry);
		process.onExit().thenRun(() -> {
			if (!process.isStopped()) {
				broke(entry, process.whyItEnded());
			}
		});
		return forward;
	}

	private KubectlCommand command(String context, ForwardTargets.Target target, int localPort) throws KubeException {
		return KubectlCommand.of(settings.get(), kubeconfigFiles.get(), executables, context,
				List.of("port-forward", "-n", target.namespace(), "pod/" + target.pod(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"--address=" + PortForward.LOCAL_ADDRESS, localPort + ":" + target.podPort())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Duration startLimit(Settings current) {
		return current.requestTimeout().plus(current.connectTimeout()).plusSeconds(5);
	}

	private void keep(Active entry) throws KubeException {
		synchronized (active) {
			if (closed) {
				if (entry.process != null) {
					entry.process.stop();
				}
				throw Errors.of(ErrorKind.UNKNOWN, entry.state.context(), NLS.bind(ForwardMessages.processEnded, "")); //$NON-NLS-1$
			}
			active.put(entry.state.id(), entry);
		}
		changed(entry.state.context());
	}

	@Override
	public void stop(long id) {
		Active entry;
		synchronized (active) {
			entry = active.remove(id);
		}
		if (entry != null) {
			if (entry.process != null) {
				entry.process.stop();
			}
			changed(entry.state.context());
		}
	}

	@Override
	public List<PortForward> forwards(String context) {
		List<PortForward> forwards = new ArrayList<>();
		synchronized (active) {
			for (Active entry : active.values()) {
				if (entry.state.context().equals(context)) {
					forwards.add(entry.state);
				}
			}
		}
		return forwards;
	}

	@Override
	public void addListener(Consumer<String> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Consumer<String> listener) {
		listeners.remove(listener);
	}

	/** Stops every forward (the IDE exits, or a test's engine closes). */
	@Override
	public void close() {
		List<Active> all;
		synchronized (active) {
			closed = true;
			all = new ArrayList<>(active.values());
			active.clear();
		}
		checks.shutdownNow();
		all.stream().filter(entry -> entry.process != null).forEach(entry -> entry.process.stop());
	}

	private void checkLocalPorts() {
		List<Active> all;
		synchronized (active) {
			all = new ArrayList<>(active.values());
		}
		for (Active entry : all) {
			PortForward state = entry.state;
			if (!state.isBroken() && entry.process != null && entry.process.isAlive() && LocalPorts.isFree(state.localPort())) {
				entry.process.stop();
				broke(entry, Errors.of(ErrorKind.UNKNOWN, state.context(),
						NLS.bind(ForwardMessages.localPortClosed, state.localPort())));
			}
		}
	}

	private void checkPods() {
		List<Active> all;
		synchronized (active) {
			all = new ArrayList<>(active.values());
		}
		for (Active entry : all) {
			PortForward state = entry.state;
			if (state.isBroken() || entry.process == null) {
				continue;
			}
			try {
				if (!targets.podExists(state.context(), state.namespace(), state.pod())) {
					entry.process.stop();
					broke(entry, Errors.of(ErrorKind.NOT_FOUND, state.context(),
							NLS.bind(ForwardMessages.podGone, state.namespace() + "/" + state.pod()))); //$NON-NLS-1$
				}
			} catch (KubeException e) {
				// Not reachable just now: says nothing about the pod; the next check looks again.
			}
		}
	}

	private void broke(Active entry, KubeException why) {
		synchronized (active) {
			if (entry.state.isBroken() || !active.containsKey(entry.state.id())) {
				return;
			}
			entry.state = entry.state.broken(why);
		}
		ILog.of(DefaultPortForwardService.class).warn("Port forward " + entry.state.url() + " -> " //$NON-NLS-1$ //$NON-NLS-2$
				+ entry.state.remote() + " broke: " + why.getMessage() + " (" + why.detail() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		changed(entry.state.context());
	}

	private void changed(String context) {
		for (Consumer<String> listener : listeners) {
			try {
				listener.accept(context);
			} catch (RuntimeException e) {
				ILog.of(DefaultPortForwardService.class).error("A port-forward listener failed", e); //$NON-NLS-1$
			}
		}
	}

	private static KubeException portTaken(String context, int port) {
		return new KubeException(ErrorKind.UNKNOWN, context, NLS.bind(ForwardMessages.localPortTaken_message, port),
				ForwardMessages.localPortTaken_action, null, null);
	}
}
