package io.kube9.core.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Set;

import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourcePage;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * The representation a kind is listed in through the API client, chosen per kind by the benchmark part "wire"
 * (io.kube9.benchmarks WireScenario, large seed, each representation to the tree's summaries). Measured on loopback
 * (2 cores), median: 5,025 pods as protobuf 133 ms gzip / 189 ms identity, as JSON 260 / 384 ms; the nodes as
 * protobuf 2.8 ms identity / 3.2 ms gzip, JSON 4.4 / 6.3 ms; 500-odd namespaces as protobuf 4.6 / 5.2 ms, JSON
 * 6.2 / 8.5 ms; deployments 1.4 ms as JSON, no faster as protobuf. Gzip stays on for every kind: it helps the large
 * listing even on loopback, the server leaves bodies under 128 KB uncompressed anyway, and the 0.4 ms identity saved
 * the nodes of a small cluster on loopback would cost a real cluster's thousand nodes far more over a network.
 */
enum ListFormat {

	/** Full objects as JSON: what every kind can be listed as (custom resources only so). */
	JSON("application/json"),
	/** Metadata only: for kinds whose contents the tree never shows (and secrets stay on the server). */
	METADATA("application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1"),
	/**
	 * Full objects as protobuf, read through {@link ProtoShapes}: the server encodes it faster than JSON and the
	 * reader skips what the tree never shows without decoding it. JSON is the server's second choice.
	 */
	PROTOBUF(ListFormat.PROTOBUF_TYPE + ", application/json");

	static final String PROTOBUF_TYPE = "application/vnd.kubernetes.protobuf";

	private static final Set<String> METADATA_ONLY = Set.of("configmaps", "secrets");

	private final String accept;
	ListFormat(String accept) {
		this.accept = accept;
	}

	static ListFormat of(ResourceKind kind) {
		if (METADATA_ONLY.contains(kind.id())) {
			return METADATA;
		}
		return switch (kind.id()) {
		case "pods", "nodes", "namespaces" -> PROTOBUF;
		default -> JSON;
		};
	}

	String accept() {
		return accept;
	}

	/** Reads a list body in whichever form the server chose to answer with. */
	static ResourcePage read(ResourceKind kind, ResponseBody body, String backend) throws IOException {
		if (isProtobuf(body.contentType())) {
			try (InputStream in = body.byteStream()) {
				return ProtoListParser.parse(kind, in, backend);
			}
		}
		try (Reader reader = body.charStream()) {
			return ListParser.parse(kind, reader, backend);
		}
	}

	static boolean isProtobuf(MediaType type) {
		return type != null && PROTOBUF_TYPE.equals(type.type() + "/" + type.subtype());
	}
}
