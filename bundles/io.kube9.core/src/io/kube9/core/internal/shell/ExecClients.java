package io.kube9.core.internal.shell;

import java.time.Duration;
import java.util.Map;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.auth.ApiKeyAuth;
import io.kubernetes.client.openapi.auth.Authentication;
import io.kubernetes.client.openapi.auth.HttpBasicAuth;
import okhttp3.OkHttpClient;

/**
 * A client for exec derived from a context's client. The context's client has a read timeout that would cut a
 * shell left idle; this one has none and pings over the WebSocket instead, so a dead connection is still noticed
 * and gateways see traffic. It shares the context's TLS setup, interceptors and connection pool.
 */
public final class ExecClients {

	/** How often the WebSocket is pinged; a missing pong fails the session. */
	public static final Duration PING_INTERVAL = Duration.ofSeconds(20);

	private ExecClients() {
	}

	public static ApiClient derive(ApiClient context) {
		OkHttpClient http = context.getHttpClient().newBuilder().readTimeout(Duration.ZERO)
				.pingInterval(PING_INTERVAL).build();
		ApiClient exec = new ApiClient(http);
		exec.setBasePath(context.getBasePath());
		copyCredentials(context.getAuthentications(), exec.getAuthentications());
		return exec;
	}

	private static void copyCredentials(Map<String, Authentication> from, Map<String, Authentication> to) {
		from.forEach((name, source) -> {
			Authentication target = to.get(name);
			if (source instanceof ApiKeyAuth key && target instanceof ApiKeyAuth copy) {
				copy.setApiKey(key.getApiKey());
				copy.setApiKeyPrefix(key.getApiKeyPrefix());
			} else if (source instanceof HttpBasicAuth basic && target instanceof HttpBasicAuth copy) {
				copy.setUsername(basic.getUsername());
				copy.setPassword(basic.getPassword());
			}
		});
	}
}
