package io.kube9.core.forward;

import io.kube9.core.errors.KubeException;

/**
 * One active forward as it stands: a local port on the loopback address to a pod's port. A broken forward
 * stays listed, with what broke it, until it is stopped.
 *
 * @param id        unique within the engine
 * @param context   the kubeconfig context it runs in
 * @param namespace the pod's namespace
 * @param pod       the pod forwarded to
 * @param podPort   the pod's port
 * @param localPort the local port
 * @param service   the Service it was asked for, or null when asked for the pod
 * @param problem   why it no longer forwards, or null while it does
 */
public record PortForward(long id, String context, String namespace, String pod, int podPort, int localPort,
		String service, KubeException problem) {

	/** The loopback address kubectl listens on. */
	public static final String LOCAL_ADDRESS = "127.0.0.1"; //$NON-NLS-1$

	public boolean isBroken() {
		return problem != null;
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
		return new PortForward(id, context, namespace, pod, podPort, localPort, service, why);
	}
}
