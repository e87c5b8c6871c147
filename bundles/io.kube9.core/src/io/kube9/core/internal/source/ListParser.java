package io.kube9.core.internal.source;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;

import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourcePage;

/**
 * Turns a Kubernetes list document (from the API or from {@code kubectl get -o json}) into a page of trimmed
 * items, streaming: no item is ever held whole.
 */
public final class ListParser {

	private ListParser() {
	}

	public static ResourcePage parse(ResourceKind kind, Reader json, String backend) throws IOException {
		Set<String> skipped = Pruning.skippedPaths(kind);
		List<ResourceItem> items = new ArrayList<>();
		String continueToken = "";
		long remaining = -1;
		String resourceVersion = "";
		try (JsonReader in = new JsonReader(json)) {
			in.beginObject();
			while (in.hasNext()) {
				String name = in.nextName();
				if ("items".equals(name)) {
					in.beginArray();
					while (in.hasNext()) {
						JsonElement item = PrunedJsonReader.read(in, "", skipped);
						if (item.isJsonObject()) {
							items.add(ItemSummaries.summarize(kind, item.getAsJsonObject()));
						}
					}
					in.endArray();
				} else if ("metadata".equals(name)) {
					JsonObject metadata = PrunedJsonReader.read(in, "", Set.of()).getAsJsonObject();
					continueToken = Json.text(metadata, "continue");
					resourceVersion = Json.text(metadata, "resourceVersion");
					remaining = metadata.has("remainingItemCount")
							? metadata.get("remainingItemCount").getAsLong()
							: -1;
				} else {
					in.skipValue();
				}
			}
			in.endObject();
		} catch (IllegalStateException | NumberFormatException e) {
			throw new IOException("not a list document: " + e.getMessage(), e);
		}
		return new ResourcePage(items, continueToken, remaining, Instant.now(), backend, null, resourceVersion);
	}
}
