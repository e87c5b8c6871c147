package io.kube9.ui.internal.yaml;

import java.util.Objects;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;

import io.kube9.core.resources.ResourceRef;
import io.kube9.ui.internal.Messages;

/**
 * One object's YAML as fetched, for a read-only text editor. Opening the same object with the same content again
 * activates the editor already open; new content opens anew.
 */
public final class YamlEditorInput extends PlatformObject implements IStorageEditorInput {

	private final ResourceRef ref;
	private final boolean secretValuesShown;
	private final YamlStorage storage;

	public YamlEditorInput(ResourceRef ref, String yaml, boolean secretValuesShown) {
		this.ref = Objects.requireNonNull(ref);
		this.secretValuesShown = secretValuesShown;
		// The title tells the two apart: the editor with the values must never pass for the masked one.
		String file = ref.name() + ".yaml"; //$NON-NLS-1$
		this.storage = new YamlStorage(secretValuesShown ? NLS.bind(Messages.yaml_decodedName, file) : file, yaml, true);
	}

	public ResourceRef ref() {
		return ref;
	}

	public String yaml() {
		return storage.yaml();
	}

	@Override
	public IStorage getStorage() {
		return storage;
	}

	@Override
	public boolean exists() {
		return false; // nothing to reopen after a restart: it is fetched anew
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return storage.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		String where = ref.context() + "/" + ref.kind().kind() + "/" //$NON-NLS-1$ //$NON-NLS-2$
				+ (ref.namespace() == null ? "" : ref.namespace() + "/") + ref.name(); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(secretValuesShown ? Messages.yaml_decodedTooltip : Messages.yaml_tooltip, where);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof YamlEditorInput input && input.ref.equals(ref)
				&& input.secretValuesShown == secretValuesShown && input.yaml().equals(yaml());
	}

	@Override
	public int hashCode() {
		return Objects.hash(ref, secretValuesShown, yaml());
	}
}
