package io.kube9.core.internal;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import io.kube9.core.SettingsProvider;

/** Finds the settings provider contributed to {@code io.kube9.core.settingsProvider}, if any. */
public final class ContributedSettings {

	private static final String EXTENSION_POINT = "io.kube9.core.settingsProvider";

	private ContributedSettings() {
	}

	public static Optional<SettingsProvider> provider() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return Optional.empty(); // not running in Eclipse (a plain test or the demo tools)
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (element.createExecutableExtension("class") instanceof SettingsProvider provider) {
					return Optional.of(provider);
				}
			} catch (CoreException e) {
				ILog.of(ContributedSettings.class).error("Cannot create the settings provider of "
						+ element.getContributor().getName(), e);
			}
		}
		return Optional.empty();
	}
}
