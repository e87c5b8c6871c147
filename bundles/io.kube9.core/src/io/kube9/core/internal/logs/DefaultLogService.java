package io.kube9.core.internal.logs;

import java.util.List;
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

/** Logs through the backend the settings choose when a stream starts. */
public final class DefaultLogService implements LogService {

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
		follower.start();
		return follower;
	}
}
