package io.kube9.benchmarks.scenarios;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Locale;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.RawGet;
import io.kube9.core.Kube9Core;
import io.kube9.core.internal.source.ListParser;
import io.kube9.core.internal.source.ProtoListParser;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import okhttp3.Response;

/**
 * The wire format per kind, in one run: each representation the API server offers a list in, compressed (OkHttp's
 * transparent gzip; the server compresses bodies over 128 KB) and not (Accept-Encoding: identity), as a raw GET
 * whose body is read and dropped, and, where core can read it, parsed to the summaries the tree shows. All on the
 * context's own client and pooled connection. Rows wire.KIND.REPRESENTATION.ENCODING.raw / .summaries; a figure
 * per variant gives the body's size and whether the server compressed it. Deployments have no protobuf reader in
 * core (they are no faster so): their protobuf rows are raw GETs only.
 */
public final class WireScenario {

	/** The representations of a list. */
	private enum Representation {
		JSON("json", RawGet.JSON, "", true),
		/** PartialObjectMetadataList: names, labels and times, no status; it cannot give the summaries. */
		METADATA("metadata", RawGet.METADATA_LIST, "", false),
		/** The server's printed columns, with each row's metadata; read by no parser of core's. */
		TABLE("table", "application/json;as=Table;g=meta.k8s.io;v=v1", "?includeObject=Metadata", false),
		PROTOBUF("protobuf", RawGet.PROTOBUF, "", true);

		final String key;
		final String accept;
		final String query;
		final boolean parsed;

		Representation(String key, String accept, String query, boolean parsed) {
			this.key = key;
			this.accept = accept;
			this.query = query;
			this.parsed = parsed;
		}
	}

	private final Kube9Core api;
	private final String context;
	private final Results results;
	private RawGet raw;

	public WireScenario(Kube9Core api, String context, Results results) {
		this.api = api;
		this.context = context;
		this.results = results;
	}

	public void run() throws Exception {
		raw = new RawGet(api.clients().api(context));
		run("pods", ResourceKinds.PODS, Repetitions.SLOW);
		run("nodes", ResourceKinds.NODES, Repetitions.MEDIUM);
		run("namespaces", ResourceKinds.NAMESPACES, Repetitions.MEDIUM);
		run("deployments", ResourceKinds.DEPLOYMENTS, Repetitions.MEDIUM);
	}

	private void run(String key, ResourceKind kind, Repetitions repetitions) throws Exception {
		String operation = "wire: " + key + ", all namespaces";
		for (Representation representation : Representation.values()) {
			String path = kind.collectionPath(null) + representation.query;
			for (boolean identity : new boolean[] { false, true }) {
				String encoding = identity ? "identity" : "gzip";
				String id = "wire." + key + "." + representation.key + "." + encoding;
				String variant = representation.key + ", " + encoding;
				size(id, operation + ", " + variant, path, representation, identity);
				results.time(id + ".raw", operation, variant + ", raw GET", repetitions,
						() -> drain(path, representation, identity));
				if (representation.parsed
						&& (representation != Representation.PROTOBUF || ProtoListParser.reads(kind))) {
					results.time(id + ".summaries", operation, variant + ", to summaries", repetitions,
							() -> parse(kind, path, representation, identity));
				}
			}
		}
	}

	private long drain(String path, Representation representation, boolean identity) throws Exception {
		try (Response response = raw.get(path, representation.accept, identity);
				InputStream body = response.body().byteStream()) {
			return body.transferTo(OutputStream.nullOutputStream());
		}
	}

	private ResourcePage parse(ResourceKind kind, String path, Representation representation, boolean identity)
			throws Exception {
		try (Response response = raw.get(path, representation.accept, identity)) {
			if (representation == Representation.PROTOBUF) {
				try (InputStream body = response.body().byteStream()) {
					return ProtoListParser.parse(kind, body, "api-client");
				}
			}
			try (Reader body = response.body().charStream()) {
				return ListParser.parse(kind, body, "api-client");
			}
		}
	}

	/** One GET for the body's size and whether the server compressed it (OkHttp hides that from the body). */
	private void size(String id, String label, String path, Representation representation, boolean identity)
			throws Exception {
		try (Response response = raw.get(path, representation.accept, identity);
				InputStream body = response.body().byteStream()) {
			long bytes = body.transferTo(OutputStream.nullOutputStream());
			String sent = response.networkResponse() == null ? ""
					: response.networkResponse().header("Content-Encoding", "identity");
			results.add(new Figure(id + ".kb", label + ": body", bytes / 1024.0, "KB",
					String.format(Locale.ROOT, "decoded; the server sent %s", sent)));
		}
	}
}
