package io.kube9.core.resources;

import java.time.Instant;
import java.util.Comparator;

/**
 * Events newest first, by when they last happened (see {@link EventFacts#lastSeen()}); items without a time last.
 * Ties keep a stable order by name, so a listing that receives the same events twice shows them the same way.
 */
public final class EventOrder {

	/** Newest first; ties by namespace and name. */
	public static final Comparator<ResourceItem> NEWEST_FIRST = Comparator
			.comparing(EventOrder::lastSeen, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
			.thenComparing(item -> item.namespace() == null ? "" : item.namespace()) //$NON-NLS-1$
			.thenComparing(ResourceItem::name);

	private EventOrder() {
	}

	/** When an item last happened: its event's time, else its creation (null when it has neither). */
	public static Instant lastSeen(ResourceItem item) {
		EventFacts event = item.event();
		return event != null && event.lastSeen() != null ? event.lastSeen() : item.created();
	}
}
