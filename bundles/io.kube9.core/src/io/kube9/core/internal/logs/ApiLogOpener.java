package io.kube9.core.internal.logs;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.StatusBody;
import io.kube9.core.logs.LogRequest;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The pod's log subresource through the context's API client: the request the client builds (so its
 * credentials apply), sent on a derivative of its HTTP client without a call time limit (a followed log never
 * ends on its own) and with a read time limit that notices a stream gone silent behind a gateway.
 * The generated API has no sinceTime, hence the hand-made request.
 */
public final class ApiLogOpener implements LogOpener {

	/** A followed log quiet for this long is reconnected (resuming loses nothing): it may have died silently. */
	static final Duration IDLE_LIMIT = Duration.ofMinutes(2);

	private final ClientPool clients;

	public ApiLogOpener(ClientPool clients) {
		this.clients = clients;
	}

	@Override
	public OpenLog open(LogRequest request, Instant resumeFrom) throws KubeException {
		ApiClient api = clients.api(request.context());
		Call call;
		try {
			Request built = api.buildCall(api.getBasePath(), path(api, request), "GET", query(request, resumeFrom), //$NON-NLS-1$
					new ArrayList<>(), null, new HashMap<>(Map.of("Accept", "*/*")), new HashMap<>(), new HashMap<>(), //$NON-NLS-1$ //$NON-NLS-2$
					new String[] { "BearerToken" }, null).request(); //$NON-NLS-1$
			OkHttpClient streaming = api.getHttpClient().newBuilder().callTimeout(Duration.ZERO)
					.readTimeout(IDLE_LIMIT).build();
			call = streaming.newCall(built);
		} catch (ApiException e) {
			throw ErrorClassifier.classify(e, request.context());
		}
		Response response;
		try {
			response = call.execute();
		} catch (IOException e) {
			throw ErrorClassifier.classify(e, request.context());
		}
		if (!response.isSuccessful()) {
			String body;
			try (response) {
				ResponseBody content = response.body();
				body = content == null ? "" : content.string(); //$NON-NLS-1$
			} catch (IOException e) {
				body = ""; //$NON-NLS-1$
			}
			throw ErrorClassifier.byStatus(response.code(), request.context(), StatusBody.message(body), null);
		}
		return new ApiLog(call, response);
	}

	private static String path(ApiClient api, LogRequest request) {
		return "/api/v1/namespaces/" + api.escapeString(request.namespace()) + "/pods/" //$NON-NLS-1$ //$NON-NLS-2$
				+ api.escapeString(request.pod()) + "/log"; //$NON-NLS-1$
	}

	static List<Pair> query(LogRequest request, Instant resumeFrom) {
		List<Pair> query = new ArrayList<>();
		query.add(new Pair("container", request.container())); //$NON-NLS-1$
		query.add(new Pair("timestamps", "true")); //$NON-NLS-1$ //$NON-NLS-2$
		if (request.follows()) {
			query.add(new Pair("follow", "true")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (request.previous()) {
			query.add(new Pair("previous", "true")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (resumeFrom != null) {
			query.add(new Pair("sinceTime", resumeFrom.toString())); //$NON-NLS-1$
		} else {
			if (request.tailLines() >= 0) {
				query.add(new Pair("tailLines", Integer.toString(request.tailLines()))); //$NON-NLS-1$
			}
			if (request.since() != null) {
				query.add(new Pair("sinceSeconds", Long.toString(Math.max(1, request.since().toSeconds())))); //$NON-NLS-1$
			}
		}
		return query;
	}

	private record ApiLog(Call call, Response response) implements OpenLog {

		@Override
		public BufferedSource source() {
			return response.body().source();
		}

		@Override
		public void finish() {
			// An HTTP stream that ended cleanly has nothing more to say.
		}

		@Override
		public void close() {
			call.cancel();
			response.close();
		}
	}
}
