package io.kube9.ui.internal.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.resources.EventFacts;
import io.kube9.core.resources.EventOrder;
import io.kube9.core.resources.ResourceItem;
import io.kube9.ui.internal.Messages;

/** What an event's row says after its label: Warning, the message (short), how often, how long ago. */
final class EventTexts {

	/** Longer messages end with an ellipsis; the Properties view and Describe show them whole. */
	static final int MESSAGE_LENGTH = 80;

	private EventTexts() {
	}

	static List<String> decorations(ResourceItem item, Instant now) {
		EventFacts event = item.event();
		List<String> decorations = new ArrayList<>();
		if (event.warning()) {
			decorations.add(Messages.event_warning);
		}
		if (!event.message().isEmpty()) {
			decorations.add(shortened(event.message()));
		}
		if (event.count() > 1) {
			decorations.add(NLS.bind(Messages.event_count, event.count()));
		}
		Instant lastSeen = EventOrder.lastSeen(item);
		if (lastSeen != null) {
			decorations.add(NLS.bind(Messages.event_age, age(Duration.between(lastSeen, now))));
		}
		return decorations;
	}

	/** The first line, at most {@link #MESSAGE_LENGTH} characters. */
	static String shortened(String message) {
		String line = message.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
		return line.length() <= MESSAGE_LENGTH && line.length() == message.strip().length() ? line
				: line.substring(0, Math.min(line.length(), MESSAGE_LENGTH - 1)).stripTrailing() + '\u2026';
	}

	/** As kubectl shows ages: 45s, 12m, 3h, 5d. */
	static String age(Duration age) {
		long seconds = Math.max(0, age.getSeconds());
		if (seconds < 60) {
			return seconds + "s"; //$NON-NLS-1$
		}
		if (seconds < 3600) {
			return seconds / 60 + "m"; //$NON-NLS-1$
		}
		if (seconds < 86_400) {
			return seconds / 3600 + "h"; //$NON-NLS-1$
		}
		return seconds / 86_400 + "d"; //$NON-NLS-1$
	}
}
