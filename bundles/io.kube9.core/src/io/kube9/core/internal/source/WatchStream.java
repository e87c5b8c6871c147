package io.kube9.core.internal.source;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.BuiltClient;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.StatusBody;
import io.kube9.core.resources.ResourceQuery;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * One watch request of a listing's scope, read line by line. It runs on the context's own OkHttp client (same
 * connection pool, so it shares the cluster's HTTP/2 connection with every other request), with a read timeout
 * just above the server-side {@code timeoutSeconds}: a stream silent past it is dead, not idle (bookmarks keep a
 * live one talking).
 */
public final class WatchStream implements Closeable {

	/** Receives the events read, batched: one call per run of lines that arrived together. */
	@FunctionalInterface
	public interface Handler {
		void events(List<WatchEvent> events) throws IOException, KubeException;
	}

	private static final Set<String> METADATA_ONLY = Set.of("configmaps", "secrets");
	private static final String JSON = "application/json";
	/** Secrets and config maps stream as metadata only, as they are listed: their values never leave the server. */
	private static final String METADATA = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1";
	private static final String[] AUTH = { "BearerToken" };

	private final ResourceQuery query;
	private final Call call;
	private final Response response;

	private WatchStream(ResourceQuery query, Call call, Response response) {
		this.query = query;
		this.call = call;
		this.response = response;
	}

	/**
	 * Opens the watch; answers once the server accepted it (HTTP 200), or fails classified (403 when watch is not
	 * permitted, 410 when the resourceVersion is too old).
	 *
	 * @param timeoutSeconds the server ends the watch after this long
	 * @param readTimeout    how long the stream may stay silent
	 */
	public static WatchStream open(ClientPool clients, ResourceQuery query, String resourceVersion,
			long timeoutSeconds, Duration readTimeout) throws KubeException {
		String context = query.context();
		try {
			BuiltClient client = clients.client(context);
			List<Pair> parameters = new ArrayList<>();
			parameters.add(new Pair("watch", "true"));
			parameters.add(new Pair("allowWatchBookmarks", "true"));
			parameters.add(new Pair("timeoutSeconds", Long.toString(timeoutSeconds)));
			if (!resourceVersion.isEmpty()) {
				parameters.add(new Pair("resourceVersion", resourceVersion));
			}
			if (!query.labelSelector().isEmpty()) {
				parameters.add(new Pair("labelSelector", query.labelSelector()));
			}
			if (!query.fieldSelector().isEmpty()) {
				parameters.add(new Pair("fieldSelector", query.fieldSelector()));
			}
			Map<String, String> headers = new HashMap<>();
			headers.put("Accept", METADATA_ONLY.contains(query.kind().id()) ? METADATA : JSON);
			Call built = client.api().buildCall(null, query.kind().collectionPath(query.namespace()), "GET", parameters,
					List.of(), null, headers, Map.of(), Map.of(), AUTH, null);
			// Derived, so pool, dispatcher, TLS and credentials stay the context's; only the time limits differ.
			OkHttpClient http = client.api().getHttpClient().newBuilder().readTimeout(readTimeout)
					.callTimeout(Duration.ZERO).build();
			Call call = http.newCall(built.request());
			call.timeout().timeout(0, TimeUnit.MILLISECONDS);
			Response response = call.execute();
			if (!response.isSuccessful()) {
				try (response) {
					String body = response.body() == null ? "" : response.body().string();
					throw ErrorClassifier.byStatus(response.code(), context, StatusBody.message(body), null);
				}
			}
			return new WatchStream(query, call, response);
		} catch (IOException | ApiException | RuntimeException e) {
			throw ErrorClassifier.classify(e, context);
		}
	}

	/**
	 * Reads until the server ends the watch (returns normally) or the stream fails. An ERROR event becomes a
	 * classified failure (410 Gone: {@link ErrorKind#EXPIRED}).
	 */
	public void read(Handler handler) throws IOException, KubeException {
		BufferedSource source = response.body().source();
		List<WatchEvent> batch = new ArrayList<>();
		String line;
		while ((line = source.readUtf8Line()) != null) {
			if (line.isBlank()) {
				continue;
			}
			WatchEvent event = WatchEvent.parse(query.kind(), line);
			if (WatchEvent.ERROR.equals(event.type())) {
				handler.events(batch);
				throw ErrorClassifier.byStatus(event.errorCode(), query.context(), event.errorMessage(), null);
			}
			batch.add(event);
			// Deliver once no further complete line is already here: a storm arrives as few, larger batches.
			if (source.getBuffer().indexOf((byte) '\n') < 0) {
				handler.events(batch);
				batch = new ArrayList<>();
			}
		}
		handler.events(batch);
	}

	/** Ends the stream from any thread; a reader blocked in {@link #read} fails at once. */
	public void cancel() {
		call.cancel();
	}

	/** By the reader, once done with it. */
	@Override
	public void close() {
		response.close();
	}
}
