package io.kube9.core.changes;

/**
 * What the API server's SelfSubjectAccessReview said about one action of this context's user.
 *
 * @param allowed whether the user may do it
 * @param reason  why not, in words for the user (empty when allowed)
 */
public record Access(boolean allowed, String reason) {

	public static final Access ALLOWED = new Access(true, ""); //$NON-NLS-1$
}
