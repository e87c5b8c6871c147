package io.kube9.core.changes;

import java.util.Objects;

import io.kube9.core.resources.ResourceRef;

/**
 * One object read for editing: the text the user edits (without managedFields and status; a Secret's values
 * masked unless the user chose to see them) and the object as read, which later tells whether someone else
 * changed it meanwhile.
 */
public final class EditableObject {

	private final ResourceRef ref;
	private final String yaml;
	private final boolean secretValuesShown;
	private final String asRead;

	/**
	 * @param asRead the object as read, JSON, secret values included: core compares the live object with it and
	 *               puts masked values back from it when the edited text is applied; never shown
	 */
	public EditableObject(ResourceRef ref, String yaml, boolean secretValuesShown, String asRead) {
		this.ref = Objects.requireNonNull(ref);
		this.yaml = Objects.requireNonNull(yaml);
		this.secretValuesShown = secretValuesShown;
		this.asRead = asRead;
	}

	public ResourceRef ref() {
		return ref;
	}

	/** The text to edit. */
	public String yaml() {
		return yaml;
	}

	/** Whether a Secret's values are in the text as stored (base64), not masked. */
	public boolean secretValuesShown() {
		return secretValuesShown;
	}

	/** Core's own: the object as read (see the constructor). */
	public String asRead() {
		return asRead;
	}

	@Override
	public String toString() {
		return "EditableObject[" + ref + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
