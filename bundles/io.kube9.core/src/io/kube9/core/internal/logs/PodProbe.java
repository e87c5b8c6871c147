package io.kube9.core.internal.logs;

import java.util.Map;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;
import io.kube9.core.resources.ResourceService;

/** After a stream ended: is its pod still there, and may its container still write? */
final class PodProbe {

	enum State {
		/** Deleted: nothing more will be written. */
		GONE,
		/** Succeeded or Failed: its containers will not run again. */
		FINISHED,
		/** Still there and may write more. */
		LIVE,
		/** The cluster did not say (unreachable, ...): try again later. */
		UNKNOWN;
	}

	private final ResourceService resources;

	PodProbe(ResourceService resources) {
		this.resources = resources;
	}

	State state(LogRequest request) {
		try {
			Map<String, Object> pod = resources
					.fetch(new ResourceRef(request.context(), ResourceKinds.PODS, request.namespace(), request.pod()))
					.asMap();
			Object status = pod.get("status"); //$NON-NLS-1$
			Object phase = status instanceof Map<?, ?> map ? map.get("phase") : null; //$NON-NLS-1$
			return "Succeeded".equals(phase) || "Failed".equals(phase) ? State.FINISHED : State.LIVE; //$NON-NLS-1$ //$NON-NLS-2$
		} catch (KubeException e) {
			return e.kind() == ErrorKind.NOT_FOUND ? State.GONE : State.UNKNOWN;
		}
	}
}
