package io.kube9.core.client;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;

/** Builds an API client for one context of a kubeconfig given as YAML text. */
public final class KubeconfigTextClient {

	private KubeconfigTextClient() {
	}

	public static ApiClient build(String kubeconfigYaml, String contextName, Duration connectTimeout,
			Duration requestTimeout) throws IOException {
		KubeConfig config = KubeConfig.loadKubeConfig(new StringReader(kubeconfigYaml));
		if (!config.setContext(contextName)) {
			throw new IOException("No context named '" + contextName + "' in the kubeconfig");
		}
		ApiClient client = ClientBuilder.kubeconfig(config).setReadTimeout(requestTimeout).build();
		// The builder leaves the connect timeout at okhttp's default; ours is explicit.
		client.setHttpClient(client.getHttpClient().newBuilder().connectTimeout(connectTimeout).build());
		return client;
	}
}
