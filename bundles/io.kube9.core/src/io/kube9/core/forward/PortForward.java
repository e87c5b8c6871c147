package io.kube9.core.forward;

import io.kube9.core.errors.KubeException;

/**
 * One active forward as it stands: a local port on the loopback address to a pod's port. A broken forward
 * stays listed, with what broke it, until it is stopped. A forward asked for a Service whose pod went away is
 * moving: it keeps its id and local port while it waits for another ready pod behind the Service.
 *
 * @param id        unique within the engine
 * @param context   the kubeconfig context it runs in
 * @param namespace the pod's namespace
 * @param pod       the pod forwarded to
 * @param podPort   the pod's port
 * @param localPort the local port
 * @param service   the Service it was asked for, or null when asked for the pod
 * @param problem   why it no longer forwards (or, moving, why it does not just now), or null while it does
 * @param moving    whether it is looking for another ready pod of its Service (then {@code pod} is the last one)
 */
public record PortForward(long id, String context, String namespace, String pod, int podPort, int localPort,
		String service, KubeException problem, boolean moving) {

	/** The loopback address kubectl listens on. */
	public static final String LOCAL_ADDRESS = "127.0.0.1"; //$NON-NLS-1$

	/** Broken for good: only Stop ends it. A moving forward is not broken. */
	public boolean isBroken() {
		return problem != null && !moving;
	}

	/** Where a browser reaches it. */
	public String url() {
		return "http://" + LOCAL_ADDRESS + ":" + localPort; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** namespace/pod:port. */
	public String remote() {
		return namespace + "/" + pod + ":" + podPort; //$NON-NLS-1$ //$NON-NLS-2$
	}

	public PortForward broken(KubeException why) {
		return new PortForward(id, context, namespace, pod, podPort, localPort, service, why, false);
	}

	/** Waiting for a ready pod of its Service, {@code why} it does not forward just now. */
	public PortForward moving(KubeException why) {
		return new PortForward(id, context, namespace, pod, podPort, localPort, service, why, true);
	}

	/** Forwarding again, the same id and local port, to another pod of its Service. */
	public PortForward movedTo(String newPod, int newPodPort) {
		return new PortForward(id, context, namespace, newPod, newPodPort, localPort, service, null, false);
	}
}
