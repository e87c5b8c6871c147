package io.kube9.ui.internal.describe;

import java.util.Objects;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;

import io.kube9.core.resources.ResourceRef;
import io.kube9.ui.internal.yaml.YamlStorage;

/** One object's description, for a read-only text editor; one editor per object (describing again replaces it). */
public final class DescribeEditorInput extends PlatformObject implements IStorageEditorInput {

	private final ResourceRef ref;
	private final YamlStorage storage;

	public DescribeEditorInput(ResourceRef ref, String description) {
		this.ref = Objects.requireNonNull(ref);
		this.storage = new YamlStorage(NLS.bind(DescribeUiMessages.editor_name, ref.name()), description, true);
	}

	public ResourceRef ref() {
		return ref;
	}

	public String description() {
		return storage.yaml();
	}

	@Override
	public IStorage getStorage() {
		return storage;
	}

	@Override
	public boolean exists() {
		return false; // described anew after a restart
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
		return NLS.bind(DescribeUiMessages.editor_tooltip, ref.context() + "/" + ref.kind().kind() + "/" //$NON-NLS-1$ //$NON-NLS-2$
				+ (ref.namespace() == null ? "" : ref.namespace() + "/") + ref.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DescribeEditorInput input && input.ref.equals(ref);
	}

	@Override
	public int hashCode() {
		return ref.hashCode();
	}
}
