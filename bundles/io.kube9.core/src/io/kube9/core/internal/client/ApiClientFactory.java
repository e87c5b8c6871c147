package io.kube9.core.internal.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.errors.Redactor;
import io.kube9.core.internal.kubeconfig.ContextChecks;
import io.kube9.core.internal.kubeconfig.ContextEntries;
import io.kube9.core.internal.kubeconfig.YamlValues;
import io.kube9.core.internal.trace.Trace;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import io.kubernetes.client.util.credentials.AccessTokenAuthentication;
import io.kubernetes.client.util.credentials.Authentication;
import io.kubernetes.client.util.credentials.ClientCertificateAuthentication;
import io.kubernetes.client.util.credentials.KubeconfigAuthentication;
import io.kubernetes.client.util.credentials.TokenFileAuthentication;
import io.kubernetes.client.util.credentials.UsernamePasswordAuthentication;
import okhttp3.OkHttpClient;

/**
 * Builds the client of one context on top of the shared OkHttp client, so that every context shares one
 * connection pool and dispatcher. Credentials are resolved here rather than by client-java's KubeConfig: exec
 * plugins get a time limit and keep their stderr, and proxy-url is honoured.
 */
public final class ApiClientFactory {

	private final ExecCredentialPlugin plugin;

	public ApiClientFactory(ExecCredentialPlugin plugin) {
		this.plugin = plugin;
	}

	public BuiltClient build(ContextEntries entries, OkHttpClient base, Duration requestTimeout) throws KubeException {
		String context = entries.context().name();
		Map<String, Object> cluster = entries.cluster();
		String server = YamlValues.string(cluster, "server");
		if (server == null || server.isBlank()) {
			throw Errors.of(ErrorKind.KUBECONFIG, context, ClientMessages.client_noServer);
		}
		OkHttpClient http = withProxy(base, YamlValues.string(cluster, "proxy-url"), context);
		ClientBuilder builder = new ClientBuilder().setApiClient(new ApiClient(http)).setBasePath(server)
				.setReadTimeout(requestTimeout)
				.setVerifyingSsl(!ContextChecks.insecure(cluster));
		byte[] authority = dataOrFile(cluster, "certificate-authority-data", "certificate-authority", context);
		if (authority != null) {
			builder.setCertificateAuthority(authority);
		}
		if (YamlValues.string(cluster, "tls-server-name") != null) {
			builder.setTlsServerName(YamlValues.string(cluster, "tls-server-name"));
		}
		Credentials credentials = credentials(entries, requestTimeout);
		if (credentials.authentication() != null) {
			builder.setAuthentication(credentials.authentication());
		}
		try {
			Trace.mark("client.tls.start");
			ApiClient api = builder.build();
			Trace.mark("client.tls.end");
			return new BuiltClient(api, credentials.expiresAt(), credentials.renewable());
		} catch (RuntimeException e) {
			// client-java reads fewer key and certificate formats than kubectl: kubectl may manage.
			throw Errors.clientSide(ErrorKind.TLS, context,
					NLS.bind(ClientMessages.client_certificatesUnusable, e.getMessage()), e);
		}
	}

	private record Credentials(Authentication authentication, Instant expiresAt, boolean renewable) {
	}

	@SuppressWarnings("unchecked")
	private Credentials credentials(ContextEntries entries, Duration timeout) throws KubeException {
		String context = entries.context().name();
		Map<String, Object> user = entries.user();
		if (user.get("exec") instanceof Map<?, ?> exec) {
			ExecCredential credential = plugin.run(context, (Map<String, Object>) exec, timeout);
			Authentication authentication = credential.hasToken() ? new AccessTokenAuthentication(credential.token())
					: new ClientCertificateAuthentication(bytes(credential.clientCertificateData()),
							bytes(credential.clientKeyData()));
			return new Credentials(authentication, credential.expiresAt(), true);
		}
		byte[] certificate = dataOrFile(user, "client-certificate-data", "client-certificate", context);
		byte[] key = dataOrFile(user, "client-key-data", "client-key", context);
		if (certificate != null && key != null) {
			return new Credentials(new ClientCertificateAuthentication(certificate, key), null, false);
		}
		if (YamlValues.string(user, "token") != null) {
			Redactor.register(YamlValues.string(user, "token"));
			return new Credentials(new AccessTokenAuthentication(YamlValues.string(user, "token")), null, false);
		}
		if (YamlValues.string(user, "tokenFile") != null) {
			return new Credentials(new TokenFileAuthentication(YamlValues.string(user, "tokenFile")), null, true);
		}
		if (YamlValues.string(user, "username") != null && YamlValues.string(user, "password") != null) {
			Redactor.register(YamlValues.string(user, "password"));
			return new Credentials(new UsernamePasswordAuthentication(YamlValues.string(user, "username"),
					YamlValues.string(user, "password")), null, false);
		}
		if (user.get("auth-provider") instanceof Map<?, ?>) {
			return new Credentials(authProvider(entries), null, true);
		}
		return new Credentials(null, null, false);
	}

	/** gcp and oidc are client-java's own; they read and refresh their tokens through a KubeConfig. */
	private static Authentication authProvider(ContextEntries entries) throws KubeException {
		String context = entries.context().name();
		ArrayList<Object> contexts = new ArrayList<>(List.of(Map.of("name", context, "context",
				Map.of("cluster", entries.context().cluster(), "user", entries.context().user()))));
		ArrayList<Object> clusters = new ArrayList<>(
				List.of(Map.of("name", entries.context().cluster(), "cluster", entries.clusterCopy())));
		ArrayList<Object> users = new ArrayList<>(List.of(Map.of("name", entries.context().user(), "user", entries.userCopy())));
		KubeConfig config = new KubeConfig(contexts, clusters, users);
		config.setContext(context);
		try {
			return new KubeconfigAuthentication(config, null);
		} catch (IOException | RuntimeException | LinkageError e) {
			// client-java's own gcp and oidc providers, not kubectl's: kubectl may manage.
			throw Errors.clientSide(ErrorKind.CREDENTIAL_PLUGIN, context,
					NLS.bind(ClientMessages.client_authProviderFailed, e.getClass().getSimpleName()), e);
		}
	}

	private static OkHttpClient withProxy(OkHttpClient base, String proxyUrl, String context) throws KubeException {
		if (proxyUrl == null || proxyUrl.isBlank()) {
			return base;
		}
		try {
			URI uri = URI.create(proxyUrl);
			Proxy.Type type = uri.getScheme() != null && uri.getScheme().startsWith("socks") ? Proxy.Type.SOCKS
					: Proxy.Type.HTTP;
			int port = uri.getPort() > 0 ? uri.getPort() : type == Proxy.Type.SOCKS ? 1080 : 3128;
			return base.newBuilder().proxy(new Proxy(type, InetSocketAddress.createUnresolved(uri.getHost(), port)))
					.build();
		} catch (IllegalArgumentException | NullPointerException e) {
			throw Errors.of(ErrorKind.KUBECONFIG, context, ClientMessages.client_badProxyUrl, e);
		}
	}

	/** An entry's inline {@code dataKey} (base64) or the file {@code fileKey} names; null when it has neither. */
	public static byte[] dataOrFile(Map<String, Object> entry, String dataKey, String fileKey, String context)
			throws KubeException {
		String data = YamlValues.string(entry, dataKey);
		if (data != null) {
			try {
				return Base64.getMimeDecoder().decode(data);
			} catch (IllegalArgumentException e) {
				throw Errors.of(ErrorKind.KUBECONFIG, context, NLS.bind(ClientMessages.client_notBase64, dataKey), e);
			}
		}
		String file = YamlValues.string(entry, fileKey);
		if (file == null) {
			return null;
		}
		try {
			return Files.readAllBytes(Path.of(file));
		} catch (NoSuchFileException e) {
			throw Errors.of(ErrorKind.KUBECONFIG, context, NLS.bind(ClientMessages.client_fileMissing, fileKey, file), e);
		} catch (IOException e) {
			throw Errors.of(ErrorKind.KUBECONFIG, context, NLS.bind(ClientMessages.client_fileUnreadable, fileKey, file),
					e);
		}
	}

	private static byte[] bytes(String pem) {
		return pem.getBytes(StandardCharsets.UTF_8);
	}
}
