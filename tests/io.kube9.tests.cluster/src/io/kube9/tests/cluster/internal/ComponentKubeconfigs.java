package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The kubeconfig each control-plane component and kwok connect with: the API server on loopback, the cluster
 * CA, and the component's own client certificate (by path, as kubeadm writes them).
 */
public final class ComponentKubeconfigs {

	private ComponentKubeconfigs() {
	}

	public static void write(ClusterFiles files, int apiServerPort) throws IOException {
		for (Component component : List.of(Component.CONTROLLER_MANAGER, Component.SCHEDULER, Component.KWOK)) {
			String name = component.binary();
			Map<String, Object> document = Map.of("apiVersion", "v1", "kind", "Config", "current-context", name,
					"clusters", List.of(Map.of("name", name, "cluster",
							Map.of("server", "https://127.0.0.1:" + apiServerPort, "certificate-authority",
									files.caCertificate().toString()))),
					"users", List.of(Map.of("name", name, "user",
							Map.of("client-certificate", files.certificate(component.id()).toString(), "client-key",
									files.key(component.id()).toString()))),
					"contexts", List.of(Map.of("name", name, "context", Map.of("cluster", name, "user", name))));
			ClusterFiles.writePrivate(files.kubeconfig(component.id()),
					Yamls.dump(document).getBytes(StandardCharsets.UTF_8));
		}
	}
}
