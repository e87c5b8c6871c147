package io.kube9.core.internal.kubeconfig;

/** A text edit that cannot be made safely; the message says why without quoting the file. */
public class KubeconfigEditException extends Exception {

	private static final long serialVersionUID = 1L;

	public KubeconfigEditException(String message) {
		super(message);
	}
}
