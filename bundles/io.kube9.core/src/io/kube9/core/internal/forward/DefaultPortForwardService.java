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
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/**
 * The engine's forwards: each a kubectl process, watched for its end and, every few seconds, for its local port
 * still listening (told by binding it, so the check opens no stream to the pod).
 */
public final class DefaultPortForwardService implements PortForwardService, AutoCloseable {

	private static final long CHECK_SECONDS = 2;

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

	/** A forward and its process; {@code state} is replaced when it breaks. */
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
		ForwardTargets.Target target = targets.resolve(request.target(), request.port());
		Settings current = settings.get();
		KubectlCommand command = KubectlCommand.of(current, kubeconfigFiles.get(), executables, context,
				List.of("port-forward", "-n", target.namespace(), "pod/" + target.pod(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"--address=" + PortForward.LOCAL_ADDRESS, request.localPort() + ":" + target.podPort())); //$NON-NLS-1$ //$NON-NLS-2$
		Duration limit = current.requestTimeout().plus(current.connectTimeout()).plusSeconds(5);
		KubectlForward process;
		try {
			process = KubectlForward.start(context, command, limit);
		} catch (KubeException e) {
			throw e.detail() != null && e.detail().contains("address already in use") //$NON-NLS-1$
					? portTaken(context, request.localPort())
					: e;
		}
		PortForward forward = new PortForward(ids.incrementAndGet(), context, target.namespace(), target.pod(),
				target.podPort(), request.localPort(), target.service(), null);
		Active entry = new Active(forward, process);
		synchronized (active) {
			if (closed) {
				process.stop();
				throw Errors.of(ErrorKind.UNKNOWN, context, NLS.bind(ForwardMessages.processEnded, "")); //$NON-NLS-1$
			}
			active.put(forward.id(), entry);
		}
		process.onExit().thenRun(() -> {
			if (!process.isStopped()) {
				broke(entry, process.whyItEnded());
			}
		});
		changed(context);
		return forward;
	}

	@Override
	public void stop(long id) {
		Active entry;
		synchronized (active) {
			entry = active.remove(id);
		}
		if (entry != null) {
			entry.process.stop();
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
		all.forEach(entry -> entry.process.stop());
	}

	private void checkLocalPorts() {
		List<Active> all;
		synchronized (active) {
			all = new ArrayList<>(active.values());
		}
		for (Active entry : all) {
			PortForward state = entry.state;
			if (!state.isBroken() && entry.process.isAlive() && LocalPorts.isFree(state.localPort())) {
				entry.process.stop();
				broke(entry, Errors.of(ErrorKind.UNKNOWN, state.context(),
						NLS.bind(ForwardMessages.localPortClosed, state.localPort())));
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
