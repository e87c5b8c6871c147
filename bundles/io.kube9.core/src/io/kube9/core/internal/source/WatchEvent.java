package io.kube9.core.internal.source;

import java.io.IOException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.kube9.core.live.ItemChange;
import io.kube9.core.resources.ResourceItem;
import io.kube9.core.resources.ResourceKind;

/**
 * One line of a watch stream, trimmed as listed items are: a change of an item, a bookmark, or an error the server
 * sent in place of events (410 Gone among them).
 *
 * @param type            ADDED, MODIFIED, DELETED, BOOKMARK or ERROR
 * @param item            the item for a change, else null
 * @param resourceVersion the object's resourceVersion (where the watch resumes), or empty
 * @param errorCode       for ERROR, the Status code (410: the resourceVersion is too old); else 0
 * @param errorMessage    for ERROR, the Status message; else empty
 */
public record WatchEvent(String type, ResourceItem item, String resourceVersion, int errorCode, String errorMessage) {

	public static final String BOOKMARK = "BOOKMARK";
	public static final String ERROR = "ERROR";

	/** Parses one line of {@code ?watch=true} output. */
	public static WatchEvent parse(ResourceKind kind, String line) throws IOException {
		try {
			JsonObject event = JsonParser.parseString(line).getAsJsonObject();
			String type = event.has("type") ? event.get("type").getAsString() : "";
			JsonElement element = event.get("object");
			JsonObject object = element != null && element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
			if (ERROR.equals(type)) {
				return new WatchEvent(type, null, "", (int) Json.number(object, "code", 0),
						Json.text(object, "message"));
			}
			String version = Json.text(object, "metadata.resourceVersion");
			if (BOOKMARK.equals(type)) {
				return new WatchEvent(type, null, version, 0, "");
			}
			return new WatchEvent(type, ItemSummaries.summarize(kind, object), version, 0, "");
		} catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
			throw new IOException("not a watch event: " + e.getMessage(), e);
		}
	}

	/** The change this event reports, or null for bookmarks, errors and types this client does not know. */
	public ItemChange change() {
		if (item == null) {
			return null;
		}
		return switch (type) {
		case "ADDED" -> new ItemChange(ItemChange.Type.ADDED, item);
		case "MODIFIED" -> new ItemChange(ItemChange.Type.MODIFIED, item);
		case "DELETED" -> new ItemChange(ItemChange.Type.DELETED, item);
		default -> null;
		};
	}
}
