package io.kube9.core.internal.source;

import io.kube9.core.resources.ResourceKind;

/**
 * What a listing reads of each kind's protobuf items besides their metadata ({@link ProtoMetadata}): exactly the
 * members {@link ItemSummaries} reads from the JSON form, under the same names, so that both forms give the same
 * items. Field numbers from k8s.io/api and k8s.io/apimachinery generated.proto (core/v1, meta/v1). Only the kinds
 * the benchmark found faster as protobuf.
 */
final class ProtoShapes {

	/** ListMeta. */
	static final ProtoShape LIST_META = ProtoShape.of().text(2, "resourceVersion").text(3, "continue")
			.integer(4, "remainingItemCount");

	private static final ProtoShape CONTAINER_STATE = ProtoShape.of()
			.message(1, "waiting", ProtoShape.of().text(1, "reason"))
			.message(3, "terminated", ProtoShape.of().text(3, "reason"));

	private static final ProtoShape POD = ProtoShape.of().message(3, "status",
			ProtoShape.of().text(1, "phase").text(4, "reason").messages(8, "containerStatuses",
					ProtoShape.of().message(2, "state", CONTAINER_STATE).bool(4, "ready").integer(5, "restartCount")));

	private static final ProtoShape NODE = ProtoShape.of()
			.message(2, "spec", ProtoShape.of().bool(4, "unschedulable"))
			.message(3, "status", ProtoShape.of()
					.messages(4, "conditions", ProtoShape.of().text(1, "type").text(2, "status"))
					.message(7, "nodeInfo", ProtoShape.of().text(7, "kubeletVersion")));

	private static final ProtoShape NAMESPACE = ProtoShape.of().message(3, "status", ProtoShape.of().text(1, "phase"));

	private ProtoShapes() {
	}

	/** The shape of this kind's items, or null when it has none here (it is listed as JSON). */
	static ProtoShape item(ResourceKind kind) {
		return switch (kind.id()) {
		case "pods" -> POD;
		case "nodes" -> NODE;
		case "namespaces" -> NAMESPACE;
		default -> null;
		};
	}
}
