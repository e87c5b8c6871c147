package io.kube9.ui.internal.view;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.status.ArgoCdPresence;
import io.kube9.core.status.OperatorStatus;
import io.kube9.ui.internal.Messages;

/** How a cluster's operator and ArgoCD states read, for tooltips and the Properties view. */
public final class StatusTexts {

	private StatusTexts() {
	}

	public static String operator(OperatorStatus operator) {
		return switch (operator.mode()) {
		case BASIC -> Messages.status_operatorBasic;
		case OPERATED -> NLS.bind(Messages.status_operatorOperated, operator.version());
		case DEGRADED -> NLS.bind(Messages.status_operatorDegraded, operator.reason());
		case UNKNOWN -> NLS.bind(Messages.status_operatorUnknown, operator.reason());
		};
	}

	public static String argoCd(ArgoCdPresence presence) {
		return switch (presence) {
		case INSTALLED -> Messages.status_argoCdInstalled;
		case NOT_INSTALLED -> Messages.status_argoCdNotInstalled;
		case UNKNOWN -> Messages.status_argoCdUnknown;
		};
	}
}
