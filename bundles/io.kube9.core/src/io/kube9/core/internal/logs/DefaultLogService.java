package io.kube9.core.internal.logs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.kube9.core.Backend;
import io.kube9.core.Settings;
import io.kube9.core.errors.KubeException;
import io.kube9.core.logs.LogListener;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogService;
import io.kube9.core.logs.LogSession;
import io.kube9.core.logs.LogTarget;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/** Logs through the backend the settings choose when a stream starts; closing the engine stops every stream. */
public final class DefaultLogService implements LogService, AutoCloseable {

	private final Set<LogSession> open = ConcurrentHashMap.newKeySet();

	private final Supplier<Settings> settings;
	private final LogOpener api;
	private final LogOpener kubectl;
	private final ResourceService resources;

	public DefaultLogService(Supplier<Settings> settings, ResourceService resources, LogOpener api, LogOpener kubectl) {
		this.settings = settings;
		this.resources = resources;
		this.api = api;
		this.kubectl = kubectl;
	}

	@Override
	public List<LogTarget> targets(ResourceRef ref) throws KubeException {
		return new LogTargets(resources).of(ref);
	}

	@Override
	public LogSession open(LogRequest request, LogListener listener) {
		LogOpener opener = settings.get().backend() == Backend.KUBECTL ? kubectl : api;
		LogFollower follower = new LogFollower(request, listener, opener, new PodProbe(resources));
		open.add(follower);
		follower.start(() -> open.remove(follower));
		return follower;
	}

	/** Stops every stream still open. */
	@Override
	public void close() {
		open.forEach(LogSession::stop);
	}
}
