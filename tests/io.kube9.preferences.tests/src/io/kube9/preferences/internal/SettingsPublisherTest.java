package io.kube9.preferences.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;

import io.kube9.core.Settings;

/** Core hears of the preferences only when its settings change, not when another key of the node does. */
class SettingsPublisherTest {

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode("io.kube9.preferences.tests.publisher");
	private final AtomicReference<Settings> inPreferences = new AtomicReference<>(Settings.defaults());
	private final List<Settings> published = new CopyOnWriteArrayList<>();
	private SettingsPublisher publisher;

	@BeforeEach
	void startFromTheDefaults() throws BackingStoreException {
		node.clear();
		publisher = new SettingsPublisher(node, inPreferences::get);
		assertEquals(Settings.defaults(), publisher.current());
		publisher.addListener(published::add);
	}

	@AfterEach
	void clear() throws BackingStoreException {
		node.clear();
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
	}

	@Test
	void aKeyThatIsNoneOfCoresSettingsPublishesNothing() {
		// The log's first lines live in the same node; core, told, would apply settings it may no longer have.
		node.putInt("logTailLines", 3);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals(List.of(), published);
	}

	@Test
	void changedSettingsArePublishedOnce() {
		Settings changed = Settings.defaults().withTimeouts(Duration.ofSeconds(7), Duration.ofSeconds(9));
		inPreferences.set(changed);
		node.putInt("connectTimeoutSeconds", 7);
		node.putInt("requestTimeoutSeconds", 9);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		node.putInt("logTailLines", 3);
		PreferenceWait.jobs(SettingsPublisher.FAMILY);
		assertEquals(List.of(changed), published);
	}
}
