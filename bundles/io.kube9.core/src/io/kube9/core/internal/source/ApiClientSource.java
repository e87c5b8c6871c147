package io.kube9.core.internal.source;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.BuiltClient;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.errors.StatusBody;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads through the context's API client, streaming each response into trimmed items. A 401 on a context whose
 * credentials can be renewed (credential plugin, token file) rebuilds the client and tries once more.
 */
public final class ApiClientSource implements ResourceSource {

	public static final String NAME = ResourcePage.API_CLIENT;

	private static final String JSON = "application/json";
	private static final String[] AUTH = { "BearerToken" };

	private final ClientPool clients;

	public ApiClientSource(ClientPool clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
		List<Pair> parameters = new ArrayList<>();
		add(parameters, "labelSelector", query.labelSelector());
		add(parameters, "fieldSelector", query.fieldSelector());
		if (query.limit() > 0) {
			parameters.add(new Pair("limit", Integer.toString(query.limit())));
		}
		add(parameters, "continue", query.continueToken());
		ListFormat format = ListFormat.of(query.kind());
		return withRenewal(query.context(), () -> {
			try (ResponseBody body = call(query.context(), query.kind().collectionPath(query.namespace()), parameters,
					format.accept(), query.timeout(), cancellation)) {
				return ListFormat.read(query.kind(), body, NAME);
			}
		});
	}

	@Override
	public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
			throws KubeException {
		return withRenewal(context, () -> {
			try (ResponseBody body = call(context, path, List.of(), JSON, timeout, cancellation);
					Reader reader = body.charStream()) {
				return JsonParser.parseReader(reader).getAsJsonObject();
			}
		});
	}

	private interface Request<T> {
		T run() throws KubeException, IOException, ApiException;
	}

	private <T> T withRenewal(String context, Request<T> request) throws KubeException {
		try {
			return attempt(context, request);
		} catch (KubeException e) {
			if (e.kind() != ErrorKind.AUTHENTICATION || !clients.client(context).renewable()) {
				throw e;
			}
			clients.invalidate(context);
			return attempt(context, request);
		}
	}

	private static <T> T attempt(String context, Request<T> request) throws KubeException {
		try {
			return request.run();
		} catch (IOException | ApiException | RuntimeException e) {
			throw ErrorClassifier.classify(e, context);
		}
	}

	/**
	 * @param timeout the whole call's time limit, or null for the client's (the settings' request timeout)
	 */
	private ResponseBody call(String context, String path, List<Pair> parameters, String accept,
			Duration timeout, CancellationSignal cancellation) throws KubeException, ApiException, IOException {
		BuiltClient client = clients.client(context);
		Map<String, String> headers = new HashMap<>();
		headers.put("Accept", accept);
		Call call = client.api().buildCall(null, path, "GET", parameters, List.of(), null, headers, Map.of(),
				Map.of(), AUTH, null);
		if (timeout != null) {
			call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		cancellation.onCancel(call::cancel);
		Response response = call.execute();
		if (!response.isSuccessful()) {
			try (response) {
				throw ErrorClassifier.byStatus(response.code(), context, StatusBody.message(errorBody(response)),
						null);
			}
		}
		if (response.body() == null) {
			response.close();
			throw Errors.of(ErrorKind.SERVER, context, SourceMessages.api_emptyResponse);
		}
		return response.body();
	}

	/** A failed request's Status as JSON text, whichever form the server answered in. */
	private static String errorBody(Response response) throws IOException {
		if (response.body() == null) {
			return "";
		}
		return ListFormat.isProtobuf(response.body().contentType()) ? ProtoStatus.asJson(response.body().bytes())
				: response.body().string();
	}

	private static void add(List<Pair> parameters, String name, String value) {
		if (value != null && !value.isEmpty()) {
			parameters.add(new Pair(name, value));
		}
	}
}
