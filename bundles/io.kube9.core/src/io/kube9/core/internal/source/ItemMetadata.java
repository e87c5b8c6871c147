package io.kube9.core.internal.source;

import java.time.Instant;
import java.util.Map;

import com.google.gson.JsonObject;

/**
 * What a listing keeps of an item's metadata, read from the JSON form ({@link #of(JsonObject)}) or straight from
 * protobuf ({@link ProtoMetadata}): the same values either way. Texts items repeat (namespace, labels) are the shared
 * copies of {@link SharedValues}.
 *
 * @param namespace null for a cluster-scoped item
 * @param created   null when the item has no creation time
 * @param deleting  whether it has a deletionTimestamp (a pod shows "Terminating")
 */
record ItemMetadata(String name, String namespace, String uid, Instant created, Map<String, String> labels,
		boolean deleting) {

	/** From an item in its JSON form. */
	static ItemMetadata of(JsonObject item) {
		String namespace = Json.text(item, "metadata.namespace");
		return new ItemMetadata(Json.text(item, "metadata.name"),
				namespace.isEmpty() ? null : SharedValues.text(namespace), Json.text(item, "metadata.uid"),
				Rfc3339.parse(Json.text(item, "metadata.creationTimestamp")),
				SharedValues.labels(Json.object(item, "metadata.labels")),
				!Json.text(item, "metadata.deletionTimestamp").isEmpty());
	}
}
