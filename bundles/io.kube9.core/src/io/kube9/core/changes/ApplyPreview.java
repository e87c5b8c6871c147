package io.kube9.core.changes;

import java.util.List;
import java.util.Objects;

import io.kube9.core.resources.ResourceRef;

/**
 * What a server-side apply would do, as the server's dry run answered: the object as it is now and as it would
 * be, the fields other managers own that the change would take over, and whether the object changed on the
 * server since it was opened. Nothing was changed to make it.
 */
public final class ApplyPreview {

	private final ResourceRef ref;
	private final String liveYaml;
	private final String resultYaml;
	private final boolean unchanged;
	private final List<FieldConflict> conflicts;
	private final boolean changedOnServer;
	private final String liveResourceVersion;
	private final String body;
	private final String liveJson;

	/**
	 * @param liveYaml            the object now, null when it does not exist (the apply creates it)
	 * @param resultYaml          the object after the apply (forced, when there are conflicts)
	 * @param unchanged           whether the apply would change nothing but bookkeeping
	 * @param liveResourceVersion the resourceVersion the preview saw
	 * @param body                core's own: what the apply sends
	 * @param liveJson            core's own: the live object compared against, JSON; null when there is none
	 */
	public ApplyPreview(ResourceRef ref, String liveYaml, String resultYaml, boolean unchanged,
			List<FieldConflict> conflicts, boolean changedOnServer, String liveResourceVersion, String body,
			String liveJson) {
		this.ref = Objects.requireNonNull(ref);
		this.liveYaml = liveYaml;
		this.resultYaml = Objects.requireNonNull(resultYaml);
		this.unchanged = unchanged;
		this.conflicts = List.copyOf(conflicts);
		this.changedOnServer = changedOnServer;
		this.liveResourceVersion = liveResourceVersion == null ? "" : liveResourceVersion; //$NON-NLS-1$
		this.body = body;
		this.liveJson = liveJson;
	}

	public ResourceRef ref() {
		return ref;
	}

	/** The object as it is on the server now; null when it does not exist. */
	public String liveYaml() {
		return liveYaml;
	}

	/** The object as it would be after the apply. */
	public String resultYaml() {
		return resultYaml;
	}

	/** Whether the apply creates the object. */
	public boolean creates() {
		return liveYaml == null;
	}

	public boolean unchanged() {
		return unchanged;
	}

	/** Fields other managers own with other values: applying them needs force. */
	public List<FieldConflict> conflicts() {
		return conflicts;
	}

	/**
	 * Whether someone changed (or deleted) the object since it was opened for editing: its content, not just its
	 * resourceVersion (controllers write status all the time).
	 */
	public boolean changedOnServer() {
		return changedOnServer;
	}

	public String liveResourceVersion() {
		return liveResourceVersion;
	}

	/** Core's own: the live object compared against (secret values included: never shown). */
	public String liveJson() {
		return liveJson;
	}

	/** Core's own: what the apply sends. */
	public String body() {
		return body;
	}
}
