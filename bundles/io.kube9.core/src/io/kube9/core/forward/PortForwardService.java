package io.kube9.core.forward;

import java.util.List;
import java.util.function.Consumer;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceRef;

/**
 * Port forwards through {@code kubectl port-forward}, one process each, kept per context. A forward whose process
 * ends, whose local port stops listening or whose pod is gone is reported broken. A forward asked for a Service
 * instead moves, when its pod goes away (deleted, no longer ready) or its process ends, to another ready pod of the
 * Service, on the same local port and under the same id; while none is ready it is {@link PortForward#moving()}
 * and tries again by itself. Closing the engine stops them all.
 * <p>
 * kubectl, not client-java's own PortForward, on measurement (see ./bench.sh part forward): the client starts a
 * forward faster (no process: 19 against 86 ms to the first byte) but opens a WebSocket per connection, so each
 * GET through it took 6x longer (11.7 against 1.9 ms median; 1,000 sequential GETs in 13.7 s against 2.1 s, 20
 * parallel clients x 50 in 9.0 s against 1.2 s; no failures either way), and it can only name a pod: with the pod
 * deleted 95 of 100 GETs failed, where the forward to a Service here moved on after one.
 */
public interface PortForwardService {

	/** The ports a pod's containers or a Service declare, in order; may be empty. Blocks on I/O. */
	List<Integer> ports(ResourceRef target) throws KubeException;

	/** The same number when it is free on the loopback address, else a free one. */
	int proposeLocalPort(int port);

	/**
	 * Starts a forward and returns once kubectl listens. Blocks on I/O. A failure once the local port was found
	 * free is also kept as a broken forward (same exception as its problem), so that its item says why.
	 *
	 * @throws KubeException classified: the local port taken, RBAC forbidding pods/portforward, no ready pod
	 */
	PortForward start(PortForwardRequest request) throws KubeException;

	/** Stops a forward and forgets it; nothing when it is not known. */
	void stop(long id);

	/** A context's forwards, oldest first, broken ones included. */
	List<PortForward> forwards(String context);

	/** Told the context whose forwards changed (started, broke, stopped), from any thread. */
	void addListener(Consumer<String> listener);

	void removeListener(Consumer<String> listener);
}
