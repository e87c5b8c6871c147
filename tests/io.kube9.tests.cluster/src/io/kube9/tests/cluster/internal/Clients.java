package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;

/**
 * One ApiClient per kubeconfig context, the way the client's notes say: a KubeConfig loaded for this client
 * alone, its file set so relative paths resolve next to it, connect and read timeouts always set.
 */
public final class Clients {

	private Clients() {
	}

	public static ApiClient build(Path kubeconfig, String context, Duration connectTimeout, Duration readTimeout)
			throws IOException {
		KubeConfig config;
		try (Reader reader = Files.newBufferedReader(kubeconfig, StandardCharsets.UTF_8)) {
			config = KubeConfig.loadKubeConfig(reader);
		}
		config.setFile(kubeconfig.toFile());
		if (!config.setContext(context)) {
			throw new IOException("No context '" + context + "' in " + kubeconfig);
		}
		ApiClient client = ClientBuilder.kubeconfig(config).setReadTimeout(readTimeout).build();
		client.setHttpClient(client.getHttpClient().newBuilder().connectTimeout(connectTimeout).build());
		return client;
	}
}
