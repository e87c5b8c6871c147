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
 * still listening (told by binding it, so the check opens no stream to the pod) and its pod still there (and, for
 * a Service, still ready). A pod's forward that loses them breaks; a Service's moves to another ready pod
 * ({@link ForwardMover}).
 */
public final class DefaultPortForwardService implements PortForwardService, AutoCloseable {

	private static final long CHECK_SECONDS = 2;
	/** kwok, like some kubelets, keeps a deleted pod's stream open, so kubectl would go on forwarding to nothing. */
	private static final long POD_CHECK_SECONDS = 5;

	private final Supplier<Settings> settings;
	private final Supplier<List<Path>> kubeconfigFiles;
	private final Executables executables;
	private final ForwardTargets targets;
	private final ForwardMover mover;
	private final AtomicLong ids = new AtomicLong();
	/** Guarded by itself; in start order. */
	private final Map<Long, ActiveForward> active = new LinkedHashMap<>();
	private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
	/** Started with the first forward (an engine that never forwards has no thread for it); guarded by active. */
	private ScheduledExecutorService checks;
	private volatile boolean closed;

	public DefaultPortForwardService(Supplier<Settings> settings, Supplier<List<Path>> kubeconfigFiles,
			Executables executables, ResourceService resources) {
		this.settings = settings;
		this.kubeconfigFiles = kubeconfigFiles;
		this.executables = executables;
		this.targets = new ForwardTargets(resources);
		this.mover = new ForwardMover(targets, new ForwardMover.Forwards() {
			@Override
			public boolean replace(ActiveForward entry, PortForward expected, PortForward next, KubectlForward process) {
				return DefaultPortForwardService.this.replace(entry, expected, next, process);
			}

			@Override
			public KubectlForward start(ForwardTargets.Target target, ActiveForward entry) throws KubeException {
				return startProcess(entry.state.context(), target, entry.state.localPort());
			}

			@Override
			public void broke(ActiveForward entry, PortForward seen, KubeException why) {
				DefaultPortForwardService.this.broke(entry, seen, why);
			}
		});
	}

	/** Called holding active. */
	private void startChecks() {
		if (checks != null) {
			return;
		}
		checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Kube9 port-forward checks"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
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
			process = startProcess(context, target, request.localPort());
		} catch (KubeException e) {
			// Kept as a broken forward, so that its item says why (Permission denied, no ready pod).
			ResourceRef asked = request.target();
			keep(new ActiveForward(request, new PortForward(ids.incrementAndGet(), context, asked.namespace(),
					asked.name(), request.port(), request.localPort(),
					asked.kind().equals(ResourceKinds.SERVICES) ? asked.name() : null, e, false), null));
			throw e;
		}
		PortForward forward = new PortForward(ids.incrementAndGet(), context, target.namespace(), target.pod(),
				target.podPort(), request.localPort(), target.service(), null, false);
		ActiveForward entry = new ActiveForward(request, forward, process);
		keep(entry);
		watch(entry, process);
		return forward;
	}

	/** A kubectl process that listens on the local port; a port taken meanwhile says so. */
	private KubectlForward startProcess(String context, ForwardTargets.Target target, int localPort)
			throws KubeException {
		try {
			return KubectlForward.start(context, command(context, target, localPort), startLimit(settings.get()));
		} catch (KubeException e) {
			if (e.detail() != null && e.detail().contains("address already in use")) { //$NON-NLS-1$
				throw portTaken(context, localPort);
			}
			throw e;
		}
	}

	/** An end nobody asked for breaks a pod's forward, and moves a Service's (its pod may be gone). */
	private void watch(ActiveForward entry, KubectlForward process) {
		process.onExit().thenRun(() -> {
			PortForward seen = entry.state;
			if (process.isStopped() || entry.process != process) {
				return;
			}
			if (entry.ofService()) {
				mover.move(entry, seen, process.whyItEnded());
			} else {
				broke(entry, seen, process.whyItEnded());
			}
		});
	}

	private KubectlCommand command(String context, ForwardTargets.Target target, int localPort) throws KubeException {
		return KubectlCommand.of(settings.get(), kubeconfigFiles.get(), executables, context,
				List.of("port-forward", "-n", target.namespace(), "pod/" + target.pod(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"--address=" + PortForward.LOCAL_ADDRESS, localPort + ":" + target.podPort())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Duration startLimit(Settings current) {
		return current.requestTimeout().plus(current.connectTimeout()).plusSeconds(5);
	}

	private void keep(ActiveForward entry) throws KubeException {
		synchronized (active) {
			if (closed) {
				if (entry.process != null) {
					entry.process.stop();
				}
				throw Errors.of(ErrorKind.UNKNOWN, entry.state.context(), NLS.bind(ForwardMessages.processEnded, "")); //$NON-NLS-1$
			}
			active.put(entry.state.id(), entry);
			startChecks();
		}
		changed(entry.state.context());
	}

	@Override
	public void stop(long id) {
		ActiveForward entry;
		KubectlForward process;
		synchronized (active) {
			entry = active.remove(id);
			process = entry == null ? null : entry.process;
		}
		if (entry != null) {
			if (process != null) {
				process.stop();
			}
			changed(entry.state.context());
		}
	}

	@Override
	public List<PortForward> forwards(String context) {
		List<PortForward> forwards = new ArrayList<>();
		synchronized (active) {
			for (ActiveForward entry : active.values()) {
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
		List<KubectlForward> processes = new ArrayList<>();
		synchronized (active) {
			closed = true;
			active.values().stream().map(entry -> entry.process).filter(process -> process != null)
					.forEach(processes::add);
			active.clear();
			if (checks != null) {
				checks.shutdownNow();
			}
		}
		mover.close();
		processes.forEach(KubectlForward::stop);
	}

	private List<ActiveForward> all() {
		synchronized (active) {
			return new ArrayList<>(active.values());
		}
	}

	private void checkLocalPorts() {
		for (ActiveForward entry : all()) {
			PortForward state = entry.state;
			KubectlForward process = entry.process;
			if (state.problem() == null && process != null && process.isAlive() && LocalPorts.isFree(state.localPort())) {
				broke(entry, state, Errors.of(ErrorKind.UNKNOWN, state.context(),
						NLS.bind(ForwardMessages.localPortClosed, state.localPort())));
			}
		}
	}

	/** A pod's forward breaks when its pod is gone; a Service's moves when its pod is gone or no longer ready. */
	private void checkPods() {
		for (ActiveForward entry : all()) {
			PortForward state = entry.state;
			if (state.problem() != null || entry.process == null) {
				continue;
			}
			String pod = state.namespace() + "/" + state.pod(); //$NON-NLS-1$
			try {
				ForwardTargets.PodState now = targets.podState(state.context(), state.namespace(), state.pod());
				if (now == ForwardTargets.PodState.GONE && !entry.ofService()) {
					broke(entry, state, Errors.of(ErrorKind.NOT_FOUND, state.context(), NLS.bind(ForwardMessages.podGone, pod)));
				} else if (now != ForwardTargets.PodState.READY && entry.ofService()) {
					mover.move(entry, state, Errors.of(ErrorKind.NOT_FOUND, state.context(), NLS.bind(
							now == ForwardTargets.PodState.GONE ? ForwardMessages.podGone : ForwardMessages.podNotReady,
							pod)));
				}
			} catch (KubeException e) {
				// Not reachable just now: says nothing about the pod; the next check looks again.
			}
		}
	}

	/**
	 * When the forward is still kept and still stands as {@code expected}, it becomes {@code next}, run by
	 * {@code process} from now on (watched for its end).
	 */
	private boolean replace(ActiveForward entry, PortForward expected, PortForward next, KubectlForward process) {
		boolean news;
		synchronized (active) {
			if (closed || entry.state != expected || !active.containsKey(expected.id())) {
				return false;
			}
			news = !sameProblem(expected, next);
			entry.state = next;
			entry.process = process;
		}
		if (process != null) {
			watch(entry, process);
		}
		if (news) {
			changed(next.context());
		}
		return true;
	}

	/** Still waiting for the same reason: nothing new to show. */
	private static boolean sameProblem(PortForward before, PortForward after) {
		return before.moving() && after.moving() && before.pod().equals(after.pod())
				&& before.problem().detail().equals(after.problem().detail());
	}

	/** When it still stands as {@code seen}: broken for good, its process (if one runs) stopped. */
	private void broke(ActiveForward entry, PortForward seen, KubeException why) {
		KubectlForward process;
		synchronized (active) {
			if (entry.state != seen || seen.isBroken() || !active.containsKey(seen.id())) {
				return;
			}
			entry.state = seen.broken(why);
			process = entry.process;
			entry.process = null;
		}
		if (process != null) {
			process.stop();
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
