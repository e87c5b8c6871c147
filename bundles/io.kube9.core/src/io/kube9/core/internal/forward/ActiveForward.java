package io.kube9.core.internal.forward;

import io.kube9.core.forward.PortForward;
import io.kube9.core.forward.PortForwardRequest;

/**
 * A forward the engine keeps: what was asked, how it stands, and the kubectl process running it now (null while
 * none does: it never started, or it is moving to another pod). Both change together, under the engine's lock.
 */
final class ActiveForward {

	final PortForwardRequest request;
	volatile PortForward state;
	volatile KubectlForward process;

	ActiveForward(PortForwardRequest request, PortForward state, KubectlForward process) {
		this.request = request;
		this.state = state;
		this.process = process;
	}

	/** Asked for a Service: it moves to another ready pod when its own goes away. */
	boolean ofService() {
		return state.service() != null;
	}
}
