package io.kube9.core.resources;

import java.time.Instant;
import java.util.Objects;

/**
 * What a listed core/v1 Event says, for the tree: when it last happened, whether it is a warning, why, about
 * which object, what it says and how often.
 *
 * @param lastSeen   when it last happened (series.lastObservedTime, lastTimestamp or eventTime, the latest of
 *                   those it carries, else its creation), or null when it carries no time at all
 * @param warning    whether its type is Warning
 * @param reason     its reason, or empty
 * @param objectKind the kind of the object it is about (involvedObject or regarding), or empty
 * @param objectName that object's name, or empty
 * @param message    its message, or empty
 * @param count      how often it happened (series.count or count; at least 1)
 */
public record EventFacts(Instant lastSeen, boolean warning, String reason, String objectKind, String objectName,
		String message, long count) {

	public EventFacts {
		reason = Objects.requireNonNullElse(reason, ""); //$NON-NLS-1$
		objectKind = Objects.requireNonNullElse(objectKind, ""); //$NON-NLS-1$
		objectName = Objects.requireNonNullElse(objectName, ""); //$NON-NLS-1$
		message = Objects.requireNonNullElse(message, ""); //$NON-NLS-1$
		count = Math.max(1, count);
	}
}
