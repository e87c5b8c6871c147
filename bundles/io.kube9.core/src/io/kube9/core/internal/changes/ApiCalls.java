package io.kube9.core.internal.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.internal.errors.ErrorClassifier;
import io.kube9.core.internal.errors.StatusBody;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One HTTP request through a context's API client, sent once. A failure without an answer during a mutation
 * says that the change may or may not have been made: nothing here retries it.
 */
final class ApiCalls implements Reads {

	/** The server's answer: its status and body. */
	record Reply(int code, String body) {

		boolean ok() {
			return code >= 200 && code < 300;
		}

		JsonObject json() {
			return JsonParser.parseString(body).getAsJsonObject();
		}
	}

	static final String JSON = "application/json"; //$NON-NLS-1$
	static final String APPLY = "application/apply-patch+yaml"; //$NON-NLS-1$
	static final String MERGE_PATCH = "application/merge-patch+json"; //$NON-NLS-1$
	private static final String[] AUTH = { "BearerToken" }; //$NON-NLS-1$

	private final ClientPool clients;

	ApiCalls(ClientPool clients) {
		this.clients = clients;
	}

	/** A read: any failure is classified as it is. */
	@Override
	public JsonObject get(String context, String path) throws KubeException {
		Reply reply = send(context, "GET", path, List.of(), null, null); //$NON-NLS-1$
		if (!reply.ok()) {
			throw failure(reply, context);
		}
		return reply.json();
	}

	/** A read that may find nothing: null for a 404. */
	@Override
	public JsonObject find(String context, String path) throws KubeException {
		Reply reply = send(context, "GET", path, List.of(), null, null); //$NON-NLS-1$
		if (reply.code() == 404) {
			return null;
		}
		if (!reply.ok()) {
			throw failure(reply, context);
		}
		return reply.json();
	}

	/**
	 * A change (or a dry run of one), sent once; the reply whatever its status.
	 *
	 * @throws KubeException when no answer came: classified, saying that the change's outcome is unknown
	 */
	Reply mutate(String context, String method, String path, List<Pair> query, String contentType, String body)
			throws KubeException {
		try {
			return send(context, method, path, query, contentType, body);
		} catch (KubeException e) {
			throw new KubeException(e.kind(), e.context(), e.getMessage(), e.action(),
					NLS.bind(ChangeMessages.apply_outcomeUnknown, e.detail()), e.getCause());
		}
	}

	static KubeException failure(Reply reply, String context) {
		return ErrorClassifier.byStatus(reply.code(), context, StatusBody.message(reply.body()), null);
	}

	private Reply send(String context, String method, String path, List<Pair> query, String contentType,
			String body) throws KubeException {
		try {
			Map<String, String> headers = new HashMap<>();
			headers.put("Accept", JSON); //$NON-NLS-1$
			if (contentType != null) {
				headers.put("Content-Type", contentType); //$NON-NLS-1$
			}
			byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
			Call call = clients.client(context).api().buildCall(null, path, method, query, List.of(), bytes, headers,
					Map.of(), Map.of(), AUTH, null);
			try (Response response = call.execute()) {
				ResponseBody responseBody = response.body();
				return new Reply(response.code(), responseBody == null ? "" : responseBody.string()); //$NON-NLS-1$
			}
		} catch (IOException | ApiException | RuntimeException e) {
			throw ErrorClassifier.classify(e, context);
		}
	}
}
