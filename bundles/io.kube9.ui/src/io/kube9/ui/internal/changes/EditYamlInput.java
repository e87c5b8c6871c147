package io.kube9.ui.internal.changes;

import java.util.Objects;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;

import io.kube9.core.changes.EditableObject;
import io.kube9.core.resources.ResourceRef;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.yaml.YamlStorage;

/**
 * One object opened for editing. It holds what was read (and its resourceVersion) until an apply replaces it
 * with the object as applied; the same object opened again activates the editor already open.
 */
public final class EditYamlInput extends PlatformObject implements IStorageEditorInput {

	private final ResourceRef ref;
	private final boolean secretValuesShown;
	private final ExplorerNode listing;
	private volatile EditableObject object;

	/** @param listing the tree node that lists the object (refreshed after an apply), or null */
	public EditYamlInput(EditableObject object, ExplorerNode listing) {
		this.object = Objects.requireNonNull(object);
		this.ref = object.ref();
		this.secretValuesShown = object.secretValuesShown();
		this.listing = listing;
	}

	public ResourceRef ref() {
		return ref;
	}

	/** What the editor's text was read from (or last applied as). */
	public EditableObject object() {
		return object;
	}

	ExplorerNode listing() {
		return listing;
	}

	/** After an apply: the editor starts again from the object as applied. */
	void replace(EditableObject applied) {
		this.object = applied;
	}

	@Override
	public IStorage getStorage() {
		return new YamlStorage(getName(), object.yaml(), false);
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		String file = ref.name() + ".yaml"; //$NON-NLS-1$
		return secretValuesShown ? NLS.bind(ChangeMessages.edit_secretName, file) : file;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(ChangeMessages.edit_tooltip, ref.context() + "/" + ref.kind().kind() + "/" //$NON-NLS-1$ //$NON-NLS-2$
				+ (ref.namespace() == null ? "" : ref.namespace() + "/") + ref.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EditYamlInput input && input.ref.equals(ref)
				&& input.secretValuesShown == secretValuesShown;
	}

	@Override
	public int hashCode() {
		return Objects.hash(ref, secretValuesShown);
	}
}
