package io.kube9.core.forward;

import io.kube9.core.resources.ResourceRef;

/**
 * What to forward.
 *
 * @param target     a pod, or a Service (forwarded to a ready pod behind it)
 * @param port       the pod's port, or the Service's port (mapped to the pod's through its targetPort)
 * @param localPort  the local port to listen on
 */
public record PortForwardRequest(ResourceRef target, int port, int localPort) {
}
