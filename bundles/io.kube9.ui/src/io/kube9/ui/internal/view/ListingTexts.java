package io.kube9.ui.internal.view;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.KubeException;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.model.ListingSource;

/**
 * What a listing's node says about who listed it: nothing for the API client (the usual case); kubectl in the
 * tooltip; and when kubectl stood in for a failed API client, a decoration too, with the client's failure in
 * the tooltip.
 */
public final class ListingTexts {

	private ListingTexts() {
	}

	/** The decoration of a node whose listing {@code source} served, if it has one. */
	public static Optional<String> decoration(ListingSource source) {
		return source.byFallback() ? Optional.of(Messages.decoration_viaKubectl) : Optional.empty();
	}

	/** The tooltip of such a node, or null when the API client listed it. */
	public static String toolTip(ListingSource source) {
		if (source.byFallback()) {
			KubeException failure = source.fallbackFrom();
			String detail = failure.detail() == null || failure.detail().isBlank() ? "" //$NON-NLS-1$
					: " (" + failure.detail() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			return NLS.bind(Messages.tooltip_listedByFallback, failure.getMessage() + detail);
		}
		return source.byKubectl() ? Messages.tooltip_listedByKubectl : null;
	}
}
