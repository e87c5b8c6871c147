package io.kube9.benchmarks.support;

import io.kube9.core.Kube9Core;
import io.kube9.core.forward.PortForward;
import io.kube9.core.forward.PortForwardRequest;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;

/** A way to forward a local port to a pod's port: kubectl through the product, or the client's own forward. */
@FunctionalInterface
public interface Forwarding {

	/** A forward that listens on its local port when this returns. */
	Open start() throws Exception;

	/** One running forward. */
	interface Open extends AutoCloseable {

		int localPort();

		@Override
		void close();
	}

	/** {@code kubectl port-forward} through the product's service, to a pod or to a Service. */
	static Forwarding kubectl(Kube9Core engine, ResourceRef target, int port) {
		return () -> {
			PortForward forward = engine.forwards()
					.start(new PortForwardRequest(target, port, engine.forwards().proposeLocalPort(0)));
			return new Open() {
				@Override
				public int localPort() {
					return forward.localPort();
				}

				@Override
				public void close() {
					engine.forwards().stop(forward.id());
				}
			};
		};
	}

	/** {@link #kubectl(Kube9Core, ResourceRef, int)} to a pod. */
	static Forwarding kubectlToPod(Kube9Core engine, String context, String namespace, String pod, int port) {
		return kubectl(engine, new ResourceRef(context, ResourceKinds.PODS, namespace, pod), port);
	}

	/** The client's own {@link io.kubernetes.client.PortForward}, behind a local listener. */
	static Forwarding client(Kube9Core engine, String context, String namespace, String pod, int port) {
		return () -> {
			ClientForwarder forwarder = ClientForwarder.start(engine.clients().api(context), namespace, pod, port);
			return new Open() {
				@Override
				public int localPort() {
					return forwarder.localPort();
				}

				@Override
				public void close() {
					forwarder.close();
				}
			};
		};
	}
}
